import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { IDENTITY_HEADER, signIdentity } from "#shared/auth/gateway-signature";
import { repoRoot } from "#shared/paths";
import { mlaImporters } from "../subgraphs/mla/src/import/mla-importers";
import { postImport, register, workbook } from "./support/import-files";
import { startTestHub, type TestHub } from "./support/test-hub";

let hub: TestHub;
let dir: string;
beforeAll(async () => {
  hub = await startTestHub();
  dir = mkdtempSync(path.join(tmpdir(), "hub-import-"));
});
afterAll(async () => {
  await hub?.stop();
  rmSync(dir, { recursive: true, force: true });
});

const REQUIRED_COLUMNS = ["reference", "direction", "counterpart_country", "counterpart_authority", "legal_basis_agreement", "case_reference",
  "assistance_types", "priority", "status", "opened_on", "due_on", "closed_on", "refusal_ground"];
const data = register({ cases: 3, requests: 6, outcomes: 2 });

/** `npm run --silent hub -- …` as a user runs it: the compiled CLI (npm test builds dist/ first). */
function cli(args: string[], env: Record<string, string> = {}): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [path.join(repoRoot(), "dist/hub/src/cli.js"), ...args], {
      env: { PATH: process.env.PATH, HUB_URL: hub.gatewayOrigin, HUB_STAFF_TOKEN_SECRET: hub.staffTokenSecret, HUB_INTERNAL_SECRET: hub.internalSecret,
        DATABASE_URL: hub.databaseUrl, HUB_DATA_DIR: dir, ...env },
      encoding: "utf8",
    }, (error, stdout, stderr) => resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }));
  });
}

describe("POST /import/:kind", () => {
  it("is for officers only: no credential 401, a viewer and a partner key 403, each refusal audited", async () => {
    const file = await workbook({ cases: data.cases });
    expect((await postImport(hub, "cases", file, { headers: {} })).status).toBe(401);
    expect((await postImport(hub, "cases", file, { headers: { authorization: `Bearer ${await hub.token("viewer")}` } })).status).toBe(403);
    const partner = await postImport(hub, "cases", file, { headers: { "x-api-key": await hub.partnerKey() } });
    expect(partner.status).toBe(403);
    expect(partner.body.errors[0]).toMatchObject({ extensions: { code: "FORBIDDEN" } });
    const { rows } = await hub.pool.query(`SELECT actor_kind, outcome, error_codes FROM gateway.audit_log WHERE operation_type = 'import' ORDER BY id`);
    expect(rows).toEqual([
      { actor_kind: "staff", outcome: "ERROR", error_codes: ["FORBIDDEN"] },
      { actor_kind: "partner", outcome: "ERROR", error_codes: ["FORBIDDEN"] },
    ]);
    expect(Number((await hub.pool.query(`SELECT count(*) FROM mla.criminal_case`)).rows[0].count)).toBe(0);
  });

  it("answers 404 for an unknown kind, 400 without a multipart file, 413 over MAX_IMPORT_BYTES", async () => {
    expect((await postImport(hub, "agreements", Buffer.from("x"))).status).toBe(404);
    const plain = await fetch(`${hub.gatewayOrigin}/import/cases`, { method: "POST", headers: { authorization: `Bearer ${await hub.token("officer")}`, "content-type": "text/csv" }, body: "reference\n" });
    expect(plain.status).toBe(400);
    const large = await postImport(hub, "cases", Buffer.alloc(10 * 1024 * 1024 + 1, 0x41));
    expect(large.status).toBe(413);
    expect(large.body.errors[0]).toMatchObject({ extensions: { code: "PAYLOAD_TOO_LARGE" } });
  });

  it("is audited like a mutation, with the file's size, hash and counts but never a cell", async () => {
    const file = await workbook({ cases: data.cases });
    const { body } = await postImport(hub, "cases", file);
    expect(body).toMatchObject({ created: 3, errors: [] });
    const response = await fetch(`${hub.gatewayOrigin}/audit?limit=10`, { headers: { authorization: `Bearer ${await hub.token("admin")}` } });
    const text = await response.text();
    expect(text).not.toContain("Victim V0");
    expect(text).not.toContain("Summary 0");
    const entry = (JSON.parse(text) as { entries: { operationType: string; operationName: string; outcome: string; actorSubject: string; variables: Record<string, unknown> }[] }).entries[0];
    expect(entry).toMatchObject({ operationType: "import", operationName: "import cases", outcome: "OK", variables: { dryRun: false, bytes: file.length, rows: 3, created: 3, updated: 0, unchanged: 0, errors: 0 } });
    expect(entry.variables.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it("reaches the owning subgraph only signed by the gateway, and the subgraph checks the role itself", async () => {
    const url = hub.subgraphs.mla.url.replace(/\/graphql$/, "/import/cases");
    const unsigned = await fetch(url, { method: "POST", headers: { "content-type": "application/octet-stream" }, body: new Uint8Array(await workbook({ cases: data.cases })) });
    expect(unsigned.status).toBe(401);
    const partner = await signIdentity(hub.internalSecret, { kind: "partner", subject: "key:x", name: "partner", roles: ["partner"], organization: "IOM" });
    const refused = await fetch(url, { method: "POST", headers: { "content-type": "application/octet-stream", [IDENTITY_HEADER]: partner }, body: new Uint8Array(Buffer.from("reference\n")) });
    expect(refused.status).toBe(403);
  });
});

describe("templates", () => {
  it("are written from the importer's own columns: the mla-requests template starts with the thirteen named columns", async () => {
    const columns = mlaImporters.find((importer) => importer.kind === "mla-requests")!.columns.map((c) => c.name);
    expect(columns.slice(0, 13)).toEqual(REQUIRED_COLUMNS);
    const csv = await fetch(`${hub.gatewayOrigin}/import/mla-requests/template?format=csv`, { headers: { authorization: `Bearer ${await hub.token("viewer")}` } });
    expect(csv.headers.get("content-type")).toContain("text/csv");
    expect((await csv.text()).replace(/^\ufeff/, "").trim()).toBe(columns.join(","));
    const xlsx = await fetch(`${hub.gatewayOrigin}/import/mla-requests/template`, { headers: { authorization: `Bearer ${await hub.token("viewer")}` } });
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(await xlsx.arrayBuffer()) as never);
    expect((book.getWorksheet("mla-requests")!.getRow(1).values as string[]).slice(1)).toEqual(columns);
    expect(book.getWorksheet("help")!.rowCount).toBe(columns.length + 1);
    // The refusal ground's code came after the thirteen: its help says, in each language, that it goes only with REFUSED.
    expect(columns.slice(13)).toEqual(["refusal_ground_code"]);
    const help = book.getWorksheet("help")!;
    const header = (help.getRow(1).values as string[]).slice(1);
    const codeHelp = Object.fromEntries(header.map((name, index) => [name, String(help.getRow(columns.length + 1).getCell(index + 1).value ?? "")]));
    expect(codeHelp.column).toBe("refusal_ground_code");
    for (const lang of ["az", "en", "ru"]) expect(codeHelp[lang]).toContain("REFUSED");
    expect(codeHelp.values.split(", ")).toContain("NO_DUAL_CRIMINALITY");
  });

  it("a filled-in template imports", async () => {
    const book = new ExcelJS.Workbook();
    const template = await cli(["import", "template", "cases", "--format", "xlsx", "--out", path.join(dir, "cases.xlsx")]);
    expect(template.code).toBe(0);
    await book.xlsx.readFile(path.join(dir, "cases.xlsx"));
    book.getWorksheet("cases")!.addRow(["TPL-1", "144-1", "01.02.2024", "", "", ""]);
    await book.xlsx.writeFile(path.join(dir, "cases.xlsx"));
    const { body } = await postImport(hub, "cases", readFileSync(path.join(dir, "cases.xlsx")));
    expect(body).toMatchObject({ rows: 1, created: 1, errors: [] });
  });
});

describe("npm run --silent hub -- import", () => {
  it("prints the CSV template of a kind", async () => {
    const { code, stdout } = await cli(["import", "template", "mla-requests"]);
    expect(code).toBe(0);
    expect(stdout.replace(/^\ufeff/, "").trim().split(",").slice(0, 13)).toEqual(REQUIRED_COLUMNS);
  });

  it("prints exactly one JSON object and exits 1 when a row is invalid, in the language asked", async () => {
    const bad = { ...data["mla-requests"], rows: data["mla-requests"].rows.map((row, i) => (i === 1 ? row.map((cell, c) => (c === 2 ? "ZZ" : cell)) : row)) };
    writeFileSync(path.join(dir, "bad.xlsx"), await workbook({ "mla-requests": bad }));
    await postImport(hub, "cases", await workbook({ cases: data.cases }));
    const { code, stdout } = await cli(["import", "mla-requests", path.join(dir, "bad.xlsx"), "--lang", "ru"]);
    expect(code).toBe(1);
    expect(stdout.trim().split("\n")).toHaveLength(1);
    const printed = JSON.parse(stdout);
    expect(Object.keys(printed)).toEqual(["kind", "rows", "created", "updated", "unchanged", "errors"]);
    expect(printed).toEqual({ kind: "mla-requests", rows: 6, created: 0, updated: 0, unchanged: 0, errors: [{ row: 3, column: "counterpart_country",
      message: "ZZ нет среди стран хаба: укажите код ISO (TR) или название на азербайджанском, английском или русском" }] });
  });

  it("checks without writing on --dry-run, imports and exits 0, then reports every row unchanged", async () => {
    writeFileSync(path.join(dir, "good.csv"), Buffer.concat([Buffer.from("\ufeff"), Buffer.from(
      [data["mla-requests"].header, ...data["mla-requests"].rows].map((row) => row.map((cell) => (cell instanceof Date ? cell.toISOString().slice(0, 10) : `"${String(cell)}"`)).join(";")).join("\n"),
    )]));
    const dry = await cli(["import", "mla-requests", path.join(dir, "good.csv"), "--dry-run"]);
    expect({ code: dry.code, result: JSON.parse(dry.stdout) }).toEqual({ code: 0, result: { kind: "mla-requests", rows: 6, created: 6, updated: 0, unchanged: 0, errors: [] } });
    expect(Number((await hub.pool.query(`SELECT count(*) FROM mla.mla_request WHERE reference LIKE 'IMP-R-%'`)).rows[0].count)).toBe(0);
    expect(JSON.parse((await cli(["import", "mla-requests", path.join(dir, "good.csv")])).stdout)).toMatchObject({ created: 6, errors: [] });
    const again = await cli(["import", "mla-requests", path.join(dir, "good.csv")]);
    expect({ code: again.code, result: JSON.parse(again.stdout) }).toMatchObject({ code: 0, result: { unchanged: 6 } });
    const { rows } = await hub.pool.query(`SELECT DISTINCT changed_by_name FROM mla.mla_request_transition WHERE origin = 'IMPORT'`);
    expect(rows).toEqual([{ changed_by_name: "import (CLI)" }]);
  });

  it("says clearly when the hub is not running", async () => {
    const { code, stdout, stderr } = await cli(["import", "cases", path.join(dir, "good.csv")], { HUB_URL: "http://127.0.0.1:9" });
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toContain("the hub is not running at http://127.0.0.1:9");
  });
});
