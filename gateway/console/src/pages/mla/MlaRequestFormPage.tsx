import { useState, type FormEvent } from "react";
import { fieldErrorsFrom } from "../../app/errors";
import { Page } from "../../app/page";
import { href, navigate } from "../../app/router";
import { useMutation, useQuery } from "../../api/use-query";
import { CountryPicker } from "../../components/CountryPicker";
import { CheckboxField, CheckboxGroup, DateField, EnumSelect, TextArea, TextField } from "../../components/fields";
import { firstErrors, hasErrors, orNull, useForm } from "../../components/form";
import { ErrorMessage } from "../../components/messages";
import { graphql } from "../../generated";
import type { AssistanceType, Direction, LegalBasisKind, Priority } from "../../generated/graphql";
import { enumValues } from "../../i18n/enum-values";
import { useI18n } from "../../i18n/language";
import type { LabelKey } from "../../i18n/types";
import { LegalBasisChoice } from "./LegalBasisChoice";
import { useLegalBasisOptions, type LegalBasisOption } from "./legal-basis-options.query";

const CaseForRequest = graphql(`
  query CaseForRequest($id: ID!) {
    case(id: $id) {
      id
      reference
      articles
    }
  }
`);

const CreateMlaRequest = graphql(`
  mutation CreateMlaRequest($input: CreateMlaRequestInput!) {
    createMlaRequest(input: $input) {
      id
      reference
    }
  }
`);

const FIELDS = ["reference", "direction", "counterpartCountry", "counterpartAuthority", "legalBasisKind", "legalBasisAgreementId", "caseId", "assistanceTypes", "priority", "spontaneous", "openedOn", "dueOn", "internalNote"];

/** One key per form, kept across retries: a second submit of the same form returns the same request. */
function newIdempotencyKey(): string {
  return `console-${Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, "0")).join("")}`;
}

interface Values extends Record<string, unknown> {
  reference: string;
  direction: string;
  counterpartCountry: string | null;
  counterpartAuthority: string;
  legalBasisKind: string;
  legalBasisAgreementId: string;
  assistanceTypes: string[];
  priority: string;
  spontaneous: boolean;
  openedOn: string;
  dueOn: string;
  internalNote: string;
}

/** Rows of legalBasisOptions that may bind both states (not reciprocity, not a use the records do not back). */
const BINDING = ["BOTH_PARTIES", "PARTY_LIST_INCOMPLETE"];

/**
 * What is missing but allowed: said before submitting, so the officer completes it or knowingly goes on.
 * For an outgoing request the gaps its drafted letter would have (the API's letterCheck, asked once the
 * request exists) are named in the same words, as far as this form holds them.
 */
function completenessWarnings(values: Values, caseId: string | null, options: LegalBasisOption[] | null): LabelKey[] {
  const warnings: LabelKey[] = [];
  if (values.legalBasisKind === "NOT_STATED") warnings.push("mla.warn.noLegalBasis");
  if (options && !options.some((option) => option.agreementId && BINDING.includes(option.applicability))) warnings.push("mla.warn.noAgreementForCountry");
  const chosen = options?.find((option) => values.legalBasisKind === "AGREEMENT" && option.agreementId === values.legalBasisAgreementId);
  if (chosen?.applicability === "RECORDED_USE_ONLY") warnings.push("mla.warn.recordedUseOnly");
  if (!values.assistanceTypes.length) warnings.push("mla.warn.noAssistanceType");
  if (!values.openedOn) warnings.push("mla.warn.noOpenedOn");
  if (!values.dueOn) warnings.push("mla.warn.noDueOn");
  if (!values.counterpartAuthority.trim()) warnings.push("mla.warn.noAuthority");
  if (!caseId) warnings.push("mla.warn.noCase");
  if (values.direction === "OUTGOING") warnings.push("mla.warn.letterDetails");
  return warnings;
}

/** Officer: record an incoming or outgoing request; reached from a case's page it serves that case. */
export function MlaRequestFormPage({ caseId }: { caseId: string | null }) {
  const i18n = useI18n();
  const { t } = i18n;
  const [idempotencyKey] = useState(newIdempotencyKey);
  const caseQuery = useQuery(CaseForRequest, { id: caseId ?? "" }, { skip: !caseId });
  const linkedCase = caseQuery.data?.case;
  const form = useForm<Values>("mla", {
    reference: "",
    direction: "INCOMING",
    counterpartCountry: null,
    counterpartAuthority: "",
    legalBasisKind: "",
    legalBasisAgreementId: "",
    assistanceTypes: [],
    priority: "NORMAL",
    spontaneous: false,
    openedOn: new Date().toISOString().slice(0, 10),
    dueOn: "",
    internalNote: "",
  });
  const { values } = form;
  const legalBasis = useLegalBasisOptions(values.counterpartCountry, (values.assistanceTypes[0] as AssistanceType | undefined) ?? null);
  const [create, state] = useMutation(CreateMlaRequest);
  const warnings = completenessWarnings(values, caseId, values.counterpartCountry && !legalBasis.loading ? legalBasis.options : null);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const checks = firstErrors([
      ["reference", !values.reference.trim(), t("reason.required")],
      ["counterpartCountry", !values.counterpartCountry, t("countryChoose")],
      ["legalBasisKind", !values.legalBasisKind || (values.legalBasisKind === "AGREEMENT" && !values.legalBasisAgreementId), t("mla.chooseLegalBasis")],
      ["dueOn", Boolean(values.openedOn && values.dueOn && values.dueOn < values.openedOn), t("reason.dateOrder")],
    ]);
    if (hasErrors(checks)) return form.setErrors(checks);
    const result = await create({
      input: {
        idempotencyKey,
        reference: values.reference.trim(),
        direction: values.direction as Direction,
        counterpartCountry: values.counterpartCountry ?? "",
        counterpartAuthority: orNull(values.counterpartAuthority),
        legalBasisKind: values.legalBasisKind as LegalBasisKind,
        legalBasisAgreementId: values.legalBasisKind === "AGREEMENT" ? values.legalBasisAgreementId : null,
        caseId,
        assistanceTypes: values.assistanceTypes as AssistanceType[],
        priority: values.priority as Priority,
        spontaneous: values.spontaneous,
        openedOn: orNull(values.openedOn),
        dueOn: orNull(values.dueOn),
        internalNote: orNull(values.internalNote),
      },
    });
    if (result.error) return form.setErrors(fieldErrorsFrom(result.error, i18n, FIELDS));
    navigate(href(["mla", result.data.createMlaRequest.id]));
  };
  return (
    <Page title={t("mla.new")}>
      <form className="card form-grid" id="mla-form" onSubmit={submit} noValidate>
        <TextField {...form.bind("reference")} label={t("col.reference")} required hint={t("mla.referenceHint")} />
        <EnumSelect {...form.bind("direction")} label={t("col.direction")} enumName="Direction" values={enumValues("Direction")} />
        <CountryPicker
          id="mla-counterpartCountry"
          label={t("mla.counterpartCountry")}
          value={values.counterpartCountry}
          onChange={(code) => {
            form.set("counterpartCountry", code);
            form.set("legalBasisKind", "");
            form.set("legalBasisAgreementId", "");
          }}
          error={form.errors.counterpartCountry}
          exclude={EXCLUDE_AZ}
          required
        />
        <TextField {...form.bind("counterpartAuthority")} label={t("field.counterpartAuthority")} />
        <LegalBasisChoice
          id="mla-legalBasis"
          options={legalBasis.options}
          loading={legalBasis.loading}
          country={values.counterpartCountry}
          value={{ kind: values.legalBasisKind, agreementId: values.legalBasisAgreementId }}
          onChange={(next) => {
            form.set("legalBasisKind", next.kind);
            form.set("legalBasisAgreementId", next.agreementId);
          }}
          error={form.errors.legalBasisKind ?? form.errors.legalBasisAgreementId}
        />
        <div className="field">
          <span className="label">{t("mla.case")}</span>
          <p id="mla-case" aria-busy={caseQuery.loading}>
            {linkedCase ? `${linkedCase.reference} (${linkedCase.articles.join(", ")})` : <span className="muted">{caseId && !caseQuery.error ? t("loading") : t("mla.noCaseHint")}</span>}
          </p>
        </div>
        <EnumSelect {...form.bind("priority")} label={t("field.priority")} enumName="Priority" values={enumValues("Priority")} />
        <DateField {...form.bind("openedOn")} label={t("mla.openedOn")} hint={t("mla.openedOnHint")} />
        <DateField {...form.bind("dueOn")} label={t("col.due")} />
        <CheckboxField id="mla-spontaneous" label={t("field.spontaneous")} checked={values.spontaneous} onChange={(on) => form.set("spontaneous", on)} hint={t("mla.spontaneousHint")} />
        <CheckboxGroup
          id="mla-assistanceTypes"
          legend={t("field.assistanceTypes")}
          options={enumValues("AssistanceType").map((type) => ({ value: type, label: i18n.e("AssistanceType", type).label, hint: i18n.e("AssistanceType", type).hint }))}
          values={values.assistanceTypes}
          onChange={(types) => form.set("assistanceTypes", types)}
          error={form.errors.assistanceTypes}
        />
        <TextArea {...form.bind("internalNote")} label={t("field.internalNote")} hint={t("confidentialHint")} />
        {warnings.length ? (
          <div className="warnings wide" id="completeness" role="status">
            <p>
              <strong>{t("mla.warnings")}</strong>
            </p>
            <ul>
              {warnings.map((warning) => (
                <li key={warning} data-warning={warning}>
                  {t(warning)}
                </li>
              ))}
            </ul>
          </div>
        ) : null}
        {form.errors.form ? <ErrorMessage error={form.errors.form} id="form-error" /> : null}
        <div className="form-actions">
          <button className="primary" type="submit" id="create-request" disabled={state.running}>
            {t(warnings.length ? "mla.createAnyway" : "create")}
          </button>
          <a href={href("mla")}>{t("cancel")}</a>
        </div>
      </form>
    </Page>
  );
}

/** The counterpart is a foreign state: Azerbaijan itself is not offered. */
const EXCLUDE_AZ = ["AZ"];
