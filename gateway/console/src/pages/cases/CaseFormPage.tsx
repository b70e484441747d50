import type { FormEvent } from "react";
import { fieldErrorsFrom } from "../../app/errors";
import { Page } from "../../app/page";
import { href, navigate } from "../../app/router";
import { useMutation } from "../../api/use-query";
import { DateField, TextArea, TextField } from "../../components/fields";
import { firstErrors, hasErrors, orNull, useForm } from "../../components/form";
import { ErrorMessage } from "../../components/messages";
import { graphql } from "../../generated";
import { useI18n } from "../../i18n/language";

const CreateCase = graphql(`
  mutation CreateCase($input: CreateCaseInput!) {
    createCase(input: $input) {
      id
      reference
    }
  }
`);

const FIELDS = ["reference", "articles", "openedOn", "summary", "victimDetails", "internalNotes"];

const articleList = (text: string) =>
  text
    .split(/[,;\s]+/)
    .map((article) => article.trim())
    .filter(Boolean);

/** Officer: record a national case; its page then links requests and records outcomes. */
export function CaseFormPage() {
  const i18n = useI18n();
  const { t } = i18n;
  const form = useForm("case", { reference: "", articles: "144-1", openedOn: "", summary: "", victimDetails: "", internalNotes: "" });
  const [create, state] = useMutation(CreateCase);
  const { values } = form;
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const checks = firstErrors([
      ["reference", !values.reference.trim(), t("reason.required")],
      ["articles", !articleList(values.articles).length, t("reason.required")],
    ]);
    if (hasErrors(checks)) return form.setErrors(checks);
    const result = await create({
      input: {
        reference: values.reference.trim(),
        articles: articleList(values.articles),
        openedOn: orNull(values.openedOn),
        summary: orNull(values.summary),
        victimDetails: orNull(values.victimDetails),
        internalNotes: orNull(values.internalNotes),
      },
    });
    if (result.error) return form.setErrors(fieldErrorsFrom(result.error, i18n, FIELDS));
    navigate(href(["cases", result.data.createCase.id]));
  };
  return (
    <Page title={t("cases.new")}>
      <form className="card form-grid" id="case-form" onSubmit={submit} noValidate>
        <TextField {...form.bind("reference")} label={t("case.reference")} required />
        <TextField {...form.bind("articles")} label={t("case.articles")} required hint={t("case.articlesHint")} />
        <DateField {...form.bind("openedOn")} label={t("col.openedOn")} />
        <p className="confidential wide" id="case-confidential">
          {t("case.confidential")}
        </p>
        <TextArea {...form.bind("summary")} label={t("case.summary")} />
        <TextArea {...form.bind("victimDetails")} label={t("case.victimDetails")} />
        <TextArea {...form.bind("internalNotes")} label={t("case.internalNotes")} />
        {form.errors.form ? <ErrorMessage error={form.errors.form} id="form-error" /> : null}
        <div className="form-actions">
          <button className="primary" type="submit" id="create-case" disabled={state.running}>
            {t("create")}
          </button>
          <a href={href("mla")}>{t("cancel")}</a>
        </div>
      </form>
    </Page>
  );
}
