import ExcelJS from "exceljs";

/**
 * The import section of `npm run bench`: BENCH_IMPORT_ROWS (default 10 000) MLA requests sent through the
 * gateway's POST /import/mla-requests as .xlsx and as CSV, each timed as a dry run, an import that creates
 * every request, and a re-import that finds every row unchanged. Seconds, side by side; the issue asks ≤ 30 s.
 */
const ROWS = Number(process.env.BENCH_IMPORT_ROWS ?? 10_000);
const HEADER = ["reference", "direction", "counterpart_country", "counterpart_authority", "legal_basis_agreement", "case_reference",
  "assistance_types", "priority", "status", "opened_on", "due_on", "closed_on", "refusal_ground", "refusal_ground_code"];
const COUNTRIES = ["TR", "Türkiyə", "Russian Federation", "Россия", "GE", "Ukraine", "Казахстан", "AE"];
const BASES = ["cis-legal-assistance-convention", "az-tr-cooperation", "bsec-combating-crime", "RECIPROCITY", "", "az-ge-tr-terrorism-organised-crime"];
const STATUSES = ["EXECUTED", "IN_PROGRESS", "REFUSED", "RECEIVED", "PARTIALLY_EXECUTED", "WITHDRAWN"];

function rows(prefix: string): string[][] {
  const day = (offset: number) => new Date(Date.UTC(2012, 0, 1) + offset * 86_400_000).toISOString().slice(0, 10);
  return Array.from({ length: ROWS }, (_, i) => {
    const status = STATUSES[i % STATUSES.length];
    const final = ["EXECUTED", "REFUSED", "PARTIALLY_EXECUTED", "WITHDRAWN"].includes(status);
    return [`${prefix}-${i + 1}`, "INCOMING", COUNTRIES[i % COUNTRIES.length], `Authority ${i % 50}`, BASES[i % BASES.length], "", "EVIDENCE; IDENTIFICATION",
      "NORMAL", status, day(i % 4000), day((i % 4000) + 60), final ? day((i % 4000) + 30) : "", status === "REFUSED" ? "Dual criminality not met" : ""];
  });
}

async function xlsx(data: string[][]): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet("mla-requests");
  sheet.addRow(HEADER);
  sheet.addRows(data);
  return Buffer.from(await book.xlsx.writeBuffer());
}

function csv(data: string[][]): Buffer {
  return Buffer.from(`\ufeff${[HEADER, ...data].map((row) => row.map((cell) => `"${cell.replace(/"/g, '""')}"`).join(";")).join("\r\n")}\r\n`);
}

async function timed(origin: string, token: string, file: Buffer, name: string, dryRun: boolean): Promise<{ seconds: number; result: Record<string, unknown> }> {
  const form = new FormData();
  form.append("file", new Blob([file]), name);
  const started = process.hrtime.bigint();
  const response = await fetch(`${origin}/import/mla-requests?dryRun=${dryRun}`, { method: "POST", headers: { authorization: `Bearer ${token}` }, body: form });
  const result = (await response.json()) as Record<string, unknown> & { errors?: unknown[] };
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  if (!response.ok || result.errors?.length) throw new Error(`import failed: HTTP ${response.status} ${JSON.stringify(result.errors?.slice(0, 3))}`);
  return { seconds, result };
}

export async function benchImport(gatewayOrigin: string, officerToken: string): Promise<void> {
  const files = { xlsx: await xlsx(rows("BENCH-X")), csv: csv(rows("BENCH-C")) };
  const phases = [
    ["dry run (check only)", true, "created"],
    ["import (creates all)", false, "created"],
    ["re-import (unchanged)", false, "unchanged"],
  ] as const;
  const table: Record<string, string[]> = {};
  for (const [format, file] of Object.entries(files)) {
    for (const [phase, dryRun, counted] of phases) {
      const { seconds, result } = await timed(gatewayOrigin, officerToken, file, `bench.${format}`, dryRun);
      if (result[counted] !== ROWS) throw new Error(`${phase} (${format}): expected ${ROWS} ${counted}, got ${String(result[counted])}`);
      (table[phase] ??= []).push(seconds.toFixed(2));
    }
  }
  console.log(`\nimport of ${ROWS} MLA requests through POST /import/mla-requests (gateway → mla subgraph), seconds (limit 30):`);
  console.log(`  ${"".padEnd(24)} ${"xlsx".padStart(8)} ${"csv".padStart(8)}`);
  console.log(`  ${"file size (MB)".padEnd(24)} ${(files.xlsx.length / 1e6).toFixed(2).padStart(8)} ${(files.csv.length / 1e6).toFixed(2).padStart(8)}`);
  for (const [phase] of phases) console.log(`  ${phase.padEnd(24)} ${table[phase].map((s) => s.padStart(8)).join(" ")}`);
}
