import { Page } from "../../app/page";
import { useQuery } from "../../api/use-query";
import { ErrorMessage, Loading } from "../../components/messages";
import { useI18n } from "../../i18n/language";
import { IndicatorTables } from "../indicators/IndicatorTables";
import { IndicatorsDocument } from "./partner-operations";

/** The needs assessment's indicators (registered Indicators): each criterion's status per reporting period. */
export function PartnerIndicatorsPage() {
  const { t } = useI18n();
  const { data, error } = useQuery(IndicatorsDocument, {});
  if (error) return <ErrorMessage error={error} />;
  if (!data) return <Loading />;
  return (
    <Page title={t("nav.indicators")} id="partner-indicators">
      <p className="muted">{t("indicators.intro")}</p>
      <IndicatorTables indicators={data.indicators} />
    </Page>
  );
}
