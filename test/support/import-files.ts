import ExcelJS from "exceljs";
import type { TestHub } from "./test-hub";

/** A sheet as the test writes it: the header, then rows of cells (a Date becomes an Excel date cell). */
export interface Sheet {
  header: string[];
  rows: (string | number | Date)[][];
}

export type Register = Record<"cases" | "mla-requests" | "outcomes", Sheet>;

export interface ImportAnswer {
  kind: string;
  dryRun: boolean;
  rows: number;
  created: number;
  updated: number;
  unchanged: number;
  errors: { row: number | null; column: string | null; message: string; code: string }[];
  preview?: { row: number; action: string; cells: Record<string, string> }[];
}

/** Writes sheets into one .xlsx workbook with exceljs, the library the hub reads it with. */
export async function workbook(sheets: Record<string, Sheet>): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  for (const [name, sheet] of Object.entries(sheets)) {
    const worksheet = book.addWorksheet(name);
    worksheet.addRow(sheet.header);
    for (const row of sheet.rows) {
      const added = worksheet.addRow(row);
      row.forEach((cell, i) => {
        if (cell instanceof Date) added.getCell(i + 1).numFmt = "dd.mm.yyyy";
      });
    }
  }
  return Buffer.from(await book.xlsx.writeBuffer());
}

/** CSV as Excel in the az and ru locales saves it: `;` between cells, UTF-8 with a byte-order mark. */
export function csv(sheet: Sheet, separator = ";"): Buffer {
  const quote = (cell: string | number | Date) => {
    const text = cell instanceof Date ? cell.toISOString().slice(0, 10) : String(cell);
    return /[";\n,]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  };
  return Buffer.from(`\ufeff${[sheet.header, ...sheet.rows].map((row) => row.map(quote).join(separator)).join("\r\n")}\r\n`, "utf8");
}

/** POST /import/:kind through the gateway, as an officer unless headers say otherwise. */
export async function postImport(
  hub: TestHub,
  kind: string,
  file: Buffer,
  options: { dryRun?: boolean; lang?: string; headers?: Record<string, string>; fileName?: string } = {},
): Promise<{ status: number; body: ImportAnswer }> {
  const form = new FormData();
  form.append("file", new Blob([file]), options.fileName ?? `${kind}.xlsx`);
  const headers = options.headers ?? { authorization: `Bearer ${await hub.token("officer", "Import Officer")}` };
  const response = await fetch(`${hub.gatewayOrigin}/import/${kind}?dryRun=${options.dryRun ?? false}`, {
    method: "POST",
    headers: { ...headers, ...(options.lang ? { "accept-language": options.lang } : {}) },
    body: form,
  });
  return { status: response.status, body: (await response.json()) as ImportAnswer };
}

const COUNTRIES = ["TR", "Türkiyə", "Russian Federation", "Россия", "ge", "Gürcüstan", "Ukraine", "Казахстан", "AE", "Birləşmiş Ərəb Əmirliyi", "Turkiye"];
/** Agreements by id, by exact title in another case, reciprocity in three languages, and not stated. */
const BASES = [
  "cis-legal-assistance-convention",
  "mdb-nin iştirakçısı olan dövlətlərin mülki, ailə və cinayət işləri üzrə hüquq münasibətləri və hüquqi yardım haqqında konvensiyası",
  "az-tr-cooperation",
  "bsec-combating-crime",
  "RECIPROCITY",
  "",
  "az-ge-tr-terrorism-organised-crime",
  "взаимность",
];
const INCOMING = ["EXECUTED", "EXECUTED", "PARTIALLY_EXECUTED", "REFUSED", "IN_PROGRESS", "RECEIVED", "WITHDRAWN", "ADDITIONAL_INFO_REQUESTED"];
const OUTGOING = ["EXECUTED", "SENT", "DRAFT", "REFUSED", "PARTIALLY_EXECUTED", "IN_PROGRESS"];
/** Refusal grounds as registers write them: a code, a name in az, en or ru as the console shows it, or none (words only: OTHER). */
const REFUSAL_GROUNDS = ["NO_DUAL_CRIMINALITY", "İkili cinayətkarlıq yoxdur", "", "insufficient information", "Отсутствие двойной преступности", "Political offence"];
const FINAL = new Set(["EXECUTED", "PARTIALLY_EXECUTED", "REFUSED", "WITHDRAWN"]);
const KINDS = ["SUSPECTS_ARRESTED", "VICTIMS_IDENTIFIED", "CONVICTIONS", "VICTIMS_ASSISTED", "INDICTMENTS", "ASSETS_SEIZED"];

const day = (offset: number) => new Date(Date.UTC(2015, 0, 1) + offset * 86_400_000);
const iso = (date: Date) => date.toISOString().slice(0, 10);
const dotted = (date: Date) => `${iso(date).slice(8, 10)}.${iso(date).slice(5, 7)}.${iso(date).slice(0, 4)}`;
const pad = (n: number, width: number) => String(n).padStart(width, "0");

export const caseReference = (index: number) => `IMP-C-${pad(index + 1, 2)}`;
export const requestReference = (i: number) => `IMP-R-${pad(i, 3)}`;
/** Every tenth request serves no case; the others serve case (i - 1) mod cases. */
export const caseOfRequest = (i: number, cases: number) => (i % 10 === 0 ? undefined : (i - 1) % cases);

/**
 * A register as the department might keep it: `cases` cases, `requests` requests in every direction and
 * status (dates in both written forms and as Excel dates; countries by code and by name in three languages;
 * agreements by id and by title; refusal grounds by code, by name in three languages, or in words only), and
 * `outcomes` results credited to requests serving their case.
 */
export function register(counts: { cases: number; requests: number; outcomes: number }): Register {
  const cases: Sheet = { header: ["reference", "articles", "opened_on", "summary", "victim_details", "internal_notes"], rows: [] };
  for (let c = 0; c < counts.cases; c++) {
    cases.rows.push([caseReference(c), c % 2 ? "144-1; 144-2" : "144-1", c % 3 ? dotted(day(c * 20)) : iso(day(c * 20)), `Summary ${c}`, c % 4 ? "" : `Victim V${c}`, ""]);
  }
  const requests: Sheet = {
    header: ["reference", "direction", "counterpart_country", "counterpart_authority", "legal_basis_agreement", "case_reference", "assistance_types",
      "priority", "status", "opened_on", "due_on", "closed_on", "refusal_ground", "refusal_ground_code"],
    rows: [],
  };
  let refusals = 0;
  for (let i = 1; i <= counts.requests; i++) {
    const outgoing = i % 3 === 0;
    const statuses = outgoing ? OUTGOING : INCOMING;
    const status = statuses[Math.floor(i / 3) % statuses.length];
    const opened = day(300 + i * 13);
    const caseIndex = caseOfRequest(i, counts.cases);
    const openedCell = status === "DRAFT" ? "" : i % 4 === 0 ? opened : i % 2 ? iso(opened) : dotted(opened);
    requests.rows.push([
      requestReference(i),
      outgoing ? "OUTGOING" : i % 7 === 0 ? "incoming" : "INCOMING",
      COUNTRIES[i % COUNTRIES.length],
      i % 5 === 0 ? "" : `Prosecutor's office ${i % 11}`,
      BASES[i % BASES.length],
      caseIndex === undefined ? "" : caseReference(caseIndex),
      i % 2 ? "EVIDENCE; WITNESS_VICTIM_INTERVIEW" : "identification",
      ["", "HIGH", "low", "URGENT"][i % 4],
      status,
      openedCell,
      status === "DRAFT" ? "" : iso(day(300 + i * 13 + 60)),
      FINAL.has(status) && status !== "DRAFT" ? dotted(day(300 + i * 13 + 30 + (i % 40))) : "",
      status === "REFUSED" ? "Dual criminality not met" : "",
      status === "REFUSED" ? REFUSAL_GROUNDS[refusals++ % REFUSAL_GROUNDS.length] : "",
    ]);
  }
  const outcomes: Sheet = { header: ["case_reference", "kind", "recorded_on", "quantity", "request_references", "note"], rows: [] };
  for (let j = 0; j < counts.outcomes; j++) {
    const caseIndex = j % counts.cases;
    const serving = [];
    for (let i = 1; i <= counts.requests && serving.length < 2; i++) if (caseOfRequest(i, counts.cases) === caseIndex) serving.push(requestReference(i));
    const kind = KINDS[j % KINDS.length];
    outcomes.rows.push([caseReference(caseIndex), kind, iso(day(2000 + j)), kind === "ASSETS_SEIZED" ? "1500,50" : 1 + (j % 4), serving.join("; "), j % 5 ? "" : "note"]);
  }
  return { cases, "mla-requests": requests, outcomes };
}
