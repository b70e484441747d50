import ExcelJS from "exceljs";
import type { ColumnDefinition } from "./columns";
import { LANGUAGES } from "./import-messages";

export type TemplateFormat = "csv" | "xlsx";

/** exceljs validates ranges at run time; its type declarations only know single cells. */
interface RangeValidations {
  dataValidations: { add(range: string, validation: ExcelJS.DataValidation): void };
}

/** Rows of the .xlsx template that offer the drop-down lists of allowed values. */
const LIST_ROWS = 5000;

/**
 * The template of an import kind, written from the same column definitions the importer reads: CSV is the
 * header row (UTF-8 with a byte-order mark, so Excel opens it as UTF-8); .xlsx has the header on a sheet
 * named after the kind, drop-down lists for coded columns, date columns as text, and a `help` sheet saying
 * what each column holds, in Azerbaijani, English and Russian.
 */
export async function writeTemplate(kind: string, columns: readonly ColumnDefinition[], format: TemplateFormat): Promise<Buffer> {
  if (format === "csv") return Buffer.from(`\ufeff${columns.map((c) => c.name).join(",")}\r\n`, "utf8");
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Cooperation Hub";
  const sheet = workbook.addWorksheet(kind, { views: [{ state: "frozen", ySplit: 1 }] });
  sheet.columns = columns.map((column) => ({ header: column.name, key: column.name, width: Math.max(14, column.name.length + 4) }));
  sheet.getRow(1).font = { bold: true };
  columns.forEach((column, index) => {
    const letter = sheet.getColumn(index + 1).letter;
    if (column.date) sheet.getColumn(index + 1).numFmt = "@";
    if (column.values && !column.multiple) {
      // A list formula is limited to 255 characters; longer lists are in the help sheet only.
      const list = `"${column.values.join(",")}"`;
      if (list.length <= 255) {
        (sheet as unknown as RangeValidations).dataValidations.add(`${letter}2:${letter}${LIST_ROWS}`, { type: "list", allowBlank: !column.required, formulae: [list], showErrorMessage: false });
      }
    }
  });
  const help = workbook.addWorksheet("help");
  help.columns = [
    { header: "column", key: "column", width: 24 },
    { header: "required", key: "required", width: 10 },
    ...LANGUAGES.map((language) => ({ header: language, key: language, width: 60 })),
    { header: "values", key: "values", width: 40 },
    { header: "example", key: "example", width: 30 },
  ];
  help.getRow(1).font = { bold: true };
  for (const column of columns) {
    help.addRow({ column: column.name, required: column.required ? "yes" : "", ...column.meaning, values: column.values?.join(", ") ?? "", example: column.example });
  }
  help.eachRow((row) => (row.alignment = { wrapText: true, vertical: "top" }));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
