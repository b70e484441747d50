import type { FormEvent } from "react";
import type { ApiError } from "../api/api-error";
import { fieldErrorsFrom } from "../app/errors";
import { LANGS, type Lang, type LabelKey } from "../i18n/types";
import { useI18n } from "../i18n/language";
import { SelectField, TextArea, type Option } from "./fields";
import { firstErrors, hasErrors, useForm } from "./form";
import { ErrorMessage } from "./messages";

interface TranslationFormProps {
  /** Prefix of the form's ids: `<id>-lang`, `<id>-text`, `<id>-submit`. */
  id: string;
  title: string;
  /** The languages without an official text: only those can take a translation (official always wins). */
  missing: Lang[];
  /** Where one form serves many texts (a table's measures, criteria…): which one, chosen in `<id>-subject`. */
  subjects?: Option[];
  /** The hint under the title; by default, that an official text always wins. */
  explain?: string;
  save(lang: Lang, text: string, subject: string): Promise<{ error?: ApiError | undefined }>;
  onSaved(): void;
}

/**
 * Staff add a translation of a title or text in a language that has no official one. It is kept with who
 * and when and always shown marked unofficial.
 */
export function TranslationForm({ id, title, missing, subjects, explain, save, onSaved }: TranslationFormProps) {
  const i18n = useI18n();
  const { t } = i18n;
  const form = useForm(id, { subject: subjects?.[0]?.value ?? "", lang: missing.includes(i18n.lang) ? i18n.lang : (missing[0] ?? ""), text: "" });
  const { values } = form;
  if (!missing.length || subjects?.length === 0) return null;
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const checks = firstErrors([
      ["subject", Boolean(subjects) && !values.subject, t("reason.required")],
      ["lang", !values.lang, t("reason.required")],
      ["text", !values.text.trim(), t("reason.required")],
    ]);
    if (hasErrors(checks)) return form.setErrors(checks);
    const result = await save(values.lang as Lang, values.text.trim(), values.subject);
    if (result.error) return form.setErrors(fieldErrorsFrom(result.error, i18n, ["lang", "text"]));
    form.setValues((previous) => ({ ...previous, text: "" }));
    onSaved();
  };
  return (
    <section className="card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{title}</h2>
      <p className="hint">{explain ?? t("translation.explain")}</p>
      <form className="form-grid" id={`${id}-form`} onSubmit={submit} noValidate>
        {subjects ? <SelectField {...form.bind("subject")} label={t("translation.subject")} required wide options={subjects} /> : null}
        <SelectField
          {...form.bind("lang")}
          label={t("translation.lang")}
          required
          options={LANGS.filter((lang) => missing.includes(lang)).map((lang) => ({ value: lang, label: t(`lang.${lang}` as LabelKey) }))}
        />
        <TextArea {...form.bind("text")} label={t("translation.text")} required />
        {form.errors.form ? <ErrorMessage error={form.errors.form} id={`${id}-error`} /> : null}
        <div className="form-actions">
          <button className="primary" type="submit" id={`${id}-submit`}>
            {t("translation.add")}
          </button>
        </div>
      </form>
    </section>
  );
}
