import { useEffect, useState, type FormEvent } from "react";
import { fieldErrorsFrom } from "../../app/errors";
import { useRest } from "../../api/rest";
import { DateField } from "../../components/fields";
import { useForm } from "../../components/form";
import { ErrorMessage, Loading } from "../../components/messages";
import { useI18n } from "../../i18n/language";
import type { DigestMail, DigestRecipient } from "./admin-api";

/**
 * The mail a recipient would get on a day (GET /admin/digest-recipients/:id/preview?day=): nothing is
 * sent or claimed. Shown as its subject and plain text (the HTML part says the same; showing it would
 * need an inline frame the console's CSP does not allow).
 */
export function DigestPreview({ recipient, today, onClose }: { recipient: DigestRecipient; today: string; onClose(): void }) {
  const i18n = useI18n();
  const { t } = i18n;
  const call = useRest();
  const form = useForm("preview", { day: today });
  const [shown, setShown] = useState<{ day: string; mail: DigestMail } | null>(null);
  const [loading, setLoading] = useState(false);
  const load = async (event?: FormEvent) => {
    event?.preventDefault();
    const day = form.values.day || today;
    setLoading(true);
    const result = await call<DigestMail>(`/admin/digest-recipients/${encodeURIComponent(recipient.id)}/preview`, { query: { day } });
    setLoading(false);
    if (result.error) {
      setShown(null);
      return form.setErrors(fieldErrorsFrom(result.error, i18n, ["day"]));
    }
    setShown({ day, mail: result.data });
  };
  // Opening the preview shows today's mail at once; another day is one change away.
  // The panel is keyed by its recipient, so this runs once per recipient opened.
  useEffect(() => {
    void load();
  }, []);
  return (
    <section className="card preview" id="digest-preview" aria-labelledby="digest-preview-title">
      <h2 id="digest-preview-title">{t("admin.digest.previewOf", { name: recipient.name })}</h2>
      <form className="search-box" id="preview-form" onSubmit={load} noValidate>
        <DateField {...form.bind("day")} label={t("admin.digest.day")} />
        <button type="submit" className="primary" id="preview-show">
          {t("admin.digest.preview")}
        </button>
        <button type="button" id="preview-close" onClick={onClose}>
          {t("admin.digest.closePreview")}
        </button>
      </form>
      {form.errors.form ? <ErrorMessage error={form.errors.form} /> : null}
      {loading ? <Loading /> : null}
      {shown ? (
        <div id="preview-mail" data-day={shown.day}>
          <p>
            <strong>{t("admin.digest.subject")}:</strong> <span id="preview-subject">{shown.mail.subject}</span>
          </p>
          <p id="preview-items">{shown.mail.items ? t("admin.digest.items", { count: shown.mail.items }) : t("admin.digest.nothing")}</p>
          <pre className="mail-text" id="preview-text" lang={recipient.lang} tabIndex={0} aria-label={t("admin.digest.mailText")}>
            {shown.mail.text}
          </pre>
        </div>
      ) : null}
    </section>
  );
}
