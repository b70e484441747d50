import { DemoMark } from "../../components/demo-mark";
import { EnumValue } from "../../components/text";
import type { DemoFiguresFragment } from "../../generated/graphql";
import { useI18n } from "../../i18n/language";

/** What an agreement's requests produced: the level (with what it means) and the figures behind it. */
export function CooperationCard({ cooperation: c }: { cooperation: DemoFiguresFragment & { medianDaysToExecute?: number | null } }) {
  const i18n = useI18n();
  const { t } = i18n;
  const figures: [string, number | null | undefined][] = [
    [t("col.requestsIn"), c.requestsIn],
    [t("col.requestsOut"), c.requestsOut],
    [t("col.executed"), c.executed],
    [t("col.refused"), c.refused],
    [t("col.pending"), c.pending],
    [t("col.overdue"), c.overdue],
    [t("col.medianDays"), c.medianDaysToExecute],
    [t("outcome.arrests"), c.outcomes.suspectsArrested],
    [t("outcome.victims"), c.outcomes.victimsIdentified],
    [t("outcome.convictions"), c.outcomes.convictions],
  ];
  return (
    <div className="card" id="cooperation">
      <p>
        <EnumValue name="CooperationLevel" value={c.level} tag /> <DemoMark synthetic={c.syntheticRequests} /> <span className="hint">{i18n.e("CooperationLevel", c.level).hint}</span>
      </p>
      <dl className="figures">
        {figures
          .filter(([, value]) => value !== undefined)
          .map(([label, value]) => (
            <div key={label}>
              <dt>{label}</dt>
              <dd>{value === null || value === undefined ? "—" : i18n.number(value)}</dd>
            </div>
          ))}
      </dl>
    </div>
  );
}
