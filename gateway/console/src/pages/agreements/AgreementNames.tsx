import { useState, type FormEvent } from "react";
import { describeError, fieldErrorsFrom } from "../../app/errors";
import { useSession } from "../../app/session";
import { useMutation } from "../../api/use-query";
import { DataTable } from "../../components/DataTable";
import { EnumSelect, TextField } from "../../components/fields";
import { firstErrors, hasErrors, useForm } from "../../components/form";
import { ErrorMessage, Notice } from "../../components/messages";
import { TranslationForm } from "../../components/TranslationForm";
import { graphql } from "../../generated";
import type { AgreementQuery, Lang as ApiLang } from "../../generated/graphql";
import { enumValues } from "../../i18n/enum-values";
import { useI18n } from "../../i18n/language";
import { LANGS } from "../../i18n/types";

const AddAgreementAlias = graphql(`
  mutation AddAgreementAlias($agreementId: ID!, $expectedVersion: Int!, $input: AliasInput!) {
    addAgreementAlias(agreementId: $agreementId, expectedVersion: $expectedVersion, input: $input) {
      id
      version
    }
  }
`);

const RemoveAgreementAlias = graphql(`
  mutation RemoveAgreementAlias($agreementId: ID!, $expectedVersion: Int!, $aliasId: ID!) {
    removeAgreementAlias(agreementId: $agreementId, expectedVersion: $expectedVersion, aliasId: $aliasId) {
      id
      version
    }
  }
`);

const AddAgreementTitleTranslation = graphql(`
  mutation AddAgreementTitleTranslation($agreementId: ID!, $input: TranslationInput!) {
    addAgreementTitleTranslation(agreementId: $agreementId, input: $input) {
      id
    }
  }
`);

type Agreement = NonNullable<AgreementQuery["agreement"]>;
type Alias = Agreement["aliases"][number];

/**
 * What else an agreement is called: the aliases people use (admins add and remove them; search finds
 * them) and staff translations of its title where no official one exists (officers and admins).
 */
export function AgreementNames({ agreement: a, onChanged }: { agreement: Agreement; onChanged(): void }) {
  const i18n = useI18n();
  const { t } = i18n;
  const session = useSession();
  const [remove, removing] = useMutation(RemoveAgreementAlias);
  const [translate] = useMutation(AddAgreementTitleTranslation);
  const [notice, setNotice] = useState<string | null>(null);
  const [changes, setChanges] = useState(0);
  const [removeError, setRemoveError] = useState<string | null>(null);
  // An agreement named only by its partner has no title in any language: every language may take one.
  const missing = LANGS.filter((lang) => !{ az: a.titleAz, en: a.titleEn, ru: a.titleRu }[lang]);
  const done = (message: string) => {
    setNotice(message);
    setRemoveError(null);
    setChanges((n) => n + 1);
    onChanged();
  };
  return (
    <>
      <h2 id="aliases-title">{t("aliases.title")}</h2>
      <DataTable<Alias>
        id="aliases"
        label={t("aliases.title")}
        rows={a.aliases}
        rowKey={(row) => row.id}
        empty={t("aliases.none")}
        columns={[
          { key: "lang", header: t("translation.lang"), nowrap: true, cell: (row) => <span className="lang-mark">{row.lang.toLowerCase()}</span>, sortValue: (row) => row.lang },
          { key: "alias", header: t("aliases.alias"), cell: (row) => <span lang={row.lang.toLowerCase()}>{row.alias}</span>, sortValue: (row) => row.alias },
          { key: "source", header: t("field.source"), cell: (row) => <span className="muted">{row.source}</span> },
          ...(session.isAdmin
            ? [
                {
                  key: "remove",
                  header: t("col.action"),
                  cell: (row: Alias) => (
                    <button
                      type="button"
                      className="remove-alias"
                      data-alias={row.alias}
                      disabled={removing.running}
                      aria-label={`${t("remove")}: ${row.alias}`}
                      onClick={async () => {
                        const result = await remove({ agreementId: a.id, expectedVersion: a.version, aliasId: row.id });
                        if (result.error) setRemoveError(describeError(result.error, i18n));
                        else done(t("aliases.removed", { alias: row.alias }));
                      }}
                    >
                      {t("remove")}
                    </button>
                  ),
                },
              ]
            : []),
        ]}
      />
      {removeError ? <ErrorMessage error={removeError} id="alias-remove-error" /> : null}
      {notice ? <Notice id="names-saved">{notice}</Notice> : null}
      {session.isAdmin ? <AliasForm key={a.version} agreement={a} onSaved={(alias) => done(t("aliases.added", { alias }))} /> : null}
      {session.canWrite ? (
        <TranslationForm
          key={`translation-${changes}`}
          id="title-translation"
          title={t("translation.addTitle")}
          missing={missing}
          save={(lang, text) => translate({ agreementId: a.id, input: { lang: lang.toUpperCase() as ApiLang, text } })}
          onSaved={() => done(t("translation.saved"))}
        />
      ) : null}
    </>
  );
}

/** Admin: a new alias, in one language, with where the name is used. */
function AliasForm({ agreement: a, onSaved }: { agreement: Agreement; onSaved(alias: string): void }) {
  const i18n = useI18n();
  const { t } = i18n;
  const form = useForm("alias", { lang: "AZ", alias: "", source: "" });
  const [add, state] = useMutation(AddAgreementAlias);
  const { values } = form;
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const checks = firstErrors([
      ["alias", !values.alias.trim(), t("reason.required")],
      ["source", !values.source.trim(), t("reason.source")],
    ]);
    if (hasErrors(checks)) return form.setErrors(checks);
    const result = await add({ agreementId: a.id, expectedVersion: a.version, input: { lang: values.lang as ApiLang, alias: values.alias.trim(), source: values.source.trim() } });
    if (result.error) return form.setErrors(fieldErrorsFrom(result.error, i18n, ["lang", "alias", "source"]));
    onSaved(values.alias.trim());
  };
  return (
    <section className="card" aria-labelledby="alias-form-title">
      <h2 id="alias-form-title">{t("aliases.add")}</h2>
      <form className="form-grid" id="alias-form" onSubmit={submit} noValidate>
        <EnumSelect {...form.bind("lang")} label={t("translation.lang")} enumName="Lang" values={enumValues("Lang")} required />
        <TextField {...form.bind("alias")} label={t("aliases.alias")} required hint={t("aliases.aliasHint")} />
        <TextField {...form.bind("source")} label={t("field.source")} required hint={t("sourceHint")} />
        {form.errors.form ? <ErrorMessage error={form.errors.form} id="alias-form-error" /> : null}
        <div className="form-actions">
          <button className="primary" type="submit" id="alias-submit" disabled={state.running}>
            {t("aliases.add")}
          </button>
        </div>
      </form>
    </section>
  );
}
