import { useState } from "react";
import type { ApiError } from "../../api/api-error";
import { fieldErrorsFrom } from "../../app/errors";
import { Page } from "../../app/page";
import { useRest, useRestQuery } from "../../api/rest";
import { DataTable } from "../../components/DataTable";
import { ErrorMessage, Loading, Notice } from "../../components/messages";
import { useI18n } from "../../i18n/language";
import type { LabelKey } from "../../i18n/types";
import type { DigestRecipient, DigestRun, DigestSettings } from "./admin-api";
import { DigestPreview } from "./DigestPreview";
import { RecipientForm } from "./RecipientForm";

/** A delivery's status (gateway.digest_delivery). */
const DELIVERY_STATUSES = ["CLAIMED", "SENT", "EMPTY", "FAILED"];

/**
 * Admin: the daily digest's recipients (GET|POST /admin/digest-recipients, PATCH|DELETE …/:id), a preview
 * of any recipient's mail for a day, the last week's deliveries and "send today's now" (POST
 * /admin/digest/run, still once a day), offered only while sending is on (SMTP_URL set).
 */
export function DigestPage() {
  const i18n = useI18n();
  const { t } = i18n;
  const call = useRest();
  const settings = useRestQuery<DigestSettings>("/admin/digest");
  const recipients = useRestQuery<{ recipients: DigestRecipient[] }>("/admin/digest-recipients");
  const [previewing, setPreviewing] = useState<DigestRecipient | null>(null);
  const [removing, setRemoving] = useState<DigestRecipient | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [running, setRunning] = useState(false);

  const changed = async (done: string) => {
    setFailure(null);
    setNotice(done);
    await Promise.all([recipients.reload(), settings.reload()]);
  };
  const change = async (work: () => Promise<{ error?: ApiError | undefined }>, done: string) => {
    setRunning(true);
    const result = await work();
    setRunning(false);
    if (!result.error) return changed(done);
    setNotice(null);
    setFailure(fieldErrorsFrom(result.error, i18n, []).form ?? null);
  };
  const setActive = (recipient: DigestRecipient, active: boolean) =>
    change(() => call(`/admin/digest-recipients/${encodeURIComponent(recipient.id)}`, { method: "PATCH", body: { active } }), t(active ? "admin.digest.resumed" : "admin.digest.paused.notice", { email: recipient.email }));
  const remove = async (recipient: DigestRecipient) => {
    setRemoving(null);
    if (previewing?.id === recipient.id) setPreviewing(null);
    await change(() => call(`/admin/digest-recipients/${encodeURIComponent(recipient.id)}`, { method: "DELETE" }), t("admin.digest.removed", { email: recipient.email }));
  };
  const runNow = async () => {
    setRunning(true);
    const result = await call<DigestRun>("/admin/digest/run", { method: "POST", body: {} });
    setRunning(false);
    if (result.error) return setFailure(fieldErrorsFrom(result.error, i18n, []).form ?? null);
    setFailure(null);
    setNotice(t("admin.digest.ran", { ...result.data }));
    await settings.reload();
  };

  const list = recipients.data?.recipients ?? [];
  const emailOf = (id: string) => list.find((recipient) => recipient.id === id)?.email ?? id;
  const s = settings.data;
  return (
    <Page title={t("admin.digest.title")} id="digest-page">
      <p>{t("admin.digest.intro")}</p>
      {settings.error ? <ErrorMessage error={settings.error} /> : !s ? <Loading /> : (
        <div className="card" id="digest-settings">
          <p id="digest-state">{s.enabled ? t("admin.digest.on", { hour: String(s.hour).padStart(2, "0"), timeZone: s.timeZone, from: s.from, days: s.withinDays }) : t("admin.digest.off")}</p>
          <p>
            {t("admin.digest.today")}: <span id="digest-today">{s.today}</span>
          </p>
          {s.enabled ? (
            <p>
              <button type="button" id="digest-run" onClick={() => void runNow()} disabled={running} aria-describedby="digest-run-hint">
                {t("admin.digest.run")}
              </button>{" "}
              <span className="hint" id="digest-run-hint">
                {t("admin.digest.runHint")}
              </span>
            </p>
          ) : null}
        </div>
      )}
      {notice ? <Notice id="digest-notice">{notice}</Notice> : null}
      {failure ? <ErrorMessage error={failure} id="digest-error" /> : null}
      <RecipientForm onAdded={(recipient) => changed(t("admin.digest.added", { email: recipient.email }))} />
      <h2>{t("admin.digest.recipients")}</h2>
      {removing ? (
        <div className="confirm" role="alertdialog" aria-labelledby="remove-question" id="remove-confirm">
          <p id="remove-question">{t("admin.digest.removeConfirm", { email: removing.email })}</p>
          <div className="form-actions">
            <button type="button" className="danger" id="remove-yes" onClick={() => void remove(removing)} disabled={running} autoFocus>
              {t("admin.digest.removeYes")}
            </button>
            <button type="button" id="remove-no" onClick={() => setRemoving(null)}>
              {t("cancel")}
            </button>
          </div>
        </div>
      ) : null}
      {recipients.error ? <ErrorMessage error={recipients.error} /> : !recipients.data ? <Loading /> : (
        <DataTable
          id="digest-recipients"
          label={t("admin.digest.recipients")}
          rows={list}
          rowKey={(recipient) => recipient.id}
          pageSize={25}
          columns={[
            { key: "email", header: t("admin.digest.email"), cell: (r) => r.email, sortValue: (r) => r.email },
            { key: "name", header: t("admin.digest.name"), cell: (r) => r.name, sortValue: (r) => r.name },
            { key: "role", header: t("admin.digest.role"), cell: (r) => t(`role.${r.role}` as LabelKey), sortValue: (r) => r.role },
            { key: "lang", header: t("admin.digest.lang"), cell: (r) => t(`lang.${r.lang}` as LabelKey), sortValue: (r) => r.lang },
            { key: "state", header: t("admin.digest.state"), cell: (r) => t(r.active ? "admin.digest.active" : "admin.digest.paused"), sortValue: (r) => (r.active ? 0 : 1) },
            {
              key: "actions",
              header: t("admin.keys.actions"),
              cell: (r) => (
                <span className="row-actions" data-email={r.email}>
                  <button type="button" className="preview" onClick={() => setPreviewing(r)} aria-label={`${t("admin.digest.preview")}: ${r.email}`}>
                    {t("admin.digest.preview")}
                  </button>
                  <button type="button" className="toggle" onClick={() => void setActive(r, !r.active)} disabled={running} aria-label={`${t(r.active ? "admin.digest.pause" : "admin.digest.resume")}: ${r.email}`}>
                    {t(r.active ? "admin.digest.pause" : "admin.digest.resume")}
                  </button>
                  <button type="button" className="remove" onClick={() => setRemoving(r)} aria-label={`${t("admin.digest.remove")}: ${r.email}`}>
                    {t("admin.digest.remove")}
                  </button>
                </span>
              ),
            },
          ]}
        />
      )}
      {previewing && s ? <DigestPreview key={previewing.id} recipient={previewing} today={s.today} onClose={() => setPreviewing(null)} /> : null}
      {s && s.deliveries.length ? (
        <>
          <h2>{t("admin.digest.deliveries")}</h2>
          <DataTable
            id="digest-deliveries"
            label={t("admin.digest.deliveries")}
            rows={s.deliveries}
            rowKey={(d) => `${d.day}:${d.recipientId}`}
            pageSize={10}
            columns={[
              { key: "day", header: t("admin.digest.day"), cell: (d) => d.day, sortValue: (d) => d.day, nowrap: true },
              { key: "recipient", header: t("admin.digest.email"), cell: (d) => emailOf(d.recipientId) },
              { key: "status", header: t("admin.digest.status"), cell: (d) => (DELIVERY_STATUSES.includes(d.status) ? t(`admin.delivery.${d.status}` as LabelKey) : d.status) },
              { key: "items", header: t("admin.digest.itemsColumn"), cell: (d) => d.items ?? "", numeric: true },
              { key: "error", header: t("admin.digest.errorCode"), cell: (d) => d.errorCode ?? "" },
            ]}
          />
        </>
      ) : null}
    </Page>
  );
}
