import type { Route } from "../../app/router";
import { MinCellProvider } from "./min-cell";
import { PartnerAgreementPage } from "./PartnerAgreementPage";
import { PartnerAgreementsPage } from "./PartnerAgreementsPage";
import { PartnerIndicatorsPage } from "./PartnerIndicatorsPage";
import { PartnerLegalActsPage } from "./PartnerLegalActsPage";
import { PartnerRecommendationPage } from "./PartnerRecommendationPage";
import { PartnerRecommendationsPage } from "./PartnerRecommendationsPage";
import { PartnerStatisticsPage } from "./PartnerStatisticsPage";

/**
 * A partner key's pages (PARTNER_SECTIONS but the overview): each runs registered operations only.
 *   #/agreements[?q=&kind=] · #/agreements/<id> · #/recommendations[?q=&status=&source=] ·
 *   #/recommendations/<id> · #/indicators · #/statistics · #/legal-acts[?q=&kind=]
 */
export function PartnerPageFor({ route }: { route: Route }) {
  const [section, id] = route.segments;
  return <MinCellProvider>{page(section, id, route)}</MinCellProvider>;
}

function page(section: string | undefined, id: string | undefined, route: Route) {
  switch (section) {
    case "agreements":
      return id ? <PartnerAgreementPage id={id} /> : <PartnerAgreementsPage route={route} />;
    case "recommendations":
      return id ? <PartnerRecommendationPage id={id} /> : <PartnerRecommendationsPage route={route} />;
    case "indicators":
      return <PartnerIndicatorsPage />;
    case "legal-acts":
      return <PartnerLegalActsPage route={route} />;
    default:
      return <PartnerStatisticsPage />;
  }
}
