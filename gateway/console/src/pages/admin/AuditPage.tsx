import { useState, type FormEvent } from "react";
import { fieldErrorsFrom } from "../../app/errors";
import { Page } from "../../app/page";
import type { Route } from "../../app/router";
import { useRestQuery } from "../../api/rest";
import { DataTable } from "../../components/DataTable";
import { DateField, TextField } from "../../components/fields";
import { firstErrors, hasErrors, useForm } from "../../components/form";
import { ErrorMessage, Loading } from "../../components/messages";
import { PAGE_SIZES } from "../../components/Pager";
import { useI18n } from "../../i18n/language";
import type { LabelKey } from "../../i18n/types";
import type { AuditEntry, AuditPage as AuditAnswer } from "./admin-api";

const FIELDS = ["actor", "operation", "from", "to"] as const;
type Filter = Record<(typeof FIELDS)[number], string>;

/** Variables as the audit stored them (free text already redacted by the gateway), one line. */
const OPERATION_TYPES = ["query", "mutation", "admin", "unregistered"];

const variablesText = (variables: AuditEntry["variables"]) => (variables && Object.keys(variables).length ? JSON.stringify(variables) : "");

/**
 * Admin: the audit log (GET /audit), newest first, filtered by actor, operation and days, a page at a
 * time (`nextBefore`; a stack of them so "newer" goes back exactly). The filters start from the address
 * (#/admin/audit?actor=…&operation=…), so a filtered view can be linked.
 */
export function AuditPage({ route }: { route: Route }) {
  const i18n = useI18n();
  const { t, dateTime } = i18n;
  const initial = (): Filter => Object.fromEntries(FIELDS.map((field) => [field, route.params.get(field) ?? ""])) as Filter;
  const form = useForm("audit", initial);
  const [applied, setApplied] = useState<Filter>(initial);
  const [befores, setBefores] = useState<number[]>([]);
  const [limit, setLimit] = useState(25);
  const page = useRestQuery<AuditAnswer>("/audit", { ...applied, limit, before: befores[befores.length - 1] });
  // A filter the route refuses (a date it cannot read) is shown beside its field.
  const refused = page.error ? fieldErrorsFrom(page.error, i18n, FIELDS) : null;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const { from, to } = form.values;
    const checks = firstErrors([["to", Boolean(from && to && to < from), t("reason.dateOrder")]]);
    if (hasErrors(checks)) return form.setErrors(checks);
    form.setErrors({});
    setBefores([]);
    setApplied({ ...form.values });
  };
  const clear = () => {
    const empty = Object.fromEntries(FIELDS.map((field) => [field, ""])) as Filter;
    form.setValues(empty);
    form.setErrors({});
    setBefores([]);
    setApplied(empty);
  };
  const errors = { ...(refused ?? {}), ...form.errors };
  const entries = page.data?.entries ?? [];
  const outcome = (entry: AuditEntry) => (entry.outcome ? t(`admin.outcome.${entry.outcome}` as LabelKey) : t("admin.audit.pending"));

  return (
    <Page title={t("admin.audit.title")} id="audit-page">
      <p>{t("admin.audit.intro")}</p>
      <form className="filters" id="audit-filters" onSubmit={submit} noValidate aria-label={t("filters")}>
        <TextField {...form.bind("actor")} error={errors.actor} label={t("admin.audit.actor")} hint={t("admin.audit.actorHint")} type="search" />
        <TextField {...form.bind("operation")} error={errors.operation} label={t("admin.audit.operation")} hint={t("admin.audit.operationHint")} type="search" />
        <DateField {...form.bind("from")} error={errors.from} label={t("admin.audit.from")} />
        <DateField {...form.bind("to")} error={errors.to} label={t("admin.audit.to")} />
        <div className="filter-actions">
          <button type="submit" className="primary" id="audit-apply">
            {t("search")}
          </button>
          <button type="button" id="audit-clear" onClick={clear}>
            {t("admin.audit.clear")}
          </button>
        </div>
      </form>
      {page.error && refused?.form ? <ErrorMessage error={page.error} /> : null}
      {!page.data && !page.error ? <Loading /> : null}
      {page.data ? (
        <>
          <DataTable
            id="audit-log"
            label={t("admin.audit.title")}
            rows={entries}
            rowKey={(entry) => String(entry.id)}
            empty={t("admin.audit.none")}
            footer={
              <nav className="pager" aria-label={`${t("admin.audit.title")}: ${t("paging")}`}>
                <span className="pager-range" id="audit-range" aria-live="polite">
                  {entries.length
                    ? t("admin.audit.range", { from: i18n.number(befores.length * limit + 1), to: i18n.number(befores.length * limit + entries.length), total: i18n.number(page.data.total) })
                    : t("admin.audit.count", { count: i18n.number(page.data.total) })}
                </span>
                <button type="button" id="audit-newer" onClick={() => setBefores(befores.slice(0, -1))} disabled={!befores.length}>
                  ← {t("admin.audit.newer")}
                </button>
                <button type="button" id="audit-older" onClick={() => page.data?.nextBefore && setBefores([...befores, page.data.nextBefore])} disabled={!page.data.nextBefore}>
                  {t("admin.audit.older")} →
                </button>
                <label>
                  {t("pageSize")}{" "}
                  <select
                    id="audit-limit"
                    value={limit}
                    onChange={(event) => {
                      setLimit(Number(event.target.value));
                      setBefores([]);
                    }}
                  >
                    {PAGE_SIZES.map((size) => (
                      <option key={size} value={size}>
                        {size}
                      </option>
                    ))}
                  </select>
                </label>
              </nav>
            }
            columns={[
              { key: "at", header: t("admin.audit.at"), cell: (entry) => dateTime(entry.at), nowrap: true },
              {
                key: "actor",
                header: t("admin.audit.actor"),
                cell: (entry) => (
                  <>
                    {entry.actorName ?? "—"}
                    <br />
                    <code className="muted">{entry.actorSubject}</code>
                  </>
                ),
              },
              { key: "kind", header: t("admin.audit.kind"), cell: (entry) => t(entry.actorKind === "partner" ? "admin.kind.partner" : "admin.kind.staff") },
              { key: "organization", header: t("admin.audit.organization"), cell: (entry) => entry.actorOrganization ?? "" },
              { key: "type", header: t("admin.audit.operationType"), cell: (entry) => (OPERATION_TYPES.includes(entry.operationType) ? t(`admin.type.${entry.operationType}` as LabelKey) : entry.operationType) },
              { key: "operation", header: t("admin.audit.operation"), cell: (entry) => entry.operationName ?? "—" },
              { key: "outcome", header: t("admin.audit.outcome"), cell: (entry) => <span data-outcome={entry.outcome ?? ""}>{outcome(entry)}</span> },
              { key: "errors", header: t("admin.audit.errors"), cell: (entry) => (entry.errorCodes ?? []).join(", ") },
              { key: "variables", header: t("admin.audit.variables"), cell: (entry) => <code className="variables">{variablesText(entry.variables)}</code> },
            ]}
          />
        </>
      ) : null}
    </Page>
  );
}
