import type { ColumnDefinition } from "./columns";
import { message, type Message, type MessageParams, type MessageKey } from "./import-messages";
import type { Parsed } from "./cell-values";
import type { Table } from "./table-reader";

/** A problem at a row and column of the file (row 1 is the header; null for the file as a whole). */
export interface RowProblem {
  row: number | null;
  column: string | null;
  problem: Message;
}

/** Every problem an import finds, in the order found; a row is valid when none names it. */
export class ImportProblems {
  readonly list: RowProblem[] = [];
  private readonly invalidRows = new Set<number>();

  add(row: number | null, column: string | null, key: MessageKey | Message, params?: MessageParams): void {
    this.list.push({ row, column, problem: typeof key === "string" ? message(key, params) : key });
    if (row !== null) this.invalidRows.add(row);
  }

  isInvalid(row: number): boolean {
    return this.invalidRows.has(row);
  }

  get any(): boolean {
    return this.list.length > 0;
  }
}

/** One data row, its cells by column name. */
export class ImportRow {
  constructor(readonly row: number, private readonly cells: ReadonlyMap<string, string>) {}

  /** The cell's text, trimmed; "" when empty. */
  text(column: string): string {
    return this.cells.get(column) ?? "";
  }

  entries(): [string, string][] {
    return [...this.cells.entries()];
  }

  /** A parsed cell: its value, or undefined after recording the problem at this row and column. */
  read<T>(column: string, parsed: Parsed<T>, problems: ImportProblems): T | undefined {
    if ("problem" in parsed) {
      problems.add(this.row, column, parsed.problem);
      return undefined;
    }
    return parsed.value;
  }
}

const normalName = (name: string) => name.trim().toLowerCase();

/**
 * Matches row 1 against the columns: names as in the template, in any order (case and surrounding spaces
 * ignored). Every column must be there, so an empty cell always means "none" and never "keep what the hub
 * holds"; a missing column, a column the kind does not have, or a column twice is a problem at row 1.
 */
export function bindRows(table: Table, columns: readonly ColumnDefinition[], problems: ImportProblems): ImportRow[] {
  const known = new Map(columns.map((column) => [column.name, column]));
  const positions = new Map<string, number>();
  table.header.forEach((raw, index) => {
    const name = normalName(raw);
    if (name === "") return;
    if (!known.has(name)) problems.add(1, raw.trim(), "column_unknown", { columns: columns.map((c) => c.name).join(", ") });
    else if (positions.has(name)) problems.add(1, name, "column_repeated");
    else positions.set(name, index);
  });
  for (const column of columns) if (!positions.has(column.name)) problems.add(1, column.name, "column_missing");
  if (problems.any) return [];
  const width = table.header.length;
  return table.rows.map(({ row, cells }) => {
    cells.forEach((cell, index) => {
      if (cell !== "" && (index >= width || normalName(table.header[index]) === "")) problems.add(row, columnLetter(index), "cell_without_column");
    });
    return new ImportRow(row, new Map([...positions].map(([name, index]) => [name, cells[index] ?? ""])));
  });
}

/** A, B, … Z, AA: how Excel names the column at a 0-based index. */
export function columnLetter(index: number): string {
  let name = "";
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

/**
 * Reports every row after the first that repeats a key (the same reference twice in one file): each key
 * must name one record.
 */
export function checkRepeated(rows: readonly ImportRow[], column: string, keyOf: (row: ImportRow) => string | undefined, shown: (row: ImportRow) => string, problems: ImportProblems): void {
  const first = new Map<string, number>();
  for (const row of rows) {
    const key = keyOf(row);
    if (key === undefined) continue;
    const seen = first.get(key);
    if (seen === undefined) first.set(key, row.row);
    else problems.add(row.row, column, "repeated_in_file", { value: shown(row), row: seen });
  }
}
