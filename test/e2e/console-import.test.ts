import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import { csv, workbook } from "../support/import-files";
import { startTestHub, type TestHub } from "../support/test-hub";
import { ARTIFACTS, checkPage, describeInBrowser, launchBrowser, signedInTab, text, visit } from "./support/console-browser";

// Imports in the console (issue 13's API, issue 15's page): a template, a file checked first with each
// problem at its row and column in the user's language, then applied; every result read back through the API.
let hub: TestHub;
let browser: Browser;
let officer: Page;

beforeAll(async () => {
  hub = await startTestHub();
  browser = await launchBrowser();
  officer = await signedInTab(browser, hub, await hub.token("officer", "E2E Officer"));
}, 120_000);
afterAll(async () => {
  await browser?.close();
  await hub?.stop();
});

const REQUEST_HEADER = ["reference", "direction", "counterpart_country", "counterpart_authority", "legal_basis_agreement", "case_reference", "assistance_types",
  "priority", "status", "opened_on", "due_on", "closed_on", "refusal_ground", "refusal_ground_code"];

function file(name: string, bytes: Buffer): string {
  const target = path.join(ARTIFACTS, name);
  writeFileSync(target, bytes);
  return target;
}

async function requests(reference: string): Promise<{ reference: string; status: string; counterpartCountry: { code: string } | null; case: { reference: string } | null }[]> {
  const { body } = await hub.query<{ mlaRequestsByReference: { requests: { reference: string; status: string; counterpartCountry: { code: string } | null; case: { reference: string } | null }[] }[] }>(
    `query R($r: [String!]!) { mlaRequestsByReference(references: $r) { requests { reference status counterpartCountry { code } case { reference } } } }`,
    { r: [reference] },
    { role: "officer" },
  );
  return body.data!.mlaRequestsByReference[0]!.requests;
}

describeInBrowser("imports in the console", () => {
  it("downloads a kind's template in both formats", async () => {
    await visit(officer, hub, "#/import", "#import-form");
    await officer.selectOption("#import-kind", "mla-requests");
    const [xlsx] = await Promise.all([officer.waitForEvent("download"), officer.click("#template-xlsx")]);
    expect(xlsx.suggestedFilename()).toBe("mla-requests.xlsx");
    const saved = path.join(ARTIFACTS, "mla-requests-template.xlsx");
    await xlsx.saveAs(saved);
    expect(readFileSync(saved).subarray(0, 2).toString("latin1")).toBe("PK");
    const [csvDownload] = await Promise.all([officer.waitForEvent("download"), officer.click("#template-csv")]);
    const csvFile = path.join(ARTIFACTS, "mla-requests-template.csv");
    await csvDownload.saveAs(csvFile);
    const bytes = readFileSync(csvFile);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.subarray(3).toString("utf8").split(/\r?\n/)[0]!.split(/[,;]/)).toEqual(REQUEST_HEADER);
  });

  it("checks a file first: each problem at its row and column, in the user's language, and writes nothing", async () => {
    const sheet = {
      header: REQUEST_HEADER,
      rows: [
        ["E2E-IMP-1", "INCOMING", "Türkiyə", "", "az-tr-cooperation", "", "EVIDENCE", "", "RECEIVED", "2025-03-01", "", "", ""],
        ["E2E-IMP-2", "INCOMING", "Atlantis", "", "az-tr-cooperation", "", "EVIDENCE", "", "RECEIVED", "2025-03-02", "", "", ""],
        ["E2E-IMP-3", "INCOMING", "Россия", "", "RECIPROCITY", "", "EVIDENCE", "", "SENT", "31.02.2025", "", "", ""],
      ],
    };
    await visit(officer, hub, "#/import", "#import-form");
    await officer.selectOption("#import-kind", "mla-requests");
    await officer.setInputFiles("#import-file", file("e2e-import-invalid.csv", csv(sheet)));
    await officer.click("#import-check");
    await officer.waitForSelector("#import-check-result");
    expect(await text(officer, "#import-summary")).toContain("heç nə yazılmayıb");
    expect(await officer.locator("#import-apply").count()).toBe(0);
    // The API's own dry run names the same problems, at the same places.
    const form = new FormData();
    form.append("file", new Blob([csv(sheet)]), "check.csv");
    const response = await fetch(`${hub.gatewayOrigin}/import/mla-requests?dryRun=true`, { method: "POST", headers: { authorization: `Bearer ${await hub.token("officer")}`, "accept-language": "az" }, body: form });
    const api = (await response.json()) as { errors: { row: number; column: string; message: string }[] };
    expect(api.errors.length).toBeGreaterThanOrEqual(3);
    for (const problem of api.errors) {
      const cell = officer.locator(`#import-preview .cell-problem[data-row='${problem.row}'][data-column='${problem.column}']`);
      expect(await cell.count()).toBe(1);
      expect(await cell.locator(".cell-message").allTextContents()).toContain(problem.message);
    }
    const valid = officer.locator("#import-preview tbody tr", { hasText: "E2E-IMP-1" });
    expect(await valid.count()).toBe(0); // only rows with problems are shown at first
    await checkPage(officer, "import-problems");
    // Another language asks again: the messages follow.
    await officer.click("#lang-en");
    await officer.locator("#import-summary", { hasText: "nothing was written" }).waitFor();
    const english = officer.locator("#import-preview .cell-problem[data-row='3'][data-column='counterpart_country'] .cell-message", { hasText: "is not a country the hub knows" });
    await english.waitFor();
    expect(await text(officer, "#import-preview .cell-problem[data-row='3'][data-column='counterpart_country']")).toContain("Atlantis");
    await officer.click("#lang-az");
    await officer.locator("#import-summary", { hasText: "heç nə yazılmayıb" }).waitFor();
    expect(await requests("E2E-IMP-1")).toEqual([]);
  });

  it("applies a file without problems: cases, then the requests naming them, read back through the API", async () => {
    await visit(officer, hub, "#/import", "#import-form");
    await officer.selectOption("#import-kind", "cases");
    const cases = { header: ["reference", "articles", "opened_on", "summary", "victim_details", "internal_notes"], rows: [["E2E-IMP-CASE", "144-1", "2025-01-10", "", "", ""]] };
    await officer.setInputFiles("#import-file", file("e2e-cases.xlsx", await workbook({ cases })));
    await officer.click("#import-check");
    await officer.locator("#import-summary", { hasText: "1 sətir problemsizdir: 1 yaradılacaq" }).waitFor();
    await checkPage(officer, "import-checked");
    await officer.click("#import-apply");
    await officer.locator("#import-result", { hasText: "1 yaradıldı" }).waitFor();
    const found = await hub.query<{ cases: { edges: { node: { reference: string; articles: string[]; openedOn: string } }[] } }>(
      `{ cases(filter: { reference: "E2E-IMP-CASE" }) { edges { node { reference articles openedOn } } } }`, undefined, { role: "officer" });
    expect(found.body.data!.cases.edges.map((e) => e.node)).toEqual([{ reference: "E2E-IMP-CASE", articles: ["144-1"], openedOn: "2025-01-10" }]);

    await officer.selectOption("#import-kind", "mla-requests");
    const sheet = {
      header: REQUEST_HEADER,
      rows: [
        ["E2E-IMP-10", "INCOMING", "Türkiyə", "Ankara prosecutor", "az-tr-cooperation", "E2E-IMP-CASE", "EVIDENCE", "HIGH", "IN_PROGRESS", "2025-03-01", "2025-06-01", "", ""],
        ["E2E-IMP-11", "OUTGOING", "Россия", "", "RECIPROCITY", "", "IDENTIFICATION", "", "SENT", "05.03.2025", "", "", ""],
      ],
    };
    await officer.setInputFiles("#import-file", file("e2e-requests.csv", csv(sheet)));
    await officer.click("#import-check");
    await officer.locator("#import-summary", { hasText: "2 yaradılacaq" }).waitFor();
    expect(await officer.locator("#import-preview tbody tr .action-create").count()).toBe(2);
    await officer.click("#import-apply");
    await officer.locator("#import-result", { hasText: "2 yaradıldı" }).waitFor();
    expect(await requests("E2E-IMP-10")).toEqual([{ reference: "E2E-IMP-10", status: "IN_PROGRESS", counterpartCountry: { code: "TR" }, case: { reference: "E2E-IMP-CASE" } }]);
    expect(await requests("E2E-IMP-11")).toEqual([{ reference: "E2E-IMP-11", status: "SENT", counterpartCountry: { code: "RU" }, case: null }]);
    // The same file again: every row unchanged.
    await officer.setInputFiles("#import-file", file("e2e-requests.csv", csv(sheet)));
    await officer.click("#import-check");
    await officer.locator("#import-summary", { hasText: "2 dəyişməyəcək" }).waitFor();
  });

  it("is for officers: the page is not offered to a viewer, and the route refuses one", async () => {
    const viewer = await signedInTab(browser, hub, await hub.token("viewer", "E2E Viewer"));
    expect(await viewer.locator("#nav-import").count()).toBe(0);
    await visit(viewer, hub, "#/import", "#import-form");
    await viewer.selectOption("#import-kind", "cases");
    await viewer.setInputFiles("#import-file", file("e2e-viewer.csv", csv({ header: ["reference"], rows: [["X"]] })));
    await viewer.click("#import-check");
    await viewer.locator("#import-failure", { hasText: "icazəniz yoxdur" }).waitFor();
    await viewer.close();
  });
});
