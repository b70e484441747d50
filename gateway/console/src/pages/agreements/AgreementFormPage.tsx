import { useState, type FormEvent } from "react";
import { fieldErrorsFrom } from "../../app/errors";
import { Page } from "../../app/page";
import { href, navigate } from "../../app/router";
import { useExecute, useMutation, useQuery } from "../../api/use-query";
import { DateField, EnumSelect, SelectField, TextArea, TextField } from "../../components/fields";
import { firstErrors, hasErrors, orNull, useForm } from "../../components/form";
import { ConflictPanel, ErrorMessage, Loading, NotFound, type ConflictRow } from "../../components/messages";
import { graphql } from "../../generated";
import type { AgreementFields, AgreementForEditQuery, AgreementKind, CreateAgreementInput, InstrumentType } from "../../generated/graphql";
import { enumValues } from "../../i18n/enum-values";
import { useI18n } from "../../i18n/language";
import type { LabelKey } from "../../i18n/types";
import { organizationLabel, useOrganizations } from "./organizations";

const AgreementForEdit = graphql(`
  query AgreementForEdit($id: ID!) {
    agreement(id: $id) {
      id
      version
      kind
      instrumentType
      frameworkOrganization {
        id
      }
      titleAz: title(lang: AZ)
      titleEn: title(lang: EN)
      titleRu: title(lang: RU)
      description
      signedOn
      signedPlace
      adoptedOn
      enteredIntoForceOn
      periodFrom
      periodTo
      topics
      source
    }
  }
`);

const CreateAgreement = graphql(`
  mutation CreateAgreement($input: CreateAgreementInput!) {
    createAgreement(input: $input) {
      id
    }
  }
`);

const UpdateAgreement = graphql(`
  mutation UpdateAgreement($id: ID!, $expectedVersion: Int!, $input: AgreementFields!) {
    updateAgreement(id: $id, expectedVersion: $expectedVersion, input: $input) {
      id
      version
    }
  }
`);

/** The form's fields, all text; an empty one is "not given" (and, on edit, clears the value). */
const FIELDS = ["kind", "instrumentType", "frameworkOrganizationId", "titleAz", "titleEn", "titleRu", "description", "signedOn", "signedPlace", "adoptedOn", "enteredIntoForceOn", "periodFrom", "periodTo", "topics", "source"] as const;
type Field = (typeof FIELDS)[number];
type Values = Record<Field | "id", string>;

const LABELS: Record<Field | "id", LabelKey> = {
  id: "field.id",
  kind: "col.kind",
  instrumentType: "col.instrumentType",
  frameworkOrganizationId: "col.framework",
  titleAz: "field.titleAz",
  titleEn: "field.titleEn",
  titleRu: "field.titleRu",
  description: "field.description",
  signedOn: "field.signedOn",
  signedPlace: "field.signedPlace",
  adoptedOn: "field.adoptedOn",
  enteredIntoForceOn: "field.enteredIntoForceOn",
  periodFrom: "field.periodFrom",
  periodTo: "field.periodTo",
  topics: "field.topics",
  source: "field.source",
};

type Loaded = NonNullable<AgreementForEditQuery["agreement"]>;

function valuesOf(a: Loaded | null): Values {
  return {
    id: a?.id ?? "",
    kind: a?.kind ?? "",
    instrumentType: a?.instrumentType ?? "",
    frameworkOrganizationId: a?.frameworkOrganization?.id ?? "",
    titleAz: a?.titleAz ?? "",
    titleEn: a?.titleEn ?? "",
    titleRu: a?.titleRu ?? "",
    description: a?.description ?? "",
    signedOn: a?.signedOn ?? "",
    signedPlace: a?.signedPlace ?? "",
    adoptedOn: a?.adoptedOn ?? "",
    enteredIntoForceOn: a?.enteredIntoForceOn ?? "",
    periodFrom: a?.periodFrom ?? "",
    periodTo: a?.periodTo ?? "",
    topics: a?.topics.join(", ") ?? "",
    source: a?.source ?? "",
  };
}

const topicList = (text: string) =>
  text
    .split(",")
    .map((topic) => topic.trim())
    .filter(Boolean);

/** What the API takes for a field: null for empty, the topic list for topics. */
function apiValue(field: Field, value: string): unknown {
  return field === "topics" ? topicList(value) : orNull(value);
}

/** Admin: record a new agreement (no id) or edit one (only the fields changed are sent). */
export function AgreementFormPage({ id }: { id?: string }) {
  const { t } = useI18n();
  const loaded = useQuery(AgreementForEdit, { id: id ?? "" }, { skip: !id });
  if (!id) return <AgreementForm current={null} reload={async () => undefined} title={t("agreements.new")} />;
  if (loaded.error) return <ErrorMessage error={loaded.error} />;
  if (!loaded.data) return <Loading />;
  const agreement = loaded.data.agreement;
  if (!agreement) return <NotFound what={id} />;
  // Keyed by version: "use the current version" after a conflict starts the form again from the server.
  return <AgreementForm key={agreement.version} current={agreement} reload={loaded.reload} title={t("agreements.edit")} />;
}

function AgreementForm({ current, reload, title }: { current: Loaded | null; reload(): Promise<unknown>; title: string }) {
  const i18n = useI18n();
  const fetchNow = useExecute();
  const { t } = i18n;
  const organizations = useOrganizations();
  const initial = valuesOf(current);
  const form = useForm<Values>("agreement", initial);
  const [create, creating] = useMutation(CreateAgreement);
  const [update, updating] = useMutation(UpdateAgreement);
  const [conflict, setConflict] = useState<{ sent: Partial<Values>; now: Loaded } | null>(null);
  const { values } = form;
  const changed = FIELDS.filter((field) => values[field].trim() !== initial[field].trim());
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const checks = firstErrors([
      ["id", !current && !/^[a-z0-9][a-z0-9-]{2,80}$/.test(values.id), t("reason.slug")],
      ["kind", !values.kind, t("reason.required")],
      ["instrumentType", !values.instrumentType, t("reason.required")],
      ["titleAz", !values.titleAz.trim() && !values.titleEn.trim() && !values.titleRu.trim() && !values.description.trim(), t("reason.title")],
      ["source", !values.source.trim(), t("reason.source")],
      ["periodTo", Boolean(values.periodFrom && values.periodTo && values.periodTo < values.periodFrom), t("reason.dateOrder")],
    ]);
    if (hasErrors(checks)) return form.setErrors(checks);
    if (!current) {
      const input = Object.fromEntries([["id", values.id.trim()], ...FIELDS.map((field) => [field, apiValue(field, values[field])])].filter(([, v]) => v !== null)) as CreateAgreementInput;
      const result = await create({ input: { ...input, kind: values.kind as AgreementKind, instrumentType: values.instrumentType as InstrumentType } });
      if (result.error) return form.setErrors(fieldErrorsFrom(result.error, i18n, ["id", ...FIELDS]));
      return navigate(href(["agreements", result.data.createAgreement.id]));
    }
    if (!changed.length) return form.setErrors({ form: t("reason.noChange") });
    const input = Object.fromEntries(changed.map((field) => [field, apiValue(field, values[field])])) as AgreementFields;
    const result = await update({ id: current.id, expectedVersion: current.version, input });
    if (result.error?.code === "CONFLICT" && result.error.field === "expectedVersion") {
      const now = (await fetchNow(AgreementForEdit, { id: current.id }))?.agreement ?? current;
      return setConflict({ sent: Object.fromEntries(changed.map((field) => [field, values[field]])), now });
    }
    if (result.error) return form.setErrors(fieldErrorsFrom(result.error, i18n, FIELDS));
    navigate(href(["agreements", current.id]));
  };
  const conflictRows: ConflictRow[] = conflict
    ? (Object.keys(conflict.sent) as Field[]).map((field) => ({ label: t(LABELS[field]), yours: conflict.sent[field] || "—", current: valuesOf(conflict.now)[field] || "—" }))
    : [];
  const text = (field: Field, wide = false) => <TextField {...form.bind(field)} label={t(LABELS[field])} wide={wide} />;
  const date = (field: Field) => <DateField {...form.bind(field)} label={t(LABELS[field])} />;
  return (
    <Page title={title}>
      {conflict ? <ConflictPanel rows={conflictRows} currentVersion={conflict.now.version} onUseCurrent={() => void reload()} /> : null}
      <form className="card form-grid" id="agreement-form" onSubmit={submit} noValidate>
        {current ? null : <TextField {...form.bind("id")} label={t("field.id")} required hint={t("agreements.idHint")} />}
        <EnumSelect {...form.bind("kind")} label={t("col.kind")} enumName="AgreementKind" values={enumValues("AgreementKind")} empty="—" required />
        <EnumSelect {...form.bind("instrumentType")} label={t("col.instrumentType")} enumName="InstrumentType" values={enumValues("InstrumentType")} empty="—" required />
        <SelectField {...form.bind("frameworkOrganizationId")} label={t("col.framework")} empty="—" options={organizations.map((o) => ({ value: o.id, label: organizationLabel(o, i18n.lang) }))} />
        {text("titleAz", true)}
        {text("titleEn", true)}
        {text("titleRu", true)}
        <TextArea {...form.bind("description")} label={t("field.description")} hint={t("agreements.descriptionHint")} />
        {date("signedOn")}
        {text("signedPlace")}
        {date("adoptedOn")}
        {date("enteredIntoForceOn")}
        {date("periodFrom")}
        {date("periodTo")}
        <TextField {...form.bind("topics")} label={t("field.topics")} hint={t("agreements.topicsHint")} wide />
        <TextArea {...form.bind("source")} label={t("field.source")} required hint={t("sourceHint")} />
        {form.errors.form ? <ErrorMessage error={form.errors.form} id="form-error" /> : null}
        <div className="form-actions">
          <button className="primary" type="submit" id="save-agreement" disabled={creating.running || updating.running}>
            {t(current ? "save" : "create")}
          </button>
          <a href={current ? href(["agreements", current.id]) : href("agreements")}>{t("cancel")}</a>
        </div>
      </form>
    </Page>
  );
}
