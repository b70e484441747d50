import { useState, type FormEvent } from "react";
import { fieldErrorsFrom } from "../../app/errors";
import { Page } from "../../app/page";
import { href, navigate } from "../../app/router";
import { useExecute, useMutation, useQuery } from "../../api/use-query";
import { CheckboxGroup, DateField, EnumSelect, NumberField, TextArea, TextField } from "../../components/fields";
import { firstErrors, hasErrors, orNull, useForm } from "../../components/form";
import { ConflictPanel, ErrorMessage, Loading, NotFound, type ConflictRow } from "../../components/messages";
import { LocalizedText } from "../../components/text";
import { graphql } from "../../generated";
import type { Recurrence } from "../../generated/graphql";
import { enumValues } from "../../i18n/enum-values";
import { useI18n } from "../../i18n/language";
import { agreementTexts } from "../../i18n/localized";
import { organizationLabel, useOrganizations } from "./organizations";

const AgreementMeasures = graphql(`
  query AgreementMeasures($id: ID!) {
    agreement(id: $id) {
      ...AgreementLabel
      version
      measures {
        id
        number
      }
      history {
        id
        version
        operation
        changedAt
      }
    }
  }
`);

const AddMeasure = graphql(`
  mutation AddMeasure($agreementId: ID!, $expectedVersion: Int!, $input: MeasureInput!) {
    addMeasure(agreementId: $agreementId, expectedVersion: $expectedVersion, input: $input) {
      id
    }
  }
`);

const FIELDS = ["number", "section", "text", "deadlineAsWritten", "deadlineFrom", "deadlineTo", "recurrence", "relativeMonths", "executorIds", "executorsAsWritten", "source"];

interface Values extends Record<string, string | string[]> {
  number: string;
  section: string;
  text: string;
  deadlineAsWritten: string;
  deadlineFrom: string;
  deadlineTo: string;
  recurrence: string;
  relativeMonths: string;
  executorIds: string[];
  executorsAsWritten: string;
  source: string;
}

/** Admin: add a measure the agreement obliges, with its deadline as written and its executors. */
export function MeasureFormPage({ id }: { id: string }) {
  const i18n = useI18n();
  const { t } = i18n;
  const { data, error, reload } = useQuery(AgreementMeasures, { id });
  const organizations = useOrganizations();
  const form = useForm<Values>("measure", {
    number: "",
    section: "",
    text: "",
    deadlineAsWritten: "",
    deadlineFrom: "",
    deadlineTo: "",
    recurrence: "NONE",
    relativeMonths: "",
    executorIds: [],
    executorsAsWritten: "",
    source: "",
  });
  const [add, state] = useMutation(AddMeasure);
  const fetchNow = useExecute();
  const [conflict, setConflict] = useState<ConflictRow[] | null>(null);
  if (error) return <ErrorMessage error={error} />;
  if (!data) return <Loading />;
  const agreement = data.agreement;
  if (!agreement) return <NotFound what={id} />;
  const { values } = form;
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const months = values.relativeMonths.trim() ? Number(values.relativeMonths) : null;
    const checks = firstErrors([
      ["text", !values.text.trim(), t("reason.required")],
      ["source", !values.source.trim(), t("reason.source")],
      ["deadlineTo", Boolean(values.deadlineFrom && values.deadlineTo && values.deadlineTo < values.deadlineFrom), t("reason.dateOrder")],
      ["relativeMonths", months !== null && !(Number.isInteger(months) && months >= 1 && months <= 120), t("reason.months")],
    ]);
    if (hasErrors(checks)) return form.setErrors(checks);
    const input = {
      number: orNull(values.number),
      section: orNull(values.section),
      text: values.text.trim(),
      deadlineAsWritten: orNull(values.deadlineAsWritten),
      deadlineFrom: orNull(values.deadlineFrom),
      deadlineTo: orNull(values.deadlineTo),
      recurrence: values.recurrence as Recurrence,
      relativeMonths: months,
      executorIds: values.executorIds,
      executorsAsWritten: orNull(values.executorsAsWritten),
      source: values.source.trim(),
    };
    const result = await add({ agreementId: id, expectedVersion: agreement.version, input });
    if (result.error?.code === "CONFLICT" && result.error.field === "expectedVersion") {
      const now = (await fetchNow(AgreementMeasures, { id }))?.agreement;
      const last = now?.history[now.history.length - 1];
      return setConflict([
        { label: t("col.version"), yours: agreement.version, current: now?.version ?? "?" },
        { label: t("agreement.measures"), yours: `${agreement.measures.length} + ${values.number || values.text.slice(0, 40)}`, current: now?.measures.length ?? "?" },
        { label: t("conflict.lastChange"), yours: "—", current: last ? `${last.operation} · ${i18n.dateTime(last.changedAt)}` : "—" },
      ]);
    }
    if (result.error) return form.setErrors(fieldErrorsFrom(result.error, i18n, FIELDS));
    navigate(href(["agreements", id]));
  };
  return (
    <Page title={t("agreements.addMeasure")} heading={<>{t("agreements.addMeasure")}: <LocalizedText texts={agreementTexts(agreement)} /></>}>
      {conflict ? (
        <ConflictPanel
          rows={conflict}
          onUseCurrent={() => {
            setConflict(null);
            void reload();
          }}
        />
      ) : null}
      <form className="card form-grid" id="measure-form" onSubmit={submit} noValidate>
        <TextField {...form.bind("number")} label={t("col.number")} hint={t("measure.numberHint")} />
        <TextField {...form.bind("section")} label={t("field.section")} />
        <TextArea {...form.bind("text")} label={t("col.measure")} required />
        <TextField {...form.bind("deadlineAsWritten")} label={t("field.deadlineAsWritten")} hint={t("measure.deadlineHint")} wide />
        <DateField {...form.bind("deadlineFrom")} label={t("field.deadlineFrom")} />
        <DateField {...form.bind("deadlineTo")} label={t("field.deadlineTo")} />
        <EnumSelect {...form.bind("recurrence")} label={t("field.recurrence")} enumName="Recurrence" values={enumValues("Recurrence")} />
        <NumberField {...form.bind("relativeMonths")} label={t("field.relativeMonths")} min={1} step={1} hint={t("measure.monthsHint")} />
        <CheckboxGroup
          id="measure-executorIds"
          legend={t("col.executors")}
          options={organizations.map((o) => ({ value: o.id, label: organizationLabel(o, i18n.lang), hint: i18n.e("OrganizationKind", o.kind).label }))}
          values={values.executorIds}
          onChange={(ids) => form.set("executorIds", ids)}
          error={form.errors.executorIds}
        />
        <TextField {...form.bind("executorsAsWritten")} label={t("field.executorsAsWritten")} wide />
        <TextArea {...form.bind("source")} label={t("field.source")} required hint={t("sourceHint")} />
        {form.errors.form ? <ErrorMessage error={form.errors.form} id="form-error" /> : null}
        <div className="form-actions">
          <button className="primary" type="submit" id="save-measure" disabled={state.running}>
            {t("create")}
          </button>
          <a href={href(["agreements", id])}>{t("cancel")}</a>
        </div>
      </form>
    </Page>
  );
}
