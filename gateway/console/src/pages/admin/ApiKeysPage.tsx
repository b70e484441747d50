import { useState, type FormEvent } from "react";
import { fieldErrorsFrom } from "../../app/errors";
import { Page } from "../../app/page";
import { useRest, useRestQuery } from "../../api/rest";
import { DataTable } from "../../components/DataTable";
import { NumberField, TextField } from "../../components/fields";
import { firstErrors, hasErrors, useForm } from "../../components/form";
import { ErrorMessage, Loading, Notice } from "../../components/messages";
import { useI18n } from "../../i18n/language";
import type { ApiKey, CreatedApiKey } from "./admin-api";
import { NewKeyPanel } from "./NewKeyPanel";

const FIELDS = ["organization", "name", "expiresInDays"];

/**
 * Admin: partner keys. The list never holds a key (the hub keeps only its SHA-256); a new key is shown
 * once, in the answer that created it, and forgotten when the panel is closed or the page left.
 * Revoking asks for a confirmation first: a revoked key is refused at once and cannot be restored.
 */
export function ApiKeysPage() {
  const i18n = useI18n();
  const { t, dateTime } = i18n;
  const call = useRest();
  const keys = useRestQuery<{ keys: ApiKey[] }>("/admin/api-keys");
  const form = useForm("key", { organization: "", name: "", expiresInDays: "365" });
  const [created, setCreated] = useState<CreatedApiKey | null>(null);
  const [confirming, setConfirming] = useState<ApiKey | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [running, setRunning] = useState(false);
  const { values } = form;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const days = Number(values.expiresInDays);
    const checks = firstErrors([
      ["organization", !values.organization.trim(), t("reason.required")],
      ["name", !values.name.trim(), t("reason.required")],
      ["expiresInDays", !/^\d+$/.test(values.expiresInDays.trim()) || days < 1 || days > 3650, t("admin.reason.days")],
    ]);
    if (hasErrors(checks)) return form.setErrors(checks);
    setRunning(true);
    const result = await call<CreatedApiKey>("/admin/api-keys", { method: "POST", body: { organization: values.organization.trim(), name: values.name.trim(), expiresInDays: days } });
    setRunning(false);
    if (result.error) return form.setErrors(fieldErrorsFrom(result.error, i18n, FIELDS));
    setCreated(result.data);
    setNotice(null);
    form.setValues({ organization: "", name: "", expiresInDays: "365" });
    await keys.reload();
  };

  const revoke = async (key: ApiKey) => {
    setRunning(true);
    const result = await call<{ id: string; revoked: boolean }>(`/admin/api-keys/${encodeURIComponent(key.id)}/revoke`, { method: "POST", body: {} });
    setRunning(false);
    setConfirming(null);
    if (result.error) return setFailure(fieldErrorsFrom(result.error, i18n, []).form ?? null);
    setFailure(null);
    setNotice(t("admin.keys.revokedNotice", { name: key.name }));
    await keys.reload();
  };

  const state = (key: ApiKey) => {
    if (key.revokedAt) return t("admin.keys.revoked", { at: dateTime(key.revokedAt) });
    return Date.parse(key.expiresAt) <= Date.now() ? t("admin.keys.expired") : t("admin.keys.active");
  };

  return (
    <Page title={t("admin.keys.title")} id="api-keys-page">
      <p>{t("admin.keys.intro")}</p>
      {created ? <NewKeyPanel created={created} onDone={() => setCreated(null)} /> : null}
      <form className="card form-grid" id="key-form" onSubmit={submit} noValidate aria-labelledby="key-form-title">
        <h2 className="wide" id="key-form-title">
          {t("admin.keys.new")}
        </h2>
        <TextField {...form.bind("organization")} label={t("admin.keys.organization")} hint={t("admin.keys.organizationHint")} required />
        <TextField {...form.bind("name")} label={t("admin.keys.name")} hint={t("admin.keys.nameHint")} required />
        <NumberField {...form.bind("expiresInDays")} label={t("admin.keys.expiresInDays")} hint={t("admin.keys.expiresHint")} min={1} step={1} required />
        {form.errors.form ? <ErrorMessage error={form.errors.form} id="form-error" /> : null}
        <div className="form-actions">
          <button className="primary" type="submit" id="create-key" disabled={running}>
            {t("admin.keys.create")}
          </button>
        </div>
      </form>
      <h2>{t("admin.keys.list")}</h2>
      {notice ? <Notice id="key-notice">{notice}</Notice> : null}
      {failure ? <ErrorMessage error={failure} id="key-error" /> : null}
      {confirming ? (
        <div className="confirm" role="alertdialog" aria-labelledby="revoke-question" id="revoke-confirm">
          <p id="revoke-question">{t("admin.keys.revokeConfirm", { name: confirming.name, organization: confirming.organization })}</p>
          <div className="form-actions">
            <button type="button" className="danger" id="revoke-yes" onClick={() => void revoke(confirming)} disabled={running} autoFocus>
              {t("admin.keys.revokeYes")}
            </button>
            <button type="button" id="revoke-no" onClick={() => setConfirming(null)}>
              {t("cancel")}
            </button>
          </div>
        </div>
      ) : null}
      {keys.error ? <ErrorMessage error={keys.error} /> : !keys.data ? <Loading /> : (
        <DataTable
          id="api-keys"
          label={t("admin.keys.list")}
          rows={keys.data.keys}
          rowKey={(key) => key.id}
          pageSize={25}
          columns={[
            { key: "organization", header: t("admin.keys.organization"), cell: (key) => key.organization, sortValue: (key) => key.organization },
            { key: "name", header: t("admin.keys.name"), cell: (key) => key.name, sortValue: (key) => key.name },
            { key: "prefix", header: t("admin.keys.prefix"), cell: (key) => <code>{key.prefix}…</code>, nowrap: true },
            { key: "created", header: t("admin.keys.createdAt"), cell: (key) => dateTime(key.createdAt), sortValue: (key) => key.createdAt, nowrap: true },
            { key: "expires", header: t("admin.keys.expiresAt"), cell: (key) => dateTime(key.expiresAt), sortValue: (key) => key.expiresAt, nowrap: true },
            { key: "state", header: t("admin.keys.state"), cell: state, sortValue: state },
            {
              key: "actions",
              header: t("admin.keys.actions"),
              cell: (key) =>
                key.revokedAt ? null : (
                  <button type="button" className="revoke" data-key={key.id} onClick={() => setConfirming(key)} aria-label={`${t("admin.keys.revoke")}: ${key.name}`}>
                    {t("admin.keys.revoke")}
                  </button>
                ),
            },
          ]}
        />
      )}
    </Page>
  );
}
