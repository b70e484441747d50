import type { Browser, Page } from "playwright-core";
import { loadSyntheticCooperation } from "../../subgraphs/mla/src/demo/synthetic-cooperation";
import { startTestHub, type TestHub } from "../support/test-hub";
import { checkPage, describeInBrowser, launchBrowser, signedInTab, text, visit } from "./support/console-browser";

// Cases in the console: the list (found, counted, sorted and paged on the server) and a case's page, where
// officers attach existing requests and take them off again, each step kept in the request's history and
// checked through the API.
let hub: TestHub;
let browser: Browser;
let officer: Page;
let caseId: string;

beforeAll(async () => {
  hub = await startTestHub();
  await loadSyntheticCooperation(hub.subgraphs.mla.dataSource, 90);
  const { body } = await hub.query<{ createCase: { id: string } }>(`mutation { createCase(input: { reference: "E2E-CASE-ATTACH", articles: ["144-1"], openedOn: "2025-02-01" }) { id } }`, undefined, { role: "officer" });
  caseId = body.data!.createCase.id;
  for (const reference of ["E2E-ATT-1", "E2E-ATT-2"]) {
    await hub.query(
      `mutation C($input: CreateMlaRequestInput!) { createMlaRequest(input: $input) { id } }`,
      { input: { idempotencyKey: reference, reference, direction: "INCOMING", counterpartCountry: "TR", legalBasisKind: "AGREEMENT", legalBasisAgreementId: "az-tr-cooperation", openedOn: "2025-02-05" } },
      { role: "officer" },
    );
  }
  browser = await launchBrowser();
  officer = await signedInTab(browser, hub, await hub.token("officer", "E2E Officer"));
}, 120_000);
afterAll(async () => {
  await browser?.close();
  await hub?.stop();
});

type Request = { id: string; version: number; case: { reference: string } | null; history: { kind: string; case: { reference: string } | null }[] };
async function request(reference: string): Promise<Request> {
  const { body } = await hub.query<{ mlaRequestsByReference: { requests: Request[] }[] }>(
    `query R($r: [String!]!) { mlaRequestsByReference(references: $r) { requests { id version case { reference } history { kind case { reference } } } } }`,
    { r: [reference] },
    { role: "officer" },
  );
  return body.data!.mlaRequestsByReference[0]!.requests[0]!;
}

describeInBrowser("cases in the console", () => {
  it("lists cases with their count and request counts, sorted on the server by a column", async () => {
    await visit(officer, hub, "#/cases", "#cases");
    const { body } = await hub.query<{ cases: { totalCount: number; edges: { node: { reference: string; requestCount: number } }[] } }>(
      `{ cases(first: 25, orderBy: { field: REQUESTS, direction: DESC }) { totalCount edges { node { reference requestCount } } } }`, undefined, { role: "officer" });
    const { totalCount, edges } = body.data!.cases;
    expect(await text(officer, ".pager-range")).toBe(`1–25 / ${totalCount}`);
    const requests = "#cases thead th:nth-child(4)";
    await officer.click(`${requests} button`);
    await officer.click(`${requests} button`);
    await officer.locator(`${requests}[aria-sort='descending']`).waitFor();
    await officer.locator("#cases tbody tr:first-child td:nth-child(4)", { hasText: String(edges[0]!.node.requestCount) }).waitFor();
    await officer.waitForFunction(
      (expected) => {
        const dom = globalThis as unknown as { document: { querySelectorAll(s: string): ArrayLike<{ textContent: string | null }> } };
        return Array.from(dom.document.querySelectorAll("#cases tbody tr td:first-child a")).map((a) => a.textContent).join("|") === expected;
      },
      edges.map((e) => e.node.reference).join("|"),
    );
    await checkPage(officer, "cases");
    // Found by part of the number.
    await officer.fill("#cases-reference", "attach");
    await officer.click("#cases-filter");
    await officer.locator(".pager-range", { hasText: "1–1 / 1" }).waitFor();
    expect(await text(officer, "#cases tbody")).toContain("E2E-CASE-ATTACH");
  });

  it("finds requests in the MLA list by part of their reference, the text kept in the address", async () => {
    await visit(officer, hub, "#/mla", "#mla-requests");
    await officer.fill("#mla-text", "e2e-att");
    await officer.click("#mla-filter");
    await officer.locator(".pager-range", { hasText: "1–2 / 2" }).waitFor();
    expect(officer.url()).toContain("text=e2e-att");
    const { body } = await hub.query<{ mlaRequests: { totalCount: number; edges: { node: { reference: string } }[] } }>(
      `{ mlaRequests(filter: { text: "e2e-att" }) { totalCount edges { node { reference } } } }`, undefined, { role: "officer" });
    expect(body.data!.mlaRequests.totalCount).toBe(2);
    const rows = await officer.locator("#mla-requests tbody tr td:first-child").allTextContents();
    expect(rows.map((row) => row.trim()).sort()).toEqual(body.data!.mlaRequests.edges.map((edge) => edge.node.reference).sort());
    await checkPage(officer, "mla-text-filter");
    // The address alone gives the same list, and the field shows its text.
    await visit(officer, hub, "#/mla?text=ATT-2", "#mla-requests");
    await officer.locator(".pager-range", { hasText: "1–1 / 1" }).waitFor();
    expect(await officer.inputValue("#mla-text")).toBe("ATT-2");
  });

  it("attaches an existing request found by part of its reference, and takes it off again, both in the request's history", async () => {
    await visit(officer, hub, `#/cases/${caseId}`, "#attach-form");
    // Nothing found is said beside the field.
    await officer.fill("#attach-reference", "E2E-NOPE");
    await officer.click("#attach-submit");
    await officer.locator("#attach-reference-error", { hasText: "E2E-NOPE" }).waitFor();
    // Two requests match: the officer chooses one from the list (nothing is attached before).
    await officer.fill("#attach-reference", "e2e-att");
    await officer.locator("#attach-submit[data-answered='e2e-att']").waitFor();
    expect((await officer.locator("#attach-results option").allTextContents()).filter((option) => option.startsWith("E2E-ATT"))).toHaveLength(2);
    await officer.click("#attach-submit");
    await officer.locator("#attach-reference-error", { hasText: "Bir neçə sorğu" }).waitFor();
    await checkPage(officer, "case-attach-choose");
    expect((await request("E2E-ATT-1")).case).toBeNull();
    await officer.selectOption("#attach-results", (await request("E2E-ATT-1")).id);
    await officer.click("#attach-submit");
    await officer.locator("#case-requests-changed", { hasText: "E2E-ATT-1" }).waitFor();
    await officer.locator("#case-requests tbody tr", { hasText: "E2E-ATT-1" }).waitFor();
    expect((await request("E2E-ATT-1")).case).toEqual({ reference: "E2E-CASE-ATTACH" });
    await checkPage(officer, "case-attached");
    // The request's page shows the step in its history.
    await visit(officer, hub, `#/mla/${(await request("E2E-ATT-1")).id}`, "#history");
    expect(await text(officer, "#history")).toContain("İşə bağlanıb: E2E-CASE-ATTACH");
    await visit(officer, hub, `#/cases/${caseId}`, "#case-requests");
    await officer.click("#case-requests button.detach[data-reference='E2E-ATT-1']");
    await officer.locator("#case-requests-changed", { hasText: "E2E-ATT-1" }).waitFor();
    await officer.waitForSelector("#case-requests tbody tr", { state: "detached" });
    const after = await request("E2E-ATT-1");
    expect(after.case).toBeNull();
    expect(after.history.map((h) => [h.kind, h.case?.reference ?? null])).toEqual([
      ["STATUS", null],
      ["CASE_ATTACHED", "E2E-CASE-ATTACH"],
      ["CASE_DETACHED", "E2E-CASE-ATTACH"],
    ]);
  });

  it("refuses to take off a request credited with the case's results, saying why, and changes nothing", async () => {
    const attached = await request("E2E-ATT-2");
    await hub.query(`mutation A($id: ID!, $v: Int!, $c: ID!) { attachRequestToCase(id: $id, expectedVersion: $v, input: { caseId: $c }) { id } }`, { id: attached.id, v: attached.version, c: caseId }, { role: "officer" });
    await hub.query(
      `mutation O($c: ID!, $r: [ID!]!) { recordCaseOutcome(caseId: $c, input: { kind: SUSPECTS_ARRESTED, quantity: 1, recordedOn: "2025-04-01", requestIds: $r }) { id } }`,
      { c: caseId, r: [attached.id] },
      { role: "officer" },
    );
    await visit(officer, hub, `#/cases/${caseId}`, "#case-requests");
    await officer.click("#case-requests button.detach[data-reference='E2E-ATT-2']");
    await officer.locator("#detach-error", { hasText: "E2E-ATT-2" }).waitFor();
    expect(await text(officer, "#detach-error")).toContain("işdən ayrıla bilməz");
    expect((await request("E2E-ATT-2")).case).toEqual({ reference: "E2E-CASE-ATTACH" });
    await checkPage(officer, "case-detach-refused");
  });
});
