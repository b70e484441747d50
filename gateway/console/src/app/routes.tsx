import type { LabelKey } from "../i18n/types";
import { AccessRefused } from "../components/messages";
import { useI18n } from "../i18n/language";
import { AdminSection } from "../pages/admin/AdminSection";
import { AgreementFormPage } from "../pages/agreements/AgreementFormPage";
import { AgreementPage } from "../pages/agreements/AgreementPage";
import { AgreementsPage } from "../pages/agreements/AgreementsPage";
import { MeasureFormPage } from "../pages/agreements/MeasureFormPage";
import { PartiesPage } from "../pages/agreements/PartiesPage";
import { CaseFormPage } from "../pages/cases/CaseFormPage";
import { CasePage } from "../pages/cases/CasePage";
import { CasesPage } from "../pages/cases/CasesPage";
import { DeadlinesPage } from "../pages/deadlines/DeadlinesPage";
import { ImportPage } from "../pages/import/ImportPage";
import { IndicatorsPage } from "../pages/indicators/IndicatorsPage";
import { LegalActPage } from "../pages/legal-acts/LegalActPage";
import { LegalActsPage } from "../pages/legal-acts/LegalActsPage";
import { MlaListPage } from "../pages/mla/MlaListPage";
import { MlaRequestFormPage } from "../pages/mla/MlaRequestFormPage";
import { MlaRequestPage } from "../pages/mla/MlaRequestPage";
import { OverviewPage } from "../pages/overview/OverviewPage";
import { PartnerPageFor } from "../pages/partner/PartnerPageFor";
import { RecommendationPage } from "../pages/recommendations/RecommendationPage";
import { RecommendationsPage } from "../pages/recommendations/RecommendationsPage";
import { ReportPage } from "../pages/report/ReportPage";
import { href, type Route } from "./router";
import { useSession } from "./session";

export const NAVIGATION: { section: string; href: string; label: LabelKey; staffOnly?: boolean; partnersOnly?: boolean; writersOnly?: boolean; adminsOnly?: boolean }[] = [
  { section: "overview", href: href("overview"), label: "nav.overview" },
  { section: "agreements", href: href("agreements"), label: "nav.agreements" },
  { section: "legal-acts", href: href("legal-acts"), label: "legalActs.nav" },
  { section: "mla", href: href("mla"), label: "nav.mla" },
  { section: "cases", href: href("cases"), label: "nav.cases", staffOnly: true },
  { section: "deadlines", href: href("deadlines"), label: "nav.deadlines", staffOnly: true },
  { section: "recommendations", href: href("recommendations"), label: "nav.recommendations" },
  { section: "indicators", href: href("indicators"), label: "nav.indicators" },
  { section: "statistics", href: href("statistics"), label: "partner.nav.statistics", partnersOnly: true },
  { section: "report", href: href("report"), label: "nav.report" },
  { section: "import", href: href("import"), label: "nav.import", writersOnly: true },
  { section: "admin", href: href(["admin", "keys"]), label: "admin.nav", adminsOnly: true },
];

/**
 * The sections a partner key may open: pages whose every query is a registered operation (the overview's
 * own, and pages/partner/ for the others, which run partner-operations/ files as they are).
 */
export const PARTNER_SECTIONS: ReadonlySet<string> = new Set(["overview", "agreements", "legal-acts", "recommendations", "indicators", "statistics"]);

/**
 * Every page of the console by its address:
 *   #/overview · #/agreements · #/agreements/new · #/agreements/<id>[/edit|/parties|/measures]
 *   #/mla · #/mla/new[?case=<id>] · #/mla/<id> · #/cases · #/cases/new · #/cases/<id>
 *   #/legal-acts[?q=&kind=] · #/legal-acts/<id>[?from=&to=]
 *   #/deadlines[?within=&kind=&overdue=&asOf=]
 *   #/recommendations · #/recommendations/<id> · #/indicators · #/report[?year=] · #/import
 *   #/statistics (partner keys; their other pages are in pages/partner/PartnerPageFor.tsx)
 *   #/admin/keys · #/admin/audit[?actor=&operation=&from=&to=] · #/admin/digest
 */
export function PageFor({ route }: { route: Route }) {
  const [section, id, part] = route.segments;
  const { isPartner } = useSession();
  const { t } = useI18n();
  // Partner keys run only registered operations: the overview and the partner pages do, so every other
  // page (and any form: new, edit, parties, measures) says so and sends nothing (docs/security.md, Trusted documents).
  // The partners' registered LegalActs is a list: one act's page (with its obligations) is for staff.
  if (isPartner && (!PARTNER_SECTIONS.has(section ?? "overview") || part !== undefined || id === "new" || (section === "legal-acts" && id !== undefined))) {
    return <AccessRefused id="partner-refused" title={t("admin.partner.title")} message={t("admin.partner.message")} />;
  }
  if (isPartner && section !== undefined && section !== "overview") return <PartnerPageFor route={route} />;
  switch (section) {
    case "agreements":
      if (!id) return <AgreementsPage route={route} />;
      if (id === "new") return <AgreementFormPage />;
      if (part === "edit") return <AgreementFormPage id={id} />;
      if (part === "parties") return <PartiesPage id={id} />;
      if (part === "measures") return <MeasureFormPage id={id} />;
      return <AgreementPage id={id} />;
    case "mla":
      if (!id) return <MlaListPage route={route} />;
      if (id === "new") return <MlaRequestFormPage caseId={route.params.get("case")} />;
      return <MlaRequestPage id={id} />;
    case "cases":
      if (id === "new") return <CaseFormPage />;
      return id ? <CasePage id={id} /> : <CasesPage route={route} />;
    case "legal-acts":
      return id ? <LegalActPage id={id} route={route} /> : <LegalActsPage route={route} />;
    case "deadlines":
      return <DeadlinesPage route={route} />;
    case "recommendations":
      return id ? <RecommendationPage id={id} /> : <RecommendationsPage route={route} />;
    case "indicators":
      return <IndicatorsPage />;
    case "report":
      return <ReportPage route={route} />;
    case "import":
      return <ImportPage />;
    case "admin":
      return <AdminSection route={route} />;
    default:
      return <OverviewPage />;
  }
}
