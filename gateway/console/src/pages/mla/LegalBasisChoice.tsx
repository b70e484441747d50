import { DemoMark } from "../../components/demo-mark";
import { EnumValue, useAgreementLabel } from "../../components/text";
import { useI18n } from "../../i18n/language";
import type { LegalBasisOption } from "./legal-basis-options.query";

/** What the form holds: the kind of legal basis and, for an agreement, its id. */
export interface LegalBasisValue {
  kind: string;
  agreementId: string;
}

/** A radio's value: the agreement's id, or the kind itself (reciprocity, not stated). */
const choiceOf = (value: LegalBasisValue) => (value.kind === "AGREEMENT" ? value.agreementId : value.kind);

/**
 * The legal basis, chosen among the API's ranked options for the country (legalBasisOptions), each shown
 * with the API's reasons: why it applies, whether it is in force, both states' reservations and the track
 * record of requests with that country under it. "Not stated" stays possible (the form warns about it).
 */
export function LegalBasisChoice({
  id,
  options,
  loading,
  country,
  value,
  onChange,
  error,
}: {
  id: string;
  options: LegalBasisOption[];
  loading: boolean;
  country: string | null;
  value: LegalBasisValue;
  onChange(value: LegalBasisValue): void;
  error?: string | undefined;
}) {
  const i18n = useI18n();
  const { t } = i18n;
  const chosen = choiceOf(value);
  const choose = (option: LegalBasisOption | null) =>
    onChange(option?.agreementId ? { kind: "AGREEMENT", agreementId: option.agreementId } : { kind: option ? "RECIPROCITY" : "NOT_STATED", agreementId: "" });
  return (
    <fieldset className={`field wide legal-basis-options${error ? " invalid" : ""}`} id={id} aria-describedby={[error ? `${id}-error` : null, `${id}-hint`].filter(Boolean).join(" ")} aria-busy={loading}>
      <legend>
        {t("col.legalBasis")} <span className="required">({t("required")})</span>
      </legend>
      <p className="hint" id={`${id}-hint`}>
        {country ? t("mla.lb.hint") : t("mla.chooseCountryFirst")}
      </p>
      {error ? (
        <p className="field-error" id={`${id}-error`}>
          {error}
        </p>
      ) : null}
      {country && loading && !options.length ? <p className="muted">{t("loading")}</p> : null}
      {options.map((option) => {
        const key = option.agreementId ?? "RECIPROCITY";
        return <OptionRow key={option.id} id={`${id}-${key}`} name={id} option={option} checked={chosen === key} onChoose={() => choose(option)} />;
      })}
      <div className="legal-basis-option">
        <input type="radio" id={`${id}-NOT_STATED`} name={id} checked={chosen === "NOT_STATED"} onChange={() => choose(null)} />
        <label htmlFor={`${id}-NOT_STATED`}>{i18n.e("LegalBasisKind", "NOT_STATED").label}</label>
      </div>
    </fieldset>
  );
}

function OptionRow({ id, name, option, checked, onChoose }: { id: string; name: string; option: LegalBasisOption; checked: boolean; onChoose(): void }) {
  const i18n = useI18n();
  const { t } = i18n;
  const agreementLabel = useAgreementLabel();
  const prominent = checked || option.applicability === "BOTH_PARTIES" || option.applicability === "RECIPROCITY" || Boolean(option.trackRecord.requestsIn || option.trackRecord.requestsOut);
  const title = option.agreement ? agreementLabel(option.agreement) : option.agreementId ?? i18n.e("LegalBasisKind", "RECIPROCITY").label;
  return (
    <div className="legal-basis-option" data-option={option.id} data-rank={option.rank}>
      <input type="radio" id={id} name={name} checked={checked} onChange={onChoose} aria-describedby={`${id}-details`} />
      <label htmlFor={id}>
        {option.rank}. {title} <EnumValue name="LegalBasisApplicability" value={option.applicability} tag /> <EnumValue name="LegalBasisOptionKind" value={option.kind} tag />
      </label>
      {/* Rows that bind both, reciprocity, rows with a track record and the chosen one are open; the many
          multilateral rows whose party lists are incomplete open on demand. */}
      <details className="option-details" id={`${id}-details`} open={prominent}>
        <summary>
          <EnumValue name="LegalBasisInForce" value={option.inForce} /> · {t(option.trackRecord.requestsIn || option.trackRecord.requestsOut ? "mla.lb.trackRecord" : "mla.lb.noTrackRecord")}
        </summary>
        <p className="why">{option.why}</p>
        <p>
          <EnumValue name="LegalBasisInForce" value={option.inForce} />
          {option.inForceSince ? ` · ${t("mla.lb.inForceSince", { date: option.inForceSince })}` : null}
          {option.since ? ` · ${t("mla.lb.since", { date: option.since })}` : null}
        </p>
        <TrackRecord record={option.trackRecord} />
        {option.limitations.length ? (
          <ul className="limitations">
            {option.limitations.map((limitation, index) => (
              <li key={index} data-mentions={limitation.mentionsAssistanceType ?? undefined}>
                {limitation.countryCode}: {limitation.kind ? <EnumValue name="ReservationKind" value={limitation.kind} /> : t("mla.lb.limitation")}
                {" — "}
                {limitation.text ?? <span className="muted">{t("mla.lb.noText")}</span>}
                {limitation.mentionsAssistanceType ? <strong> ({t("mla.lb.mentions", { terms: limitation.matchedTerms.join(", ") })})</strong> : null}
              </li>
            ))}
          </ul>
        ) : null}
      </details>
    </div>
  );
}

function TrackRecord({ record }: { record: LegalBasisOption["trackRecord"] }) {
  const i18n = useI18n();
  const { t, number } = i18n;
  const n = (value: number | null | undefined) => number(value ?? 0);
  if (!record.requestsIn && !record.requestsOut)
    return (
      <p className="track-record muted" data-requests="0">
        {t("mla.lb.noTrackRecord")}
      </p>
    );
  const grounds = record.refusalGrounds.map((g) => `${i18n.e("RefusalGroundCode", g.ground).label} ${number(g.refused)}`).join(", ");
  return (
    <p className="track-record" data-requests={(record.requestsIn ?? 0) + (record.requestsOut ?? 0)}>
      <strong>{t("mla.lb.trackRecord")}:</strong>{" "}
      {t("mla.lb.figures", { in: n(record.requestsIn), out: n(record.requestsOut), executed: n(record.executed), refused: n(record.refused), pending: n(record.pending) })}
      {grounds ? ` (${grounds})` : null}
      {record.medianDaysToExecute !== null && record.medianDaysToExecute !== undefined ? ` · ${t("mla.lb.median", { days: number(record.medianDaysToExecute) })}` : null}
      {" · "}
      {t("mla.lb.outcomes", { arrests: n(record.outcomes.suspectsArrested), victims: n(record.outcomes.victimsIdentified), convictions: n(record.outcomes.convictions) })}{" "}
      <EnumValue name="CooperationLevel" value={record.level} tag /> <DemoMark synthetic={record.syntheticRequests} />
    </p>
  );
}
