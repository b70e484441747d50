import type { ReactNode } from "react";
import type { ApiError } from "../api/api-error";
import { describeError } from "../app/errors";
import { useI18n } from "../i18n/language";

export function Loading() {
  const { t } = useI18n();
  return (
    <p className="muted" role="status">
      {t("loading")}
    </p>
  );
}

export function ErrorMessage({ error, id }: { error: ApiError | string; id?: string }) {
  const i18n = useI18n();
  return (
    <p className="error" role="alert" id={id}>
      {typeof error === "string" ? error : describeError(error, i18n)}
    </p>
  );
}

export function Notice({ children, id }: { children: ReactNode; id?: string }) {
  return (
    <p className="ok" role="status" id={id}>
      {children}
    </p>
  );
}

/** A page whose record does not exist (or the caller may not see). */
export function NotFound({ what }: { what: string }) {
  const { t } = useI18n();
  return (
    <section>
      <h1>{t("notFound")}</h1>
      <p className="error" role="alert">
        {what}
      </p>
    </section>
  );
}

export interface ConflictRow {
  label: string;
  yours: ReactNode;
  current: ReactNode;
}

/**
 * A stale edit: nothing was saved. Shows what this tab sent beside what the record holds now, so the user
 * decides again; "use the current version" reloads the form from the server.
 */
export function ConflictPanel({ rows, onUseCurrent, currentVersion }: { rows: ConflictRow[]; onUseCurrent(): void; currentVersion?: number }) {
  const { t } = useI18n();
  return (
    <div className="conflict" role="alert" id="conflict">
      <p>
        <strong>{t("conflict.title")}</strong> {t("conflict.explain")}
        {currentVersion !== undefined ? ` (${t("conflict.version", { version: currentVersion })})` : null}
      </p>
      <table>
        <thead>
          <tr>
            <th scope="col">{t("conflict.field")}</th>
            <th scope="col">{t("conflict.yours")}</th>
            <th scope="col">{t("conflict.current")}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.label} className={String(row.yours) === String(row.current) ? undefined : "changed"}>
              <th scope="row">{row.label}</th>
              <td className="conflict-yours">{row.yours}</td>
              <td className="conflict-current">{row.current}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p>
        <button type="button" onClick={onUseCurrent} id="use-current">
          {t("conflict.useCurrent")}
        </button>
      </p>
    </div>
  );
}

/** A page this session may not open: says why, and the page asks the server nothing. */
export function AccessRefused({ id, title, message }: { id: string; title: string; message: string }) {
  return (
    <section className="page" id={id}>
      <h1>{title}</h1>
      <p className="error" role="alert">
        {message}
      </p>
    </section>
  );
}
