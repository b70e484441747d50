import { saveFile } from "../../api/download";

/** Every cell quoted; a leading = + - @ is neutralised so a spreadsheet does not run it as a formula. */
function cell(value: string | number | null | undefined): string {
  const text = String(value ?? "");
  return `"${(/^[=+\-@]/.test(text) ? `'${text}` : text).replace(/"/g, '""')}"`;
}

/**
 * CSV for spreadsheets: CRLF lines and a UTF-8 byte-order mark, without which Excel reads the file as
 * ANSI and garbles ə, ı, ş, ğ (and Cyrillic).
 */
export function toCsv(rows: (string | number | null | undefined)[][]): string {
  return `\uFEFF${rows.map((row) => row.map(cell).join(",")).join("\r\n")}\r\n`;
}

export function download(fileName: string, csv: string): void {
  saveFile(fileName, new Blob([csv], { type: "text/csv;charset=utf-8" }));
}
