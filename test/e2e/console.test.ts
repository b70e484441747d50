import { readFileSync } from "node:fs";
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import { loadSyntheticCooperation } from "../../subgraphs/mla/src/demo/synthetic-cooperation";
import { startTestHub, type TestHub } from "../support/test-hub";
import { ARTIFACTS, checkPage, describeInBrowser, launchBrowser, newTab, shot, signedInTab, signIn, text, visit } from "./support/console-browser";

// The console's basics in a real browser: every page passes axe and fits 1280 px; sign-in, languages,
// paging, sorting, filters, the chart, GraphiQL, CSV and the partner's read-only view.
let hub: TestHub;
let browser: Browser;
let admin: Page;
let request: { id: string; version: number };
let caseId: string;

beforeAll(async () => {
  hub = await startTestHub();
  await loadSyntheticCooperation(hub.subgraphs.mla.dataSource, 120);
  browser = await launchBrowser();
  request = await newRequest("E2E-BASICS-1");
  const created = await hub.query<{ createCase: { id: string } }>(`mutation { createCase(input: { reference: "E2E-CASE-BASICS", articles: ["144-1"], summary: "CONFIDENTIAL-SUMMARY-e2e" }) { id } }`, {}, { role: "officer" });
  caseId = created.body.data!.createCase.id;
  admin = await signedInTab(browser, hub, await hub.token("admin", "E2E Admin"));
  // A real request exists, so figures start without demo data; these pages draw the demo set's figures.
  await includeDemoData(admin);
}, 120_000);

async function includeDemoData(page: Page): Promise<void> {
  expect(await page.getAttribute("#demo-switch", "aria-pressed")).toBe("false");
  await page.click("#demo-switch");
  await page.waitForSelector("#demo-banner");
}
afterAll(async () => {
  await browser?.close();
  await hub?.stop();
});

async function newRequest(reference: string): Promise<{ id: string; version: number }> {
  const { body } = await hub.query<{ createMlaRequest: { id: string; version: number } }>(
    `mutation C($input: CreateMlaRequestInput!) { createMlaRequest(input: $input) { id version } }`,
    { input: { idempotencyKey: reference, reference, direction: "INCOMING", counterpartCountry: "TR", legalBasisKind: "AGREEMENT", legalBasisAgreementId: "az-tr-cooperation", openedOn: "2026-01-05", internalNote: "CONFIDENTIAL-NOTE-e2e" } },
    { role: "officer" },
  );
  return body.data!.createMlaRequest;
}

describeInBrowser("the staff console's basics", () => {
  it("passes axe (no serious or critical violation), fits 1280 px and logs no error on every page", async () => {
    const pages: [string, string, string?][] = [
      ["overview", "#/overview", "#ranking-chart"],
      ["agreements", "#/agreements", "#agreements"],
      ["agreement", "#/agreements/cis-thb-programme-2007-2010", "#parties"],
      ["agreement-new", "#/agreements/new", "#agreement-form"],
      ["agreement-edit", "#/agreements/az-tr-cooperation/edit", "#agreement-form"],
      ["agreement-parties", "#/agreements/az-tr-cooperation/parties", "#party-form"],
      ["agreement-measure", "#/agreements/az-tr-cooperation/measures", "#measure-form"],
      ["legal-acts", "#/legal-acts", "#legal-acts"],
      ["legal-act", "#/legal-acts/decree-272-2005", "#legal-act-obligations"],
      ["legal-act-plan", "#/legal-acts/nap-2014-2018", "#legal-act-obligations"],
      ["mla-list", "#/mla", "#mla-requests"],
      ["mla-request", `#/mla/${request.id}`, "#transition-form"],
      ["mla-new", "#/mla/new", "#mla-form"],
      ["case-new", "#/cases/new", "#case-form"],
      ["case", `#/cases/${caseId}`, "#outcome-form"],
      ["cases", "#/cases", "#cases"],
      ["import", "#/import", "#import-form"],
      ["recommendations", "#/recommendations", "#recommendations"],
      ["recommendation", "#/recommendations/needs-assessment-ch3%3AO", "#status-form"],
      ["indicators", "#/indicators", "#assess-form"],
      ["report", "#/report?year=2024", "#report-agreements"],
      ["deadlines", "#/deadlines", "#deadline-counts"],
      ["admin-keys", "#/admin/keys", "#key-form"],
      ["admin-audit", "#/admin/audit", "#audit-log"],
      ["admin-digest", "#/admin/digest", "#digest-settings"],
    ];
    for (const [name, hash, ready] of pages) {
      await visit(admin, hub, hash, ready);
      await checkPage(admin, name);
    }
  });

  it("tells a person whose token or key is wrong why they are not signed in", async () => {
    const page = await newTab(browser);
    await page.goto(`${hub.gatewayOrigin}/`);
    await page.fill("#credential", "eyJhbGciOiJIUzI1NiJ9.eyJyb2xlcyI6WyJhZG1pbiJdfQ.forged");
    await page.click("#signin");
    await page.waitForSelector("#credential-error");
    expect(await text(page, "#credential-error")).toContain("token qəbul edilmədi");
    expect(await page.getAttribute("#credential", "aria-invalid")).toBe("true");
    await checkPage(page, "signin-refused");
    await page.fill("#credential", "hubk_not-a-key");
    await page.click("#signin");
    await page.locator("#credential-error", { hasText: "açarı qəbul edilmədi" }).waitFor();
    await page.close();
  });

  it("draws a chart whose legend is whole and whose two CIS agreements read differently", async () => {
    await visit(admin, hub, "#/overview", "#ranking-chart");
    expect(await admin.locator("#ranking-chart .chart-legend li").allTextContents()).toEqual(["Həbs edilənlər", "Müəyyən edilmiş qurbanlar", "Məhkum edilənlər"]);
    const labels = await admin.locator("#ranking-chart .chart-label").allTextContents();
    expect(new Set(labels).size).toBe(labels.length);
    const cis = labels.filter((label) => label.startsWith("MDB-nin iştirakçısı olan dövlətlərin"));
    expect(cis.length).toBeGreaterThanOrEqual(2);
    // Nothing in the chart is cut: every label and legend entry is laid out within the figure.
    const clipped = await admin.evaluate<number>(
      `[...document.querySelectorAll("#ranking-chart .chart-label, #ranking-chart .chart-legend li")].filter((el) => el.scrollWidth > el.clientWidth + 1).length`,
    );
    expect(clipped).toBe(0);
  });

  it("speaks Russian when asked, remembers it in this browser, and marks titles it shows in another language", async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await newTab(context);
    await signIn(page, hub, await hub.token("officer", "E2E Officer"));
    await includeDemoData(page);
    await page.click("#lang-ru");
    await page.waitForSelector("text=Какие соглашения дали реальное сотрудничество по уголовным делам?");
    expect(await page.getAttribute("html", "lang")).toBe("ru");
    // Enum values in words, not codes; their explanation in the legend.
    expect(await text(page, "#ranking")).toMatch(/Проактивное|Результаты по делам/);
    expect(await text(page, "#ranking")).not.toMatch(/PROACTIVE|RESULTS_ON_CASES/);
    expect(await text(page, "#level-legend")).toContain("индикатор 5.4");
    // No agreement has a Russian title: the Azerbaijani one is shown, with a visible "az" marker.
    expect(await page.locator("#ranking .lang-mark").first().textContent()).toBe("az");
    await checkPage(page, "overview-ru");
    await visit(page, hub, `#/mla/${request.id}`, "#transition-form");
    expect(await text(page, "#request-status")).toBe("Получен");
    expect(await text(page, "#request-details")).toContain("Турция");
    await checkPage(page, "mla-request-ru");
    // A second tab of the same browser opens in Russian (the credential, kept per tab, is asked again).
    const second = await newTab(context);
    await second.goto(`${hub.gatewayOrigin}/`);
    await second.waitForSelector("text=Токен сотрудника или ключ партнёра");
    await context.close();
  });

  it("pages through 121 requests with a count, and sorts a column on the server", async () => {
    await visit(admin, hub, "#/mla", "#mla-requests");
    const { body } = await hub.query<{ mlaRequests: { totalCount: number } }>(`{ mlaRequests { totalCount } }`);
    const total = body.data!.mlaRequests.totalCount;
    expect(total).toBeGreaterThan(100);
    expect(await text(admin, ".pager-range")).toBe(`1–25 / ${total}`);
    await admin.click(".pager-next");
    await admin.locator(".pager-range", { hasText: `26–50 / ${total}` }).waitFor();
    await admin.click(".pager-previous");
    await admin.locator(".pager-range", { hasText: `1–25 / ${total}` }).waitFor();
    await admin.selectOption(".pager select", "100");
    await admin.locator(".pager-range", { hasText: `1–100 / ${total}` }).waitFor();
    expect(await admin.locator("#mla-requests tbody tr").count()).toBe(100);
    // Every column has a header.
    const headers = await admin.locator("#mla-requests thead th").allTextContents();
    expect(headers.every((h) => h.replace(/[▲▼↕]/g, "").trim().length > 0)).toBe(true);
    // A header sorts the whole list on the server (not the page shown): the page is the API's first page in that order.
    const sorted = async (direction: "ASC" | "DESC") => {
      const answer = await hub.query<{ mlaRequests: { edges: { node: { reference: string } }[] } }>(
        `query S($d: SortDirection!) { mlaRequests(first: 100, orderBy: { field: DUE_ON, direction: $d }) { edges { node { reference } } } }`, { d: direction });
      return answer.body.data!.mlaRequests.edges.map((e) => e.node.reference);
    };
    const due = "#mla-requests thead th:nth-child(7)";
    await admin.click(`${due} button`);
    await admin.locator(`${due}[aria-sort='ascending']`).waitFor();
    const ascending = await sorted("ASC");
    await admin.locator("#mla-requests tbody tr:first-child td:first-child a", { hasText: ascending[0]! }).waitFor();
    expect(await admin.locator("#mla-requests tbody tr td:first-child a").allTextContents()).toEqual(ascending);
    await admin.click(`${due} button`);
    await admin.locator(`${due}[aria-sort='descending']`).waitFor();
    const descending = await sorted("DESC");
    await admin.locator("#mla-requests tbody tr:first-child td:first-child a", { hasText: descending[0]! }).waitFor();
    expect(await admin.locator("#mla-requests tbody tr td:first-child a").allTextContents()).toEqual(descending);
    // Sorting starts again at the first page.
    expect(await text(admin, ".pager-range")).toBe(`1–100 / ${total}`);
  });

  it("keeps what is typed in the country filter and filters by the country picked, in any language", async () => {
    await visit(admin, hub, "#/mla", "#mla-requests");
    // Typed but not picked, and two countries start so: a message beside the field; page and text stay.
    await admin.fill("#mla-country", "Tür");
    expect(await admin.locator("#mla-country-option-TR, #mla-country-option-TM").count()).toBe(2);
    await admin.press("#mla-country", "Escape");
    await admin.click("#mla-filter");
    await admin.waitForSelector("#mla-country-error");
    expect(await admin.inputValue("#mla-country")).toBe("Tür");
    expect(await admin.locator("#mla-requests").count()).toBe(1);
    // Russian and English names find it too; a name typed in full is a choice.
    await admin.fill("#mla-country", "Турц");
    expect(await admin.locator("#mla-country-option-TR").count()).toBe(1);
    await admin.fill("#mla-country", "Türkiyə");
    expect(await admin.inputValue("#mla-country")).toBe("Türkiyə");
    await admin.click("#mla-filter");
    await admin.waitForURL(/country=TR/);
    await admin.locator("#mla-requests tbody tr").first().waitFor();
    const { body } = await hub.query<{ mlaRequests: { totalCount: number } }>(`{ mlaRequests(filter: { counterpartCountry: "TR" }) { totalCount } }`);
    await admin.locator(".pager-range", { hasText: ` / ${body.data!.mlaRequests.totalCount}` }).waitFor();
    expect(await admin.inputValue("#mla-country")).toBe("Türkiyə");
  });

  it("finds an agreement typed without Azerbaijani letters, with the keyboard alone", async () => {
    await visit(admin, hub, "#/agreements", "#agreements");
    await admin.focus("#agreement-search");
    await admin.keyboard.type("insan alveri proqrami");
    // The country picker: type, arrow down, Enter.
    await admin.keyboard.press("Tab");
    await admin.keyboard.press("Tab");
    expect(await admin.evaluate<string>("document.activeElement.id")).toBe("agreement-country");
    await admin.keyboard.type("Rus");
    await admin.keyboard.press("ArrowDown");
    await admin.keyboard.press("Enter");
    expect(await admin.inputValue("#agreement-country")).toBe("Rusiya Federasiyası");
    await admin.keyboard.press("Enter");
    await admin.waitForURL(/q=insan\+alveri\+proqrami&country=RU/);
    const link = admin.locator(".agreement-link", { hasText: "2007-2010" }).first();
    await link.waitFor();
    await link.focus();
    await admin.keyboard.press("Enter");
    await admin.waitForSelector("#agreement-details");
    expect(await text(admin, "#agreement-title")).toContain("2007-2010-cu illər üçün əməkdaşlıq Proqramı");
    expect(await text(admin, "#parties")).toContain("İmzalamayıb");
    // A sortable column header is a button: Enter sorts.
    await admin.focus("#parties thead th:first-child button");
    await admin.keyboard.press("Enter");
    expect(await admin.getAttribute("#parties thead th:first-child", "aria-sort")).toBe("ascending");
  });

  it("leads from the console to a self-hosted GraphiQL and back", async () => {
    await visit(admin, hub, "#/overview", "#ranking-chart");
    await admin.click("#graphiql-link");
    await admin.waitForSelector(".graphiql-container");
    await shot(admin, "graphiql");
    expect(await text(admin, "#back-to-console")).toContain("konsoluna qayıt");
    await admin.click("#back-to-console");
    await admin.waitForSelector("#ranking-chart");
  });

  it("downloads the yearly report as CSV with a UTF-8 byte-order mark and the user's language", async () => {
    await visit(admin, hub, "#/report?year=2024", "#report-agreements");
    const [download] = await Promise.all([admin.waitForEvent("download"), admin.click("#download-csv")]);
    expect(download.suggestedFilename()).toBe("cooperation-report-2024.csv");
    const file = path.join(ARTIFACTS, "cooperation-report-2024.csv");
    await download.saveAs(file);
    const bytes = readFileSync(file);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const csv = bytes.subarray(3).toString("utf8");
    expect(csv.split("\r\n")[0]).toBe('"Əməkdaşlıq Mərkəzi: 2024-ci il üzrə hesabat"');
    expect(csv).toContain('"Yer","Saziş","Əməkdaşlıq səviyyəsi"');
    expect(csv).not.toMatch(/"(PROACTIVE|RESULTS_ON_CASES|REQUESTS_EXECUTED)"/);
  });

  it("shows a partner key the overview through registered operations; other pages say no and show nothing of a request or case", async () => {
    // Partner keys run only registered operations (partner-operations/): the sign-in check and the partner
    // overview are; the staff pages' queries are not, and a partner never sees an MLA request or a case.
    const page = await signedInTab(browser, hub, await hub.partnerKey("IOM"));
    expect(await page.locator("#overdue").count()).toBe(0);
    expect(await text(page, "#who")).toContain("Tərəfdaş açarı");
    expect(await page.locator("#graphiql-link").count()).toBe(0);
    for (const hash of [`#/mla/${request.id}`, `#/cases/${caseId}`]) {
      await visit(page, hub, hash, "main [role=alert]");
      const body = await text(page, "body");
      for (const secret of ["CONFIDENTIAL-NOTE-e2e", "CONFIDENTIAL-SUMMARY-e2e", "E2E-BASICS-1", "E2E-CASE-BASICS"]) expect(body).not.toContain(secret);
      expect(await page.locator("#transitions, #internal-note, #outcome-form").count()).toBe(0);
    }
    // The key is revoked while the tab is open: the next page returns to the sign-in form, saying why.
    await hub.pool.query(`UPDATE gateway.api_key SET revoked_at = now() WHERE organization = 'IOM' AND revoked_at IS NULL`);
    await page.goto(`${hub.gatewayOrigin}/#/overview`);
    await page.waitForSelector("#session-expired");
    expect(await page.locator("#credential").count()).toBe(1);
    await page.close();
  });
});
