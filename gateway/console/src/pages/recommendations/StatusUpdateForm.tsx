import { useState, type FormEvent } from "react";
import { fieldErrorsFrom } from "../../app/errors";
import { useExecute, useMutation } from "../../api/use-query";
import { EnumSelect, SelectField, TextArea, TextField } from "../../components/fields";
import { firstErrors, hasErrors, orNull, PERIOD, useForm } from "../../components/form";
import { ConflictPanel, ErrorMessage, type ConflictRow } from "../../components/messages";
import { graphql } from "../../generated";
import type { RecommendationQuery, RecommendationStatus } from "../../generated/graphql";
import { enumValues } from "../../i18n/enum-values";
import { useI18n } from "../../i18n/language";
import { EvidencePicker, type EvidenceItem } from "./EvidencePicker";
import { RecommendationQueryDocument } from "./recommendation.query";

const RecordStatusUpdate = graphql(`
  mutation RecordStatusUpdate($id: ID!, $expectedVersion: Int!, $input: StatusUpdateInput!) {
    recordStatusUpdate(recommendationId: $id, expectedVersion: $expectedVersion, input: $input) {
      id
    }
  }
`);

type Recommendation = NonNullable<RecommendationQuery["recommendation"]>;

/** Officer: where a recommendation stands in a reporting period, with evidence found by search. */
export function StatusUpdateForm({ recommendation: r, onDone, onUseCurrent }: { recommendation: Recommendation; onDone(): void; onUseCurrent(): void }) {
  const i18n = useI18n();
  const { t } = i18n;
  const form = useForm("status", { status: r.status as string, reportingPeriod: String(new Date().getFullYear()), note: "", correctsId: "" });
  const [evidence, setEvidence] = useState<EvidenceItem[]>([]);
  const [record, state] = useMutation(RecordStatusUpdate);
  const fetchNow = useExecute();
  const [conflict, setConflict] = useState<{ rows: ConflictRow[]; version: number } | null>(null);
  const { values } = form;
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const checks = firstErrors([["reportingPeriod", !PERIOD.test(values.reportingPeriod.trim()), t("reason.period")]]);
    if (hasErrors(checks)) return form.setErrors(checks);
    const input = {
      status: values.status as RecommendationStatus,
      reportingPeriod: values.reportingPeriod.trim(),
      note: orNull(values.note),
      correctsId: orNull(values.correctsId),
      evidence: evidence.map((item) => item.input),
    };
    const result = await record({ id: r.id, expectedVersion: r.version, input });
    if (result.error?.code === "CONFLICT" && result.error.field === "expectedVersion") {
      const now = (await fetchNow(RecommendationQueryDocument, { id: r.id, includeSynthetic: false }))?.recommendation;
      const last = now?.history[now.history.length - 1];
      const status = (s: RecommendationStatus) => i18n.e("RecommendationStatus", s).label;
      return setConflict({
        version: now?.version ?? 0,
        rows: [
          { label: t("col.status"), yours: status(input.status), current: now ? status(now.status) : "?" },
          { label: t("col.reportingPeriod"), yours: input.reportingPeriod, current: last?.reportingPeriod ?? "—" },
          { label: t("col.recordedAt"), yours: "—", current: last ? [i18n.dateTime(last.recordedAt), last.recordedByName].filter(Boolean).join(" · ") : "—" },
          { label: t("col.evidence"), yours: evidence.map((e) => e.label).join("; ") || "—", current: last?.evidence.length ?? 0 },
        ],
      });
    }
    if (result.error) return form.setErrors(fieldErrorsFrom(result.error, i18n, ["status", "reportingPeriod", "note", "correctsId", "evidence"]));
    onDone();
  };
  return (
    <section className="card" id="record-status" aria-labelledby="record-status-title">
      <h2 id="record-status-title">{t("recommendation.record")}</h2>
      {conflict ? <ConflictPanel rows={conflict.rows} currentVersion={conflict.version} onUseCurrent={onUseCurrent} /> : null}
      <form className="form-grid" id="status-form" onSubmit={submit} noValidate>
        <EnumSelect {...form.bind("status")} label={t("col.status")} enumName="RecommendationStatus" values={enumValues("RecommendationStatus")} required />
        <TextField {...form.bind("reportingPeriod")} label={t("col.reportingPeriod")} required hint={t("periodHint")} />
        <SelectField
          {...form.bind("correctsId")}
          label={t("recommendation.correctsField")}
          empty={t("recommendation.noCorrection")}
          options={r.history.map((u) => ({ value: u.id, label: `${u.reportingPeriod} · ${i18n.e("RecommendationStatus", u.status).label} · ${i18n.dateTime(u.recordedAt)}` }))}
        />
        <TextArea {...form.bind("note")} label={t("col.note")} hint={t("confidentialHint")} />
        <fieldset className={`field wide${form.errors.evidence ? " invalid" : ""}`} id="status-evidence" aria-describedby={form.errors.evidence ? "status-evidence-error" : undefined}>
          <legend>{t("col.evidence")}</legend>
          {form.errors.evidence ? (
            <p className="field-error" id="status-evidence-error">
              {form.errors.evidence}
            </p>
          ) : null}
          <ul className="plain chosen-evidence" id="chosen-evidence">
            {evidence.map((item, index) => (
              <li key={`${item.input.kind}-${index}`} data-kind={item.input.kind}>
                {i18n.e("EvidenceKind", item.input.kind).label}: {item.label}{" "}
                <button type="button" onClick={() => setEvidence(evidence.filter((_, i) => i !== index))}>
                  {t("remove")}
                  <span className="visually-hidden"> {item.label}</span>
                </button>
              </li>
            ))}
            {evidence.length ? null : <li className="muted">{t("evidence.none")}</li>}
          </ul>
          <EvidencePicker onAdd={(item) => setEvidence((list) => [...list, item])} />
        </fieldset>
        {form.errors.form ? <ErrorMessage error={form.errors.form} id="form-error" /> : null}
        <div className="form-actions">
          <button className="primary" type="submit" id="record-status-submit" disabled={state.running}>
            {t("recommendation.record")}
          </button>
        </div>
      </form>
    </section>
  );
}
