import { useState, type FormEvent } from "react";
import { fieldErrorsFrom } from "../../app/errors";
import { Page } from "../../app/page";
import { href } from "../../app/router";
import { useExecute, useMutation, useQuery } from "../../api/use-query";
import { CountryPicker } from "../../components/CountryPicker";
import { DateField, EnumSelect, SelectField, TextArea } from "../../components/fields";
import { firstErrors, hasErrors, orNull, useForm } from "../../components/form";
import { ConflictPanel, ErrorMessage, Loading, Notice, NotFound, type ConflictRow } from "../../components/messages";
import { LocalizedText } from "../../components/text";
import { graphql } from "../../generated";
import type { PartyRowFragment, PartyStatus, ReservationKind } from "../../generated/graphql";
import { enumValues } from "../../i18n/enum-values";
import { useI18n } from "../../i18n/language";
import { agreementTexts } from "../../i18n/localized";
import { organizationLabel, useOrganizations } from "./organizations";
import { PartiesTable, partyName } from "./PartiesTable";

const AgreementParties = graphql(`
  query AgreementParties($id: ID!) {
    agreement(id: $id) {
      ...AgreementLabel
      version
      parties {
        ...PartyRow
      }
    }
  }
`);

const SetPartyStatus = graphql(`
  mutation SetPartyStatus($agreementId: ID!, $expectedVersion: Int!, $input: PartyInput!) {
    setPartyStatus(agreementId: $agreementId, expectedVersion: $expectedVersion, input: $input) {
      id
      version
    }
  }
`);

interface Values extends Record<string, string | null> {
  partyKind: "country" | "organization";
  countryCode: string | null;
  organizationId: string;
  status: string;
  reservationKind: string;
  reservation: string;
  signedOn: string;
  ratifiedOn: string;
  source: string;
}

const FIELDS = ["countryCode", "organizationId", "status", "reservationKind", "reservation", "signedOn", "ratifiedOn", "source"];

function valuesOf(party: PartyRowFragment | null): Values {
  return {
    partyKind: party?.organization ? "organization" : "country",
    countryCode: party?.country?.code ?? null,
    organizationId: party?.organization?.id ?? "",
    status: party?.status ?? "",
    reservationKind: party?.reservationKind ?? "",
    reservation: party?.reservation ?? "",
    signedOn: party?.signedOn ?? "",
    ratifiedOn: party?.ratifiedOn ?? "",
    source: party?.source ?? "",
  };
}

/** Admin: an agreement's parties, and a form to add one or change its status, dates and reservation. */
export function PartiesPage({ id }: { id: string }) {
  const i18n = useI18n();
  const { t } = i18n;
  const { data, error, reload } = useQuery(AgreementParties, { id });
  const [editing, setEditing] = useState<PartyRowFragment | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  if (error) return <ErrorMessage error={error} />;
  if (!data) return <Loading />;
  const agreement = data.agreement;
  if (!agreement) return <NotFound what={id} />;
  return (
    <Page title={t("agreements.parties")} heading={<>{t("agreements.parties")}: <LocalizedText texts={agreementTexts(agreement)} /></>}>
      <p>
        <a href={href(["agreements", id])}>← {t("back")}</a>
      </p>
      <PartiesTable
        parties={agreement.parties}
        action={(party) => (
          <button type="button" className="edit-party" onClick={() => setEditing(party)} data-party={party.country?.code ?? party.organization?.id}>
            {t("edit")}
            <span className="visually-hidden"> {partyName(party, i18n.countryName)}</span>
          </button>
        )}
      />
      {saved ? <Notice id="saved">{t("savedParty", { party: saved })}</Notice> : null}
      <PartyForm
        key={`${agreement.version}-${editing?.id ?? "new"}`}
        agreementId={id}
        version={agreement.version}
        party={editing}
        onSaved={(name) => {
          setSaved(name);
          setEditing(null);
          void reload();
        }}
        onUseCurrent={() => {
          setEditing(null);
          void reload();
        }}
      />
    </Page>
  );
}

function PartyForm({ agreementId, version, party, onSaved, onUseCurrent }: { agreementId: string; version: number; party: PartyRowFragment | null; onSaved(name: string): void; onUseCurrent(): void }) {
  const i18n = useI18n();
  const { t } = i18n;
  const organizations = useOrganizations();
  const form = useForm<Values>("party", valuesOf(party));
  const [setStatus, state] = useMutation(SetPartyStatus);
  const fetchNow = useExecute();
  const [conflict, setConflict] = useState<ConflictRow[] | null>(null);
  const { values } = form;
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const checks = firstErrors([
      ["countryCode", values.partyKind === "country" && !values.countryCode, t("countryChoose")],
      ["organizationId", values.partyKind === "organization" && !values.organizationId, t("reason.required")],
      ["status", !values.status, t("reason.required")],
      ["source", !values.source.trim(), t("reason.source")],
    ]);
    if (hasErrors(checks)) return form.setErrors(checks);
    const input = {
      ...(values.partyKind === "country" ? { countryCode: values.countryCode } : { organizationId: values.organizationId }),
      status: values.status as PartyStatus,
      reservationKind: (orNull(values.reservationKind) as ReservationKind | null) ?? null,
      reservation: orNull(values.reservation),
      signedOn: orNull(values.signedOn),
      ratifiedOn: orNull(values.ratifiedOn),
      source: values.source.trim(),
    };
    const result = await setStatus({ agreementId, expectedVersion: version, input });
    if (result.error?.code === "CONFLICT" && result.error.field === "expectedVersion") {
      const now = await fetchNow(AgreementParties, { id: agreementId });
      const same = now?.agreement?.parties.find((p) => (values.partyKind === "country" ? p.country?.code === values.countryCode : p.organization?.id === values.organizationId)) ?? null;
      const current = valuesOf(same);
      const label = (status: string) => (status ? i18n.e("PartyStatus", status as PartyStatus).label : "—");
      return setConflict([
        { label: t("col.status"), yours: label(values.status), current: label(current.status) },
        { label: t("col.signedOn"), yours: values.signedOn || "—", current: current.signedOn || "—" },
        { label: t("col.ratifiedOn"), yours: values.ratifiedOn || "—", current: current.ratifiedOn || "—" },
        { label: t("col.reservation"), yours: values.reservation || "—", current: current.reservation || "—" },
      ]);
    }
    if (result.error) return form.setErrors(fieldErrorsFrom(result.error, i18n, FIELDS));
    const organization = organizations.find((o) => o.id === values.organizationId);
    onSaved(values.partyKind === "country" ? (values.countryCode ?? "") : (organization?.abbreviation ?? values.organizationId));
  };
  return (
    <>
      <h2>{party ? t("party.edit", { party: partyName(party, i18n.countryName) }) : t("party.add")}</h2>
      {conflict ? <ConflictPanel rows={conflict} onUseCurrent={onUseCurrent} /> : null}
      <form className="card form-grid" id="party-form" onSubmit={submit} noValidate>
        <SelectField
          {...form.bind("partyKind")}
          onChange={(kind) => form.set("partyKind", kind as Values["partyKind"])}
          label={t("party.kind")}
          options={[
            { value: "country", label: t("party.country") },
            { value: "organization", label: t("party.organization") },
          ]}
        />
        {values.partyKind === "country" ? (
          <CountryPicker id="party-countryCode" label={t("party.country")} value={values.countryCode} onChange={(code) => form.set("countryCode", code)} error={form.errors.countryCode} required />
        ) : (
          <SelectField {...form.bind("organizationId")} label={t("party.organization")} empty="—" required options={organizations.map((o) => ({ value: o.id, label: organizationLabel(o, i18n.lang) }))} />
        )}
        <EnumSelect {...form.bind("status")} label={t("col.status")} enumName="PartyStatus" values={enumValues("PartyStatus")} empty="—" required />
        <EnumSelect {...form.bind("reservationKind")} label={t("field.reservationKind")} enumName="ReservationKind" values={enumValues("ReservationKind")} empty="—" />
        <DateField {...form.bind("signedOn")} label={t("col.signedOn")} />
        <DateField {...form.bind("ratifiedOn")} label={t("col.ratifiedOn")} />
        <TextArea {...form.bind("reservation")} label={t("col.reservation")} />
        <TextArea {...form.bind("source")} label={t("field.source")} required hint={t("sourceHint")} />
        {form.errors.form ? <ErrorMessage error={form.errors.form} id="form-error" /> : null}
        <div className="form-actions">
          <button className="primary" type="submit" id="save-party" disabled={state.running}>
            {t("save")}
          </button>
        </div>
      </form>
    </>
  );
}
