import ExcelJS from "exceljs";
import { message, type Message } from "./import-messages";

/** A spreadsheet as the importers see it: the header and the data rows, every cell as text. */
export interface Table {
  header: string[];
  rows: TableRow[];
}

export interface TableRow {
  /** The row number the user sees in Excel (row 1 is the header). */
  row: number;
  cells: string[];
}

/** Most rows one import reads: 10 000 take seconds, the limit keeps a hostile file from taking the service. */
export const MAX_IMPORT_ROWS = 50_000;

/** The file cannot be read as a table at all; `row` when the problem is in one place. */
export class TableReadError extends Error {
  constructor(readonly problem: Message, readonly row: number | null = null) {
    super(problem.key);
  }
}

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0];
const startsWith = (bytes: Buffer, magic: number[]) => magic.every((byte, i) => bytes[i] === byte);

/**
 * Reads an .xlsx workbook (exceljs) or CSV text. The format is told by the bytes, not the file name: an
 * .xlsx is a ZIP archive. From a workbook, the sheet named `sheet` (the import kind) is read if there is
 * one, else the first sheet.
 */
export async function readTable(bytes: Buffer, options: { sheet?: string } = {}): Promise<Table> {
  if (startsWith(bytes, OLE)) throw new TableReadError(message("file_old_xls"));
  const table = startsWith(bytes, ZIP) ? await readWorkbook(bytes, options.sheet) : readCsv(decodeText(bytes));
  if (table.header.every((name) => name === "")) throw new TableReadError(message("file_no_header"));
  if (table.rows.length > MAX_IMPORT_ROWS) throw new TableReadError(message("file_too_many_rows", { count: table.rows.length, max: MAX_IMPORT_ROWS }));
  return table;
}

async function readWorkbook(bytes: Buffer, sheetName: string | undefined): Promise<Table> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  } catch {
    throw new TableReadError(message("file_unreadable"));
  }
  const sheet = (sheetName && workbook.getWorksheet(sheetName)) || workbook.worksheets[0];
  if (!sheet) throw new TableReadError(message("file_no_header"));
  const rows: TableRow[] = [];
  let header: string[] | undefined;
  sheet.eachRow({ includeEmpty: false }, (row) => {
    const values = row.values as ExcelJS.CellValue[];
    const cells: string[] = [];
    // row.values is 1-based: index 0 is always empty.
    for (let column = 1; column < values.length; column++) cells.push(cellText(values[column]));
    if (cells.every((cell) => cell === "")) return;
    if (row.number === 1) header = cells;
    else rows.push({ row: row.number, cells });
  });
  if (!header) throw new TableReadError(message("file_no_header"));
  return { header, rows };
}

const pad = (n: number) => String(n).padStart(2, "0");

/** A cell's value as the user sees it: dates as YYYY-MM-DD, formulas by their result, rich text as text. */
export function cellText(value: ExcelJS.CellValue | undefined): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "string") return value.trim();
  if (typeof value === "number") return String(value);
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  // exceljs turns a date-formatted cell's serial number into a Date at midnight UTC.
  if (value instanceof Date) return `${value.getUTCFullYear()}-${pad(value.getUTCMonth() + 1)}-${pad(value.getUTCDate())}`;
  if ("richText" in value) return value.richText.map((part) => part.text).join("").trim();
  if ("formula" in value || "sharedFormula" in value) return cellText((value as ExcelJS.CellFormulaValue).result as ExcelJS.CellValue);
  if ("hyperlink" in value) return String((value as ExcelJS.CellHyperlinkValue).text ?? "").trim();
  if ("error" in value) return String(value.error);
  return "";
}

/** UTF-8 with or without a byte-order mark; UTF-16 when it starts with one (Excel's "Unicode text"). */
function decodeText(bytes: Buffer): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder("utf-16le").decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder("utf-16be").decode(bytes.subarray(2));
  try {
    return new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw new TableReadError(message("file_not_utf8"));
  }
}

/**
 * The separator is the one of `,` `;` and tab that occurs most in the header line outside quotes: Excel writes
 * `;` where the decimal mark is a comma (the az and ru locales) and `,` elsewhere.
 */
export function detectSeparator(text: string): string {
  const counts = new Map<string, number>([[",", 0], [";", 0], ["\t", 0]]);
  let quoted = false;
  for (const char of text) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && (char === "\n" || char === "\r")) break;
    else if (!quoted && counts.has(char)) counts.set(char, counts.get(char)! + 1);
  }
  return [...counts.entries()].reduce((best, entry) => (entry[1] > best[1] ? entry : best))[0];
}

/**
 * RFC 4180 records: cells may be quoted, a quote inside a quoted cell is doubled, a quoted cell may hold
 * separators and line breaks; lines end with CRLF, LF or CR. A record's row number counts records (as Excel
 * numbers rows when it opens the file), not physical lines.
 */
export function readCsv(text: string): Table {
  const separator = detectSeparator(text);
  const records: string[][] = [];
  let record: string[] = [];
  let cell = "";
  let quoted = false;
  let quoteStartRecord = 0;
  let cellStarted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (quoted) {
      if (char !== '"') cell += char;
      else if (text[i + 1] === '"') {
        cell += '"';
        i++;
      } else quoted = false;
      continue;
    }
    if (char === '"' && !cellStarted) {
      quoted = true;
      cellStarted = true;
      quoteStartRecord = records.length + 1;
    } else if (char === separator) {
      record.push(cell);
      cell = "";
      cellStarted = false;
    } else if (char === "\n" || char === "\r") {
      if (char === "\r" && text[i + 1] === "\n") i++;
      record.push(cell);
      records.push(record);
      record = [];
      cell = "";
      cellStarted = false;
    } else {
      // A quote inside an unquoted cell is kept as it is (lenient, as Excel is).
      cell += char;
      cellStarted = true;
    }
  }
  if (quoted) throw new TableReadError(message("file_unclosed_quote"), quoteStartRecord);
  if (cellStarted || cell !== "" || record.length > 0) {
    record.push(cell);
    records.push(record);
  }
  const numbered = records.map((cells, index) => ({ row: index + 1, cells: cells.map((c) => c.trim()) }));
  const first = numbered.find((r) => r.cells.some((c) => c !== ""));
  if (!first || first.row !== 1) throw new TableReadError(message("file_no_header"));
  return { header: first.cells, rows: numbered.slice(1).filter((r) => r.cells.some((c) => c !== "")) };
}
