import { useState } from "react";
import { Page } from "../../app/page";
import { useSession } from "../../app/session";
import { useQuery } from "../../api/use-query";
import { DataTable } from "../../components/DataTable";
import { ErrorMessage, Loading, Notice } from "../../components/messages";
import { EnumValue, LocalizedText } from "../../components/text";
import { useI18n } from "../../i18n/language";
import { azerbaijaniTexts } from "../../i18n/localized";
import { AssessmentForm } from "./AssessmentForm";
import { CriterionTranslationForm } from "./CriterionTranslationForm";
import { IndicatorsQueryDocument, type Indicator } from "./indicators.query";

type Item = Indicator["items"][number];

/** The needs assessment's indicators: each criterion's status per reporting period, and (officers) a form. */
export function IndicatorsPage() {
  const i18n = useI18n();
  const { t } = i18n;
  const session = useSession();
  const { data, error, reload } = useQuery(IndicatorsQueryDocument, {});
  const [saved, setSaved] = useState(0);
  if (error) return <ErrorMessage error={error} />;
  if (!data) return <Loading />;
  // One column per reporting period any criterion was assessed in, oldest first.
  const periods = [...new Set(data.indicators.flatMap((i) => i.items.flatMap((item) => item.assessments.map((a) => a.reportingPeriod))))].sort();
  const latest = (item: Item, period: string) => item.assessments.filter((a) => a.reportingPeriod === period).at(-1);
  return (
    <Page title={t("nav.indicators")}>
      <p className="muted">{t("indicators.intro")}</p>
      {saved ? <Notice id="saved">{t("saved")}</Notice> : null}
      {session.canWrite ? (
        <AssessmentForm
          key={saved}
          indicators={data.indicators}
          onSaved={() => {
            setSaved((n) => n + 1);
            void reload();
          }}
        />
      ) : null}
      {session.canWrite ? <CriterionTranslationForm indicators={data.indicators} onSaved={() => void reload()} /> : null}
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
    </Page>
  );
}
