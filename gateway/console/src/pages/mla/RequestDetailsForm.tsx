import { useState, type FormEvent } from "react";
import { fieldErrorsFrom } from "../../app/errors";
import { useExecute, useMutation } from "../../api/use-query";
import { CheckboxGroup, DateField, EnumSelect, SelectField, TextArea, TextField } from "../../components/fields";
import { firstErrors, hasErrors, useForm } from "../../components/form";
import { ConflictPanel, ErrorMessage, type ConflictRow } from "../../components/messages";
import { useAgreementLabel } from "../../components/text";
import { graphql } from "../../generated";
import type { MlaRequestDetailsInput, MlaRequestQuery } from "../../generated/graphql";
import { enumValues } from "../../i18n/enum-values";
import { useI18n, type I18n } from "../../i18n/language";
import type { LabelKey } from "../../i18n/types";
import { useLegalBasisOptions } from "./legal-basis-options.query";
import { MlaRequestQueryDocument } from "./mla-request.query";

const UpdateMlaRequestDetails = graphql(`
  mutation UpdateMlaRequestDetails($id: ID!, $expectedVersion: Int!, $input: MlaRequestDetailsInput!) {
    updateMlaRequestDetails(id: $id, expectedVersion: $expectedVersion, input: $input) {
      id
      version
    }
  }
`);

type Request = NonNullable<MlaRequestQuery["mlaRequest"]>;

const TEXTS = ["counterpartAuthority", "legalBasisArticle", "factsSummary", "assistanceSought", "requestingAuthority", "contactName", "contactPhone", "contactEmail"] as const;
type Field = (typeof TEXTS)[number] | "legalBasisKind" | "legalBasisAgreementId" | "assistanceTypes" | "dueOn" | "priority";
const FIELDS: Field[] = [...TEXTS, "legalBasisKind", "legalBasisAgreementId", "assistanceTypes", "dueOn", "priority"];

/** Each field's name on the page (the details list and the conflict table say the same). */
export const DETAIL_LABELS: Record<Field, LabelKey> = {
  counterpartAuthority: "field.counterpartAuthority",
  legalBasisKind: "field.legalBasisKind",
  legalBasisAgreementId: "col.legalBasis",
  legalBasisArticle: "mla.details.article",
  assistanceTypes: "field.assistanceTypes",
  assistanceSought: "mla.details.assistanceSought",
  factsSummary: "mla.details.factsSummary",
  dueOn: "col.due",
  priority: "field.priority",
  requestingAuthority: "mla.details.requestingAuthority",
  contactName: "mla.details.contactName",
  contactPhone: "mla.details.contactPhone",
  contactEmail: "mla.details.contactEmail",
};

interface Values extends Record<string, unknown> {
  counterpartAuthority: string;
  legalBasisKind: string;
  legalBasisAgreementId: string;
  legalBasisArticle: string;
  assistanceTypes: string[];
  assistanceSought: string;
  factsSummary: string;
  dueOn: string;
  priority: string;
  requestingAuthority: string;
  contactName: string;
  contactPhone: string;
  contactEmail: string;
}

function valuesOf(r: Request): Values {
  return {
    counterpartAuthority: r.counterpartAuthority ?? "",
    legalBasisKind: r.legalBasisKind,
    legalBasisAgreementId: r.legalBasisAgreementId ?? "",
    legalBasisArticle: r.legalBasisArticle ?? "",
    assistanceTypes: [...r.assistanceTypes],
    assistanceSought: r.assistanceSought ?? "",
    factsSummary: r.factsSummary ?? "",
    dueOn: r.dueOn ?? "",
    priority: r.priority,
    requestingAuthority: r.requestingAuthority ?? "",
    contactName: r.contactName ?? "",
    contactPhone: r.contactPhone ?? "",
    contactEmail: r.contactEmail ?? "",
  };
}

const comparable = (value: unknown) => (Array.isArray(value) ? [...(value as string[])].sort().join(",") : String(value ?? "").trim());

/** The fields this form changed: only they are sent (the API changes only the fields given; "" clears). */
function changedFields(before: Values, after: Values): Field[] {
  return FIELDS.filter((field) => comparable(before[field]) !== comparable(after[field]));
}

function inputOf(values: Values, fields: Field[]): MlaRequestDetailsInput {
  const input: Record<string, unknown> = {};
  for (const field of fields) {
    const value = values[field];
    input[field] = Array.isArray(value) ? value : typeof value === "string" && value.trim() ? value.trim() : null;
  }
  return input as MlaRequestDetailsInput;
}

/** A field's value as the page shows it: enum names in the user's language, "—" for nothing. */
function shown(field: Field, values: Values, i18n: I18n, agreementName: (id: string) => string): string {
  const value = values[field];
  if (field === "legalBasisKind") return i18n.e("LegalBasisKind", value as "AGREEMENT").label;
  if (field === "priority") return i18n.e("Priority", value as "NORMAL").label;
  if (field === "assistanceTypes") return (value as string[]).map((type) => i18n.e("AssistanceType", type as "EVIDENCE").label).join(", ") || "—";
  if (field === "legalBasisAgreementId") return value ? agreementName(value as string) : "—";
  return String(value ?? "").trim() || "—";
}

/**
 * Officers edit what the drafted letter is built from (updateMlaRequestDetails): legal basis and article,
 * addressee, facts, assistance sought, deadline, requesting authority and contact. A stale tab gets both
 * versions side by side, like every other edit.
 */
export function RequestDetailsForm({ request, onDone, onUseCurrent }: { request: Request; onDone(): void; onUseCurrent(): void }) {
  const i18n = useI18n();
  const { t } = i18n;
  const agreementLabel = useAgreementLabel();
  const [initial] = useState(() => valuesOf(request));
  const form = useForm<Values>("details", initial);
  const { values } = form;
  const legalBasis = useLegalBasisOptions(request.counterpartCountryCode, null);
  const [update, state] = useMutation(UpdateMlaRequestDetails);
  const fetchNow = useExecute();
  const [conflict, setConflict] = useState<{ rows: ConflictRow[]; version: number } | null>(null);
  const agreements = legalBasis.options.filter((option) => option.agreementId);
  const agreementName = (id: string) => {
    const option = agreements.find((o) => o.agreementId === id);
    if (option?.agreement) return agreementLabel(option.agreement);
    return request.legalBasis && request.legalBasis.id === id ? agreementLabel(request.legalBasis) : id;
  };
  // The agreement stored may not be an option today (no longer in force): it stays selectable.
  const agreementIds = [...new Set([...agreements.map((o) => o.agreementId as string), ...(initial.legalBasisAgreementId ? [initial.legalBasisAgreementId] : [])])];
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const checks = firstErrors([
      ["legalBasisAgreementId", values.legalBasisKind === "AGREEMENT" && !values.legalBasisAgreementId, t("mla.chooseAgreement")],
      ["dueOn", Boolean(request.openedOn && values.dueOn && values.dueOn < request.openedOn), t("reason.beforeOpened")],
    ]);
    if (hasErrors(checks)) return form.setErrors(checks);
    const fields = changedFields(initial, values);
    if (!fields.length) return form.setErrors({ form: t("reason.noChange") });
    const result = await update({ id: request.id, expectedVersion: request.version, input: inputOf(values, fields) });
    if (result.error?.code === "CONFLICT" && result.error.field === "expectedVersion") {
      const now = (await fetchNow(MlaRequestQueryDocument, { id: request.id }))?.mlaRequest;
      const current = now ? valuesOf(now) : null;
      return setConflict({
        version: now?.version ?? result.error.currentVersion ?? 0,
        rows: fields.map((field) => ({ label: t(DETAIL_LABELS[field]), yours: shown(field, values, i18n, agreementName), current: current ? shown(field, current, i18n, agreementName) : "?" })),
      });
    }
    if (result.error) return form.setErrors(fieldErrorsFrom(result.error, i18n, FIELDS));
    onDone();
  };
  const text = (field: (typeof TEXTS)[number], hint?: string) => <TextField {...form.bind(field)} label={t(DETAIL_LABELS[field])} hint={hint} />;
  return (
    <section className="card" id="letter-details" aria-labelledby="letter-details-title">
      <h2 id="letter-details-title">{t("mla.details.title")}</h2>
      {conflict ? <ConflictPanel rows={conflict.rows} currentVersion={conflict.version} onUseCurrent={onUseCurrent} /> : null}
      <form className="form-grid" id="details-form" onSubmit={submit} noValidate aria-busy={legalBasis.loading}>
        {text("counterpartAuthority")}
        <EnumSelect {...form.bind("legalBasisKind")} label={t("field.legalBasisKind")} enumName="LegalBasisKind" values={enumValues("LegalBasisKind")} />
        {values.legalBasisKind === "AGREEMENT" ? (
          <>
            <SelectField
              {...form.bind("legalBasisAgreementId")}
              label={t("col.legalBasis")}
              required
              empty="—"
              hint={t("mla.details.agreementHint")}
              options={agreementIds.map((id) => {
                const option = agreements.find((o) => o.agreementId === id);
                return { value: id, label: option ? `${option.rank}. ${agreementName(id)} · ${i18n.e("LegalBasisApplicability", option.applicability).label}` : agreementName(id) };
              })}
            />
            {text("legalBasisArticle", t("mla.details.articleHint"))}
          </>
        ) : null}
        <EnumSelect {...form.bind("priority")} label={t("field.priority")} enumName="Priority" values={enumValues("Priority")} />
        <DateField {...form.bind("dueOn")} label={t("col.due")} />
        <CheckboxGroup
          id="details-assistanceTypes"
          legend={t("field.assistanceTypes")}
          options={enumValues("AssistanceType").map((type) => ({ value: type, label: i18n.e("AssistanceType", type).label, hint: i18n.e("AssistanceType", type).hint }))}
          values={values.assistanceTypes}
          onChange={(types) => form.set("assistanceTypes", types)}
          error={form.errors.assistanceTypes}
        />
        <TextArea {...form.bind("factsSummary")} rows={6} label={t("mla.details.factsSummary")} hint={t("mla.details.factsHint")} />
        <TextArea {...form.bind("assistanceSought")} label={t("mla.details.assistanceSought")} hint={t("confidentialHint")} />
        {text("requestingAuthority")}
        {text("contactName", t("confidentialHint"))}
        {text("contactPhone")}
        {text("contactEmail")}
        {form.errors.form ? <ErrorMessage error={form.errors.form} id="details-form-error" /> : null}
        <div className="form-actions">
          <button className="primary" type="submit" id="details-submit" disabled={state.running}>
            {t("mla.details.save")}
          </button>
        </div>
      </form>
    </section>
  );
}
