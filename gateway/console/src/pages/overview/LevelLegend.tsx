import { enumValues } from "../../i18n/enum-values";
import { useI18n } from "../../i18n/language";

/** What each cooperation level means, in the words of the needs assessment's indicators 5.4 and 5.5. */
export function LevelLegend() {
  const { t, e } = useI18n();
  return (
    <details className="card legend" id="level-legend">
      <summary>{t("overview.levels")}</summary>
      <dl>
        {enumValues("CooperationLevel").map((level) => (
          <div key={level}>
            <dt>
              <span className={`tag enum-${level.toLowerCase()}`}>{e("CooperationLevel", level).label}</span>
            </dt>
            <dd>{e("CooperationLevel", level).hint}</dd>
          </div>
        ))}
      </dl>
    </details>
  );
}
