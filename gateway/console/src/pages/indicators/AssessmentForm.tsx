import type { FormEvent } from "react";
import { fieldErrorsFrom } from "../../app/errors";
import { useMutation } from "../../api/use-query";
import { EnumSelect, Field, TextArea, TextField } from "../../components/fields";
import { firstErrors, hasErrors, orNull, PERIOD, useForm } from "../../components/form";
import { ErrorMessage } from "../../components/messages";
import { graphql } from "../../generated";
import type { IndicatorStatus } from "../../generated/graphql";
import { enumValues } from "../../i18n/enum-values";
import { useI18n } from "../../i18n/language";
import type { Indicator } from "./indicators.query";

const AssessIndicator = graphql(`
  mutation AssessIndicator($itemId: ID!, $input: IndicatorAssessmentInput!) {
    assessIndicator(itemId: $itemId, input: $input) {
      id
    }
  }
`);

/** Officer: a criterion's status (met, partially, not) for a reporting period. */
export function AssessmentForm({ indicators, onSaved }: { indicators: Indicator[]; onSaved(): void }) {
  const i18n = useI18n();
  const { t } = i18n;
  const form = useForm("assess", { itemId: "", reportingPeriod: String(new Date().getFullYear()), status: "", note: "" });
  const [assess, state] = useMutation(AssessIndicator);
  const { values } = form;
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const checks = firstErrors([
      ["itemId", !values.itemId, t("reason.required")],
      ["reportingPeriod", !PERIOD.test(values.reportingPeriod.trim()), t("reason.period")],
      ["status", !values.status, t("reason.required")],
    ]);
    if (hasErrors(checks)) return form.setErrors(checks);
    const result = await assess({ itemId: values.itemId, input: { reportingPeriod: values.reportingPeriod.trim(), status: values.status as IndicatorStatus, note: orNull(values.note) } });
    if (result.error) return form.setErrors(fieldErrorsFrom(result.error, i18n, ["itemId", "reportingPeriod", "status", "note"]));
    onSaved();
  };
  const item = form.bind("itemId");
  return (
    <section className="card" aria-labelledby="assess-title">
      <h2 id="assess-title">{t("indicators.assess")}</h2>
      <form className="form-grid" id="assess-form" onSubmit={submit} noValidate>
        <Field id={item.id} label={t("col.criterion")} error={item.error} required wide>
          {(control) => (
            <select {...control} value={item.value} onChange={(event) => item.onChange(event.target.value)}>
              <option value="">—</option>
              {indicators.map((indicator) => (
                <optgroup key={indicator.id} label={`${indicator.id} ${indicator.name}`}>
                  {indicator.items.map((criterion) => (
                    <option key={criterion.id} value={criterion.id}>
                      {`${i18n.e("IndicatorDimension", criterion.dimension).label} ${criterion.level}: ${criterion.text.slice(0, 90)}`}
                    </option>
                  ))}
                </optgroup>
              ))}
            </select>
          )}
        </Field>
        <TextField {...form.bind("reportingPeriod")} label={t("col.reportingPeriod")} required hint={t("periodHint")} />
        <EnumSelect {...form.bind("status")} label={t("col.status")} enumName="IndicatorStatus" values={enumValues("IndicatorStatus")} empty="—" required />
        <TextArea {...form.bind("note")} label={t("col.note")} hint={t("confidentialHint")} />
        {form.errors.form ? <ErrorMessage error={form.errors.form} id="form-error" /> : null}
        <div className="form-actions">
          <button className="primary" type="submit" id="assess-submit" disabled={state.running}>
            {t("indicators.assess")}
          </button>
        </div>
      </form>
    </section>
  );
}
