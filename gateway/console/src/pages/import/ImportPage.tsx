import { useEffect, useMemo, useState, type FormEvent } from "react";
import { ApiError } from "../../api/api-error";
import { describeError } from "../../app/errors";
import { Page } from "../../app/page";
import { useSession } from "../../app/session";
import { DataTable } from "../../components/DataTable";
import { CheckboxField, Field, SelectField } from "../../components/fields";
import { ErrorMessage, Notice } from "../../components/messages";
import { useI18n } from "../../i18n/language";
import type { LabelKey, Lang } from "../../i18n/types";
import { downloadTemplate, IMPORT_KINDS, sendImport, type ImportKind, type ImportProblem, type ImportResult } from "./import-client";

type PreviewRow = NonNullable<ImportResult["preview"]>[number];

interface Checked {
  result: ImportResult;
  /** What was checked: applying sends the same file of the same kind, or nothing. */
  kind: ImportKind;
  file: File;
  lang: Lang;
}

const kindLabel = (kind: ImportKind) => `import.kind.${kind}` as LabelKey;
const kindHint = (kind: ImportKind) => `import.kindHint.${kind}` as LabelKey;
const actionLabel = (action: PreviewRow["action"]) => `import.action.${action}` as LabelKey;

/**
 * Officer: bring a register in from a spreadsheet. The file is checked first (a dry run): every row with
 * what would happen to it, each problem at its row and column in the user's language; only a file without
 * problems can be applied, and applying sends that same file. Templates come from the same columns.
 */
export function ImportPage() {
  const i18n = useI18n();
  const { t } = i18n;
  const session = useSession();
  const [kind, setKind] = useState<ImportKind>("mla-requests");
  const [file, setFile] = useState<File | null>(null);
  const [fileError, setFileError] = useState<string>();
  const [checked, setChecked] = useState<Checked | null>(null);
  const [applied, setApplied] = useState<ImportResult | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [running, setRunning] = useState(false);

  const run = async (dryRun: boolean, what: { kind: ImportKind; file: File }) => {
    setRunning(true);
    setFailure(null);
    try {
      const result = await sendImport(what.kind, what.file, { dryRun, lang: i18n.lang, credential: session.credential });
      if (dryRun) {
        setChecked({ result, kind: what.kind, file: what.file, lang: i18n.lang });
        setApplied(null);
      } else if (result.errors.length) {
        // Something changed between the check and the apply (a record edited meanwhile): show it as a check.
        setChecked({ result, kind: what.kind, file: what.file, lang: i18n.lang });
      } else {
        setApplied(result);
        setChecked(null);
      }
    } catch (caught) {
      const error = caught instanceof ApiError ? caught : new ApiError([{ message: String(caught) }], 0);
      if (error.code === "UNAUTHENTICATED") session.signOut("expired");
      setFailure(describeError(error, i18n));
    } finally {
      setRunning(false);
    }
  };

  // The problems are written in the language of the check: another language asks for them again.
  useEffect(() => {
    if (checked && checked.lang !== i18n.lang && !running) void run(true, checked);
  }, [i18n.lang]); // only a change of language asks again, not every new check

  const check = (event: FormEvent) => {
    event.preventDefault();
    if (!file) return setFileError(t("import.chooseFile"));
    setFileError(undefined);
    void run(true, { kind, file });
  };
  const download = (format: "xlsx" | "csv") => downloadTemplate(kind, format, session.credential).catch((error: unknown) => setFailure(error instanceof ApiError ? describeError(error, i18n) : String(error)));

  return (
    <Page title={t("nav.import")}>
      <p className="muted">{t("import.intro")}</p>
      <form className="card form-grid" id="import-form" onSubmit={check} noValidate>
        <SelectField
          id="import-kind"
          label={t("import.kind")}
          value={kind}
          onChange={(value) => {
            setKind(value as ImportKind);
            setChecked(null);
          }}
          hint={t(kindHint(kind))}
          options={IMPORT_KINDS.map((k) => ({ value: k, label: t(kindLabel(k)) }))}
        />
        <Field id="import-file" label={t("import.file")} error={fileError} hint={t("import.fileHint")} required>
          {(control) => (
            <input
              {...control}
              type="file"
              accept=".xlsx,.csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv"
              onChange={(event) => {
                setFile(event.target.files?.[0] ?? null);
                setChecked(null);
                setApplied(null);
              }}
            />
          )}
        </Field>
        <div className="form-actions wide">
          <button className="primary" type="submit" id="import-check" disabled={running}>
            {t("import.check")}
          </button>
          <button type="button" id="template-xlsx" onClick={() => void download("xlsx")}>
            {t("import.templateXlsx")}
          </button>
          <button type="button" id="template-csv" onClick={() => void download("csv")}>
            {t("import.templateCsv")}
          </button>
        </div>
      </form>
      {running ? (
        <p className="muted" role="status" id="import-running">
          {t("import.running")}
        </p>
      ) : null}
      {failure ? <ErrorMessage error={failure} id="import-failure" /> : null}
      {applied ? (
        <Notice id="import-result">
          {t("import.applied", { kind: t(kindLabel(applied.kind)), created: applied.created, updated: applied.updated, unchanged: applied.unchanged })}
        </Notice>
      ) : null}
      {checked ? <CheckedFile checked={checked} running={running} onApply={() => void run(false, checked)} /> : null}
    </Page>
  );
}

/** The result of a check: counts, the file's own problems, each row with its problems at their columns. */
function CheckedFile({ checked, running, onApply }: { checked: Checked; running: boolean; onApply(): void }) {
  const i18n = useI18n();
  const { t } = i18n;
  const { result } = checked;
  const [onlyProblems, setOnlyProblems] = useState(result.errors.length > 0);
  const byCell = useMemo(() => {
    const map = new Map<string, ImportProblem[]>();
    for (const problem of result.errors) {
      const key = `${problem.row ?? ""}:${problem.column ?? ""}`;
      map.set(key, [...(map.get(key) ?? []), problem]);
    }
    return map;
  }, [result.errors]);
  const preview = result.preview ?? [];
  const columns = Object.keys(preview[0]?.cells ?? {});
  // Problems no cell of a data row holds: the whole file, the header (row 1), or a row's whole line.
  const general = result.errors.filter((p) => p.row === null || p.row === 1 || !p.column || !columns.includes(p.column));
  const rows = onlyProblems ? preview.filter((row) => row.action === "INVALID") : preview;
  const problemId = (row: number, column: string, index: number) => `problem-${row}-${column}-${index}`;
  return (
    <section aria-labelledby="import-check-title" id="import-check-result">
      <h2 id="import-check-title">{t("import.checkedTitle", { file: checked.file.name })}</h2>
      <p id="import-summary" className={result.errors.length ? "error" : "ok"} role="status">
        {result.errors.length
          ? t("import.summaryProblems", { rows: result.rows, problems: result.errors.length })
          : t("import.summaryOk", { rows: result.rows, created: result.created, updated: result.updated, unchanged: result.unchanged })}
      </p>
      {general.length ? (
        <ul className="import-problems" id="import-general-problems">
          {general.map((problem, index) => (
            <li key={index} data-row={problem.row ?? ""} data-column={problem.column ?? ""}>
              {problem.row ? `${t("import.row")} ${problem.row}` : t("import.wholeFile")}
              {problem.column ? ` · ${problem.column}` : ""}: {problem.message}
            </li>
          ))}
        </ul>
      ) : null}
      {result.errors.length === 0 ? (
        <p>
          <button className="primary" type="button" id="import-apply" onClick={onApply} disabled={running}>
            {t("import.apply", { rows: result.rows })}
          </button>
        </p>
      ) : (
        <p className="muted">{t("import.fixAndRetry")}</p>
      )}
      {preview.length ? (
        <>
          {result.errors.length ? <CheckboxField id="import-only-problems" label={t("import.onlyProblems")} checked={onlyProblems} onChange={setOnlyProblems} /> : null}
          <DataTable<PreviewRow>
            id="import-preview"
            label={t("import.preview")}
            rows={rows}
            rowKey={(row) => String(row.row)}
            pageSize={25}
            columns={[
              { key: "row", header: t("import.row"), numeric: true, cell: (row) => row.row, sortValue: (row) => row.row },
              {
                key: "action",
                header: t("import.actionColumn"),
                nowrap: true,
                cell: (row) => <span className={`tag action-${row.action.toLowerCase()}`}>{t(actionLabel(row.action))}</span>,
                sortValue: (row) => row.action,
              },
              ...columns.map((column) => ({
                key: column,
                header: column,
                cell: (row: PreviewRow) => {
                  const problems = byCell.get(`${row.row}:${column}`) ?? [];
                  if (!problems.length) return row.cells[column] || "";
                  return (
                    <span className="cell-problem" data-row={row.row} data-column={column} aria-describedby={problems.map((_, i) => problemId(row.row, column, i)).join(" ")}>
                      <span className="cell-value">{row.cells[column] || "—"}</span>
                      {problems.map((problem, i) => (
                        <span key={i} className="cell-message" id={problemId(row.row, column, i)}>
                          {problem.message}
                        </span>
                      ))}
                    </span>
                  );
                },
              })),
            ]}
          />
        </>
      ) : null}
    </section>
  );
}
