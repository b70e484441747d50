import { DataTable } from "../../components/DataTable";
import { EnumValue, LocalizedText } from "../../components/text";
import type { IndicatorDimension, IndicatorStatus } from "../../generated/graphql";
import { useI18n } from "../../i18n/language";
import { azerbaijaniTexts } from "../../i18n/localized";

/** What both the staff query and partners' registered Indicators document select of an indicator. */
interface IndicatorRows {
  id: string;
  name: string;
  items: {
    id: string;
    dimension: IndicatorDimension;
    level: number;
    text: string;
    /** Staff translations; partners' registered document does not ask for them. */
    unofficialTexts?: readonly { lang: string; text: string }[] | null;
    assessments: readonly { reportingPeriod: string; status: IndicatorStatus; baseline: boolean; quote?: string | null }[];
  }[];
}

type Item = IndicatorRows["items"][number];

/**
 * One table per indicator: each criterion's status per reporting period any criterion was assessed in,
 * oldest first. The staff page and the partner page show the same tables.
 */
export function IndicatorTables({ indicators }: { indicators: readonly IndicatorRows[] }) {
  const i18n = useI18n();
  const { t } = i18n;
  const periods = [...new Set(indicators.flatMap((i) => i.items.flatMap((item) => item.assessments.map((a) => a.reportingPeriod))))].sort();
  const latest = (item: Item, period: string) => item.assessments.filter((a) => a.reportingPeriod === period).at(-1);
  return (
    <>
      {indicators.map((indicator) => (
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
              // The sources give the indicators in Azerbaijani only: marked as such in the other languages,
              // or shown in a staff translation marked unofficial.
              { key: "text", header: t("col.text"), cell: (item) => <LocalizedText texts={azerbaijaniTexts(item.text, item.unofficialTexts)} /> },
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
    </>
  );
}
