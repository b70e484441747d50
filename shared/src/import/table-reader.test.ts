import ExcelJS from "exceljs";
import { cellText, detectSeparator, readCsv, readTable, TableReadError } from "./table-reader";

describe("reading CSV (RFC 4180)", () => {
  it("takes the separator Excel wrote: `;` in the az and ru locales, `,` elsewhere, tab for Unicode text", () => {
    expect(detectSeparator("reference;direction;status\r\nA;B;C")).toBe(";");
    expect(detectSeparator("reference,direction\nA,B")).toBe(",");
    expect(detectSeparator("reference\tdirection\n")).toBe("\t");
    expect(detectSeparator('"a;b",c,d\n')).toBe(",");
  });

  it("reads quoted cells with separators, doubled quotes and line breaks, numbering rows as Excel does", () => {
    const table = readCsv('reference;summary\r\nC-1;"one; two ""quoted""\r\nsecond line"\r\n\r\nC-2;plain\r\n');
    expect(table.header).toEqual(["reference", "summary"]);
    expect(table.rows).toEqual([
      { row: 2, cells: ["C-1", 'one; two "quoted"\r\nsecond line'] },
      { row: 4, cells: ["C-2", "plain"] },
    ]);
  });

  it("keeps a last line without a line break, and refuses a quote never closed, naming its row", () => {
    expect(readCsv("a,b\n1,2").rows).toEqual([{ row: 2, cells: ["1", "2"] }]);
    expect(() => readCsv('a,b\n1,"open\n2,3\n')).toThrow(TableReadError);
    try {
      readCsv('a,b\n1,2\n3,"open\n');
    } catch (error) {
      expect((error as TableReadError).row).toBe(3);
    }
  });

  it("accepts UTF-8 with or without a byte-order mark, and UTF-16 with one", async () => {
    const text = "reference,direction\nАЗ-1,INCOMING\n";
    for (const bytes of [Buffer.from(text), Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, "utf16le")])]) {
      expect((await readTable(bytes)).rows).toEqual([{ row: 2, cells: ["АЗ-1", "INCOMING"] }]);
    }
    await expect(readTable(Buffer.from([0x41, 0x0a, 0xe9, 0x0a]))).rejects.toMatchObject({ problem: { key: "file_not_utf8" } });
  });
});

describe("reading .xlsx (exceljs)", () => {
  it("reads the sheet named after the kind, or the first one, with dates, formulas and rich text as text", async () => {
    const book = new ExcelJS.Workbook();
    book.addWorksheet("notes").addRow(["whatever"]);
    const sheet = book.addWorksheet("cases");
    sheet.addRow(["reference", "opened_on", "total", "summary"]);
    sheet.addRow(["C-1", new Date(Date.UTC(2024, 2, 15)), { formula: "1+1", result: 2 }, { richText: [{ text: "bold " }, { text: "part" }] }]);
    sheet.addRow([]);
    sheet.addRow(["C-2", "15.03.2024", 3, ""]);
    const bytes = Buffer.from(await book.xlsx.writeBuffer());
    expect(await readTable(bytes, { sheet: "cases" })).toEqual({
      header: ["reference", "opened_on", "total", "summary"],
      rows: [{ row: 2, cells: ["C-1", "2024-03-15", "2", "bold part"] }, { row: 4, cells: ["C-2", "15.03.2024", "3", ""] }],
    });
    expect((await readTable(bytes, { sheet: "outcomes" })).header).toEqual(["whatever"]);
  });

  it("turns every kind of cell into the text a user sees", () => {
    expect(cellText(null)).toBe("");
    expect(cellText(true)).toBe("TRUE");
    expect(cellText({ text: "link", hyperlink: "https://x" })).toBe("link");
    expect(cellText({ error: "#N/A" } as ExcelJS.CellErrorValue)).toBe("#N/A");
  });
});
