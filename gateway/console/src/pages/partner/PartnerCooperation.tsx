import { useState } from "react";
import { useQuery } from "../../api/use-query";
import { SelectField } from "../../components/fields";
import { ErrorMessage, Loading } from "../../components/messages";
import { EnumValue } from "../../components/text";
import { useI18n } from "../../i18n/language";
import { Figure, WithheldLegend } from "./min-cell";
import { AgreementCooperationDocument } from "./partner-operations";

const lastYear = new Date().getFullYear() - 1;
/** Partners ask cooperation figures one calendar year at a time (docs/security.md): the last ten years. */
const YEARS = Array.from({ length: 10 }, (_, i) => String(lastYear - i));

/** What an agreement's requests produced in one year (registered AgreementCooperation), withheld cells said so. */
export function PartnerCooperation({ id }: { id: string }) {
  const i18n = useI18n();
  const { t } = i18n;
  const [year, setYear] = useState(String(lastYear));
  const { data, error, loading } = useQuery(AgreementCooperationDocument, { id, period: { from: `${year}-01-01`, to: `${year}-12-31` } });
  const c = loading ? undefined : data?.agreement?.cooperation;
  const figures: [string, string, number | null, string[]][] = c
    ? [
        [t("col.requestsIn"), "requestsIn", c.requestsIn, c.suppressed],
        [t("col.requestsOut"), "requestsOut", c.requestsOut, c.suppressed],
        [t("col.executed"), "executed", c.executed, c.suppressed],
        [t("col.refused"), "refused", c.refused, c.suppressed],
        [t("col.pending"), "pending", c.pending, c.suppressed],
        [t("col.overdue"), "overdue", c.overdue, c.suppressed],
        [t("col.medianDays"), "medianDaysToExecute", c.medianDaysToExecute, c.suppressed],
        [t("outcome.arrests"), "suspectsArrested", c.outcomes.suspectsArrested, c.outcomes.suppressed],
        [t("outcome.victims"), "victimsIdentified", c.outcomes.victimsIdentified, c.outcomes.suppressed],
        [t("partner.outcome.victimsAssisted"), "victimsAssisted", c.outcomes.victimsAssisted, c.outcomes.suppressed],
        [t("partner.outcome.indictments"), "indictments", c.outcomes.indictments, c.outcomes.suppressed],
        [t("outcome.convictions"), "convictions", c.outcomes.convictions, c.outcomes.suppressed],
        [t("partner.outcome.assetsSeized"), "assetsSeized", c.outcomes.assetsSeized, c.outcomes.suppressed],
      ]
    : [];
  return (
    <div className="card" id="cooperation" data-year={loading ? undefined : year}>
      <p className="muted">{t("partner.cooperation.intro", { year })}</p>
      <div className="filters">
        <SelectField id="cooperation-year" label={t("partner.year")} value={year} onChange={setYear} options={YEARS.map((value) => ({ value, label: value }))} />
      </div>
      {error ? <ErrorMessage error={error} /> : null}
      {!c ? (
        loading ? <Loading /> : null
      ) : (
        <>
          <p>
            <EnumValue name="CooperationLevel" value={c.level} tag /> <span className="hint">{i18n.e("CooperationLevel", c.level).hint}</span>
          </p>
          <dl className="figures">
            {figures.map(([label, name, value, suppressed]) => (
              <div key={name} data-figure={name}>
                <dt>{label}</dt>
                <dd>
                  <Figure name={name} value={value} suppressed={suppressed} />
                </dd>
              </div>
            ))}
          </dl>
          <WithheldLegend shown={figures.some(([, , value, suppressed]) => value === null && suppressed.length > 0)} />
        </>
      )}
    </div>
  );
}
