import { Page } from "../../app/page";
import { useQuery } from "../../api/use-query";
import { DataTable } from "../../components/DataTable";
import { ErrorMessage, Loading } from "../../components/messages";
import { EnumValue, LocalizedText } from "../../components/text";
import { useI18n } from "../../i18n/language";
import { IndicatorsDocument, type IndicatorsQuery } from "./partner-operations";

type Item = IndicatorsQuery["indicators"][number]["items"][number];

/** The needs assessment's indicators (registered Indicators): each criterion's status per reporting period. */
export function PartnerIndicatorsPage() {
  const i18n = useI18n();
  const { t } = i18n;
  const { data, error } = useQuery(IndicatorsDocument, {});
  if (error) return <ErrorMessage error={error} />;
  if (!data) return <Loading />;
  // One column per reporting period any criterion was assessed in, oldest first (as the staff page).
  const periods = [...new Set(data.indicators.flatMap((i) => i.items.flatMap((item) => item.assessments.map((a) => a.reportingPeriod))))].sort();
  const latest = (item: Item, period: string) => item.assessments.filter((a) => a.reportingPeriod === period).at(-1);
  return (
    <Page title={t("nav.indicators")} id="partner-indicators">
      <p className="muted">{t("indicators.intro")}</p>
      {data.indicators.map((indicator) => (
        <section key={indicator.id} className="indicator" aria-labelledby={`indicator-${indicator.id}`}>
          <h2 id={`indicator-${indicator.id}`}>
            {indicator.id} <LocalizedText texts={{ az: indicator.name }} />
          </h2>
          <DataTable<Item>
            id={`indicator-table-${indicator.id.replace(/\W/g, "-")}`}
            label={`${indicator.id} ${indicator.name}`}
            rows={indicator.items}
            rowKey={(item) => item.id}
            columns={[
              { key: "dimension", header: t("col.criterion"), cell: (item) => `${i18n.e("IndicatorDimension", item.dimension).label} ${item.level}`, sortValue: (item) => `${item.dimension}-${item.level}` },
              // The sources give the indicators in Azerbaijani only: marked as such in the other languages.
              { key: "text", header: t("col.text"), cell: (item) => <LocalizedText texts={{ az: item.text }} /> },
              ...periods.map((period) => ({
                key: period,
                header: period,
                cell: (item: Item) => {
                  const assessment = latest(item, period);
                  if (!assessment) return "—";
                  return (
                    <>
                      <EnumValue name="IndicatorStatus" value={assessment.status} tag />
                      {assessment.baseline ? (
                        <span className="tag baseline" title={assessment.quote ?? t("indicators.baselineHint")}>
                          {t("indicators.baseline")}
                        </span>
                      ) : null}
                    </>
                  );
                },
              })),
            ]}
          />
        </section>
      ))}
    </Page>
  );
}
