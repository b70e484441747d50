import { href, type Route } from "../../app/router";
import { useSession } from "../../app/session";
import { AccessRefused } from "../../components/messages";
import { useI18n } from "../../i18n/language";
import type { LabelKey } from "../../i18n/types";
import { ApiKeysPage } from "./ApiKeysPage";
import { AuditPage } from "./AuditPage";
import { DigestPage } from "./DigestPage";

const TABS: { part: string; label: LabelKey }[] = [
  { part: "keys", label: "admin.tab.keys" },
  { part: "audit", label: "admin.tab.audit" },
  { part: "digest", label: "admin.tab.digest" },
];

/**
 * #/admin/keys · #/admin/audit · #/admin/digest: the admin routes of the gateway (README, Security and
 * Reports and deadlines). Anyone else gets a clear refusal and the page sends nothing: the routes would
 * refuse them anyway (403), this only says so before asking.
 */
export function AdminSection({ route }: { route: Route }) {
  const session = useSession();
  const { t } = useI18n();
  const part = route.segments[1] ?? "keys";
  if (!session.isAdmin) return <AccessRefused id="admin-only" title={t("admin.onlyAdmins.title")} message={t("admin.onlyAdmins")} />;
  return (
    <>
      <nav className="tabs" aria-label={t("admin.sections")} id="admin-tabs">
        {TABS.map((tab) => (
          <a key={tab.part} href={href(["admin", tab.part])} id={`admin-tab-${tab.part}`} aria-current={tab.part === part ? "page" : undefined}>
            {t(tab.label)}
          </a>
        ))}
      </nav>
      {part === "audit" ? <AuditPage route={route} /> : part === "digest" ? <DigestPage /> : <ApiKeysPage />}
    </>
  );
}
