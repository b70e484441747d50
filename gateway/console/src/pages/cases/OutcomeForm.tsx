import type { FormEvent } from "react";
import { fieldErrorsFrom } from "../../app/errors";
import { useMutation } from "../../api/use-query";
import { CheckboxGroup, DateField, EnumSelect, NumberField, TextArea } from "../../components/fields";
import { firstErrors, hasErrors, orNull, useForm } from "../../components/form";
import { ErrorMessage } from "../../components/messages";
import { graphql } from "../../generated";
import type { MlaRequestRowFragment, OutcomeKind } from "../../generated/graphql";
import { enumValues } from "../../i18n/enum-values";
import { useI18n } from "../../i18n/language";

const RecordCaseOutcome = graphql(`
  mutation RecordCaseOutcome($caseId: ID!, $input: RecordOutcomeInput!) {
    recordCaseOutcome(caseId: $caseId, input: $input) {
      id
    }
  }
`);

/** Officer: a result on the case (arrests, victims identified…) and the case's requests that led to it. */
export function OutcomeForm({ caseId, requests, onSaved }: { caseId: string; requests: MlaRequestRowFragment[]; onSaved(): void }) {
  const i18n = useI18n();
  const { t } = i18n;
  const form = useForm<{ kind: string; quantity: string; recordedOn: string; requestIds: string[]; note: string }>("outcome", {
    kind: "",
    quantity: "",
    recordedOn: new Date().toISOString().slice(0, 10),
    requestIds: [],
    note: "",
  });
  const [record, state] = useMutation(RecordCaseOutcome);
  const { values } = form;
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const quantity = Number(values.quantity);
    const checks = firstErrors([
      ["kind", !values.kind, t("reason.required")],
      ["quantity", !(quantity > 0), t("reason.positive")],
      ["quantity", values.kind !== "ASSETS_SEIZED" && !Number.isInteger(quantity), t("reason.wholeNumber")],
      ["recordedOn", !values.recordedOn, t("reason.required")],
    ]);
    if (hasErrors(checks)) return form.setErrors(checks);
    const result = await record({ caseId, input: { kind: values.kind as OutcomeKind, quantity, recordedOn: values.recordedOn, requestIds: values.requestIds, note: orNull(values.note) } });
    if (result.error) return form.setErrors(fieldErrorsFrom(result.error, i18n, ["kind", "quantity", "recordedOn", "requestIds", "note"]));
    onSaved();
  };
  return (
    <section className="card" aria-labelledby="outcome-title">
      <h2 id="outcome-title">{t("case.recordOutcome")}</h2>
      <form className="form-grid" id="outcome-form" onSubmit={submit} noValidate>
        <EnumSelect {...form.bind("kind")} label={t("col.outcome")} enumName="OutcomeKind" values={enumValues("OutcomeKind")} empty="—" required />
        <NumberField {...form.bind("quantity")} label={t("col.quantity")} min={0} step={values.kind === "ASSETS_SEIZED" ? 0.01 : 1} required />
        <DateField {...form.bind("recordedOn")} label={t("col.recordedOn")} required />
        <CheckboxGroup
          id="outcome-requestIds"
          legend={t("col.contributingRequests")}
          options={requests.map((r) => ({ value: r.id, label: `${r.reference} · ${i18n.countryName(r.counterpartCountry)} · ${i18n.e("MlaStatus", r.status).label}` }))}
          values={values.requestIds}
          onChange={(ids) => form.set("requestIds", ids)}
          error={form.errors.requestIds}
        />
        {requests.length ? null : <p className="muted wide">{t("case.noRequests")}</p>}
        <TextArea {...form.bind("note")} label={t("col.note")} hint={t("confidentialHint")} />
        {form.errors.form ? <ErrorMessage error={form.errors.form} id="form-error" /> : null}
        <div className="form-actions">
          <button className="primary" type="submit" id="record-outcome" disabled={state.running}>
            {t("case.recordOutcome")}
          </button>
        </div>
      </form>
    </section>
  );
}
