import { useState, type FormEvent } from "react";
import { fieldErrorsFrom } from "../../app/errors";
import { useRest } from "../../api/rest";
import { SelectField, TextField } from "../../components/fields";
import { firstErrors, hasErrors, useForm } from "../../components/form";
import { ErrorMessage } from "../../components/messages";
import { useI18n } from "../../i18n/language";
import { LANGS, type LabelKey } from "../../i18n/types";
import { STAFF_ROLES, type DigestRecipient } from "./admin-api";

const FIELDS = ["email", "name", "role", "lang"];

/** Adds a digest recipient (POST /admin/digest-recipients); the server's refusal lands beside its field. */
export function RecipientForm({ onAdded }: { onAdded(recipient: DigestRecipient): Promise<void> }) {
  const i18n = useI18n();
  const { t } = i18n;
  const call = useRest();
  const form = useForm("recipient", { email: "", name: "", role: "officer", lang: i18n.lang as string });
  const [running, setRunning] = useState(false);
  const { values } = form;
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const checks = firstErrors([
      ["email", !/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(values.email.trim()), t("admin.reason.email")],
      ["name", !values.name.trim(), t("reason.required")],
    ]);
    if (hasErrors(checks)) return form.setErrors(checks);
    setRunning(true);
    const result = await call<DigestRecipient>("/admin/digest-recipients", { method: "POST", body: { email: values.email.trim(), name: values.name.trim(), role: values.role, lang: values.lang } });
    setRunning(false);
    if (result.error) return form.setErrors(fieldErrorsFrom(result.error, i18n, FIELDS));
    form.setValues({ email: "", name: "", role: values.role, lang: values.lang });
    await onAdded(result.data);
  };
  return (
    <form className="card form-grid" id="recipient-form" onSubmit={submit} noValidate aria-labelledby="recipient-form-title">
      <h2 className="wide" id="recipient-form-title">
        {t("admin.digest.add")}
      </h2>
      <TextField {...form.bind("email")} label={t("admin.digest.email")} required />
      <TextField {...form.bind("name")} label={t("admin.digest.name")} required />
      <SelectField {...form.bind("role")} label={t("admin.digest.role")} hint={t("admin.digest.roleHint")} options={STAFF_ROLES.map((role) => ({ value: role, label: t(`role.${role}` as LabelKey) }))} />
      <SelectField {...form.bind("lang")} label={t("admin.digest.lang")} options={LANGS.map((lang) => ({ value: lang, label: t(`lang.${lang}` as LabelKey) }))} />
      {form.errors.form ? <ErrorMessage error={form.errors.form} id="recipient-form-error" /> : null}
      <div className="form-actions">
        <button className="primary" type="submit" id="add-recipient" disabled={running}>
          {t("create")}
        </button>
      </div>
    </form>
  );
}
