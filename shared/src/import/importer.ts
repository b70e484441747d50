import type { DataSource } from "typeorm";
import type { Identity } from "../auth/identity";
import { PeerUnavailableError, type SubgraphPeers } from "../subgraph/peers";
import type { ColumnDefinition } from "./columns";
import type { ImportKind } from "./import-kinds";
import { message, render, type Language, type MessageKey } from "./import-messages";
import { bindRows, ImportProblems, type ImportRow } from "./import-table";
import { readTable, TableReadError } from "./table-reader";

/** What importing a row does (or, in a dry run, would do). */
export type RowAction = "CREATE" | "UPDATE" | "UNCHANGED";

export interface ImportContext {
  dryRun: boolean;
  identity: Identity;
  db: DataSource;
  peers: SubgraphPeers;
}

/**
 * One kind of import, defined by the aggregate that owns the records: its columns, and `import`, which
 * checks every row with the same rules as the API and, when all are valid and this is not a dry run,
 * writes them in one transaction. It records problems instead of throwing, so every row is checked.
 */
export interface TableImporter {
  kind: ImportKind;
  columns: readonly ColumnDefinition[];
  import(rows: ImportRow[], context: ImportContext, problems: ImportProblems): Promise<Map<number, RowAction>>;
}

/** Thrown by an importer when the database moved under it (a concurrent edit): the transaction rolls back. */
export class ChangedWhileImportingError extends Error {}

export interface ImportError {
  row: number | null;
  column: string | null;
  message: string;
  /** The message's key: the same in every language, for programs. */
  code: MessageKey;
}

export interface PreviewRow {
  row: number;
  action: RowAction | "INVALID";
  cells: Record<string, string>;
}

/**
 * The answer of an import. `created`, `updated`, `unchanged` count what happened (or would happen, in a dry
 * run): all zero when any row is invalid, since then nothing is written. A dry run also returns `preview`,
 * every row with its cells and action, so a screen can show the file with each problem at its place.
 */
export interface ImportResult {
  kind: ImportKind;
  dryRun: boolean;
  rows: number;
  created: number;
  updated: number;
  unchanged: number;
  errors: ImportError[];
  preview?: PreviewRow[];
}

export async function runImport(importer: TableImporter, file: Buffer, context: ImportContext & { language: Language }): Promise<ImportResult> {
  const problems = new ImportProblems();
  let rows: ImportRow[] = [];
  let actions = new Map<number, RowAction>();
  try {
    rows = bindRows(await readTable(file, { sheet: importer.kind }), importer.columns, problems);
    if (!problems.any) actions = await importer.import(rows, context, problems);
  } catch (error) {
    if (error instanceof TableReadError) problems.add(error.row, null, error.problem);
    else if (error instanceof ChangedWhileImportingError) problems.add(null, null, "changed_while_importing");
    else if (error instanceof PeerUnavailableError) problems.add(null, null, message("service_unavailable", { service: error.subgraph }));
    else throw error;
  }
  const count = (action: RowAction) => (problems.any ? 0 : [...actions.values()].filter((a) => a === action).length);
  const result: ImportResult = {
    kind: importer.kind,
    dryRun: context.dryRun,
    rows: rows.length,
    created: count("CREATE"),
    updated: count("UPDATE"),
    unchanged: count("UNCHANGED"),
    // By row, then in the order of the columns (as a user reads the sheet).
    errors: [...problems.list]
      .sort((a, b) => (a.row ?? 0) - (b.row ?? 0) || columnOrder(importer, a.column) - columnOrder(importer, b.column))
      .map(({ row, column, problem }) => ({ row, column, message: render(problem, context.language), code: problem.key })),
  };
  if (context.dryRun) {
    result.preview = rows.map((row) => ({
      row: row.row,
      action: problems.isInvalid(row.row) ? "INVALID" : (actions.get(row.row) ?? "INVALID"),
      cells: Object.fromEntries(row.entries()),
    }));
  }
  return result;
}

function columnOrder(importer: TableImporter, column: string | null): number {
  const index = importer.columns.findIndex((c) => c.name === column);
  return index < 0 ? importer.columns.length : index;
}
