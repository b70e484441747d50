import { readFileSync } from "node:fs";
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import { loadSyntheticCooperation } from "../../subgraphs/mla/src/demo/synthetic-cooperation";
import { startTestHub, type TestHub } from "../support/test-hub";
import { ARTIFACTS, checkPage, describeInBrowser, launchBrowser, newTab, signedInTab, signIn, text, visit } from "./support/console-browser";

// Honest figures (issue 15): with only the generated demo set in the hub, the console starts with demo data
// included, says so in a banner, and marks every figure, chart row, CSV line and printout that counts it;
// switched off, figures are real records only. Every marker is checked against the API's syntheticRequests.
let hub: TestHub;
let browser: Browser;
let officer: Page;
const AGREEMENT = "cis-legal-assistance-convention";
const RECOMMENDATION = "needs-assessment-ch3:O";

beforeAll(async () => {
  hub = await startTestHub();
  await loadSyntheticCooperation(hub.subgraphs.mla.dataSource, 150);
  // A recommendation whose evidence names an agreement with demo requests: its page shows that agreement's figures.
  await hub.query(
    `mutation { recordStatusUpdate(recommendationId: "${RECOMMENDATION}", expectedVersion: 1, input: { status: IN_PROGRESS, reportingPeriod: "2025", evidence: [{ kind: AGREEMENT, agreementId: "${AGREEMENT}" }] }) { id } }`,
    undefined,
    { role: "officer" },
  );
  browser = await launchBrowser();
  officer = await signedInTab(browser, hub, await hub.token("officer", "E2E Officer"));
}, 120_000);
afterAll(async () => {
  await browser?.close();
  await hub?.stop();
});

interface Figures {
  syntheticRequests: number;
}

async function ranking(includeSynthetic: boolean, period?: { from: string; to: string }): Promise<{ agreementId: string; cooperation: Figures }[]> {
  const { body } = await hub.query<{ cooperationRanking: { agreementId: string; cooperation: Figures }[] }>(
    `query R($s: Boolean!, $p: CooperationPeriod) { cooperationRanking(first: 100, includeSynthetic: $s, period: $p) { agreementId cooperation { syntheticRequests } } }`,
    { s: includeSynthetic, p: period ?? null },
  );
  return body.data!.cooperationRanking;
}

/** The agreements whose row a table marks as demo data, by the links in the marked rows. */
async function markedAgreements(page: Page, table: string): Promise<string[]> {
  const hrefs = await page.locator(`${table} tbody tr:has(.demo-mark) a.agreement-link`).evaluateAll((links) => links.map((a) => a.getAttribute("href") ?? ""));
  return hrefs.map((href) => decodeURIComponent(href.split("/").pop()!)).sort();
}

describeInBrowser("demo data in the console", () => {
  it("starts with demo data included while the hub holds only demo data, and says so in a banner", async () => {
    const { body } = await hub.query<{ real: { totalCount: number }; demo: { totalCount: number } }>(
      `{ real: mlaRequests(filter: { synthetic: false }) { totalCount } demo: mlaRequests(filter: { synthetic: true }) { totalCount } }`,
    );
    expect(body.data).toEqual({ real: { totalCount: 0 }, demo: { totalCount: 150 } });
    await visit(officer, hub, "#/overview", "#ranking-chart");
    expect(await officer.getAttribute("#demo-switch", "aria-pressed")).toBe("true");
    expect(await text(officer, "#demo-banner")).toContain("Nümayiş məlumatları daxildir");
    await checkPage(officer, "demo-overview");
  });

  it("marks every figure on the overview that counts demo requests: the chart, each ranking row, the overdue count", async () => {
    await visit(officer, hub, "#/overview", "#ranking");
    const api = (await ranking(true)).slice(0, 15);
    const withDemo = api.filter((row) => row.cooperation.syntheticRequests > 0).map((row) => row.agreementId).sort();
    expect(withDemo.length).toBeGreaterThan(0);
    expect(await markedAgreements(officer, "#ranking")).toEqual(withDemo);
    expect(await officer.locator("#ranking-chart figcaption .demo-mark").count()).toBe(1);
    expect(await officer.locator("#ranking-chart .chart-row .demo-mark").count()).toBe(withDemo.length);
    const marked = await officer.locator("#ranking .demo-mark").first().getAttribute("data-synthetic");
    expect(Number(marked)).toBe(api.find((row) => row.cooperation.syntheticRequests > 0)!.cooperation.syntheticRequests);
    const overdue = await hub.query<{ mlaRequests: { totalCount: number } }>(`{ mlaRequests(filter: { overdue: true, synthetic: true }) { totalCount } }`);
    expect(overdue.body.data!.mlaRequests.totalCount).toBeGreaterThan(0);
    expect(Number(await officer.getAttribute("#overdue-title .demo-mark", "data-synthetic"))).toBe(overdue.body.data!.mlaRequests.totalCount);
  });

  it("marks the agreements list, an agreement's cooperation and a recommendation's cooperation agreements", async () => {
    await visit(officer, hub, "#/agreements?q=h%C3%BCquqi%20yard%C4%B1m%20konvensiya", "#agreements");
    const row = officer.locator("#agreements tbody tr", { has: officer.locator(`a[href$='${AGREEMENT}']`) });
    await row.locator(".demo-mark").waitFor();
    await checkPage(officer, "demo-agreements");
    await visit(officer, hub, `#/agreements/${AGREEMENT}`, "#cooperation");
    const { body } = await hub.query<{ agreement: { cooperation: Figures } }>(`{ agreement(id: "${AGREEMENT}") { cooperation(includeSynthetic: true) { syntheticRequests } } }`);
    expect(body.data!.agreement.cooperation.syntheticRequests).toBeGreaterThan(0);
    expect(Number(await officer.getAttribute("#cooperation .demo-mark", "data-synthetic"))).toBe(body.data!.agreement.cooperation.syntheticRequests);
    await checkPage(officer, "demo-agreement");
    await visit(officer, hub, `#/recommendations/${encodeURIComponent(RECOMMENDATION)}`, "#recommendation-cooperation");
    expect(await markedAgreements(officer, "#recommendation-cooperation")).toEqual([AGREEMENT]);
    await checkPage(officer, "demo-recommendation");
  });

  it("marks the report's lines, its CSV (a notice, then a column per line) and its printout", async () => {
    const year = "2024";
    await visit(officer, hub, `#/report?year=${year}`, "#report-agreements");
    const api = await ranking(true, { from: `${year}-01-01`, to: `${year}-12-31` });
    const withDemo = api.filter((row) => row.cooperation.syntheticRequests > 0);
    expect(withDemo.length).toBeGreaterThan(0);
    // The first page of the table: its rows with demo requests in the API's answer are exactly the marked ones.
    const shown = (await officer.locator("#report-agreements tbody tr a.agreement-link").evaluateAll((links) => links.map((a) => a.getAttribute("href") ?? ""))).map((href) =>
      decodeURIComponent(href.split("/").pop()!),
    );
    expect(shown.length).toBeGreaterThan(0);
    expect(await markedAgreements(officer, "#report-agreements")).toEqual(shown.filter((id) => withDemo.some((row) => row.agreementId === id)).sort());
    expect(await officer.locator("#report-countries tbody tr .demo-mark").count()).toBeGreaterThan(0);
    expect(await text(officer, "#report-demo-notice")).toContain("nümayiş üçün yaradılmış");
    await checkPage(officer, "demo-report");
    const [download] = await Promise.all([officer.waitForEvent("download"), officer.click("#download-csv")]);
    const file = path.join(ARTIFACTS, `demo-report-${year}.csv`);
    await download.saveAs(file);
    const lines = readFileSync(file).subarray(3).toString("utf8").split("\r\n");
    expect(lines[1]).toContain("DİQQƏT: bu hesabata nümayiş üçün yaradılmış (sintetik) sorğular daxildir");
    const header = lines.find((line) => line.startsWith('"Yer","Saziş"'))!;
    expect(header.endsWith('"Nümayiş məlumatları"')).toBe(true);
    const first = withDemo[0]!;
    const agreementLine = lines.find((line) => line.startsWith(`"${api.indexOf(first) + 1}",`))!;
    expect(agreementLine.endsWith(`"${first.cooperation.syntheticRequests} sintetik sorğu daxildir"`)).toBe(true);
    // Printed, the banner and the report's notice stay (the header and the buttons do not).
    await officer.emulateMedia({ media: "print" });
    expect(await officer.isVisible("#demo-banner")).toBe(true);
    expect(await officer.isVisible("#report-demo-notice")).toBe(true);
    expect(await officer.isVisible("#download-csv")).toBe(false);
    await officer.emulateMedia({ media: "screen" });
  });

  it("leaves demo data out when switched off: real figures only, no banner, no marker", async () => {
    await visit(officer, hub, "#/overview", "#ranking-chart");
    await officer.click("#demo-switch");
    await officer.waitForSelector("#demo-banner", { state: "detached" });
    expect(await officer.getAttribute("#demo-switch", "aria-pressed")).toBe("false");
    expect(await ranking(false)).toEqual([]);
    await officer.locator("#ranking.table-block .empty").waitFor();
    expect(await officer.locator(".demo-mark").count()).toBe(0);
    await checkPage(officer, "demo-off-overview");
    // The choice holds in this tab across pages.
    await visit(officer, hub, `#/agreements/${AGREEMENT}`, "#cooperation");
    expect(await officer.locator("#cooperation .demo-mark").count()).toBe(0);
    expect(await officer.getAttribute("#demo-switch", "aria-pressed")).toBe("false");
    await officer.click("#demo-switch");
    await officer.waitForSelector("#demo-banner");
  });

  it("starts without demo data as soon as one real request exists", async () => {
    await hub.query(
      `mutation { createMlaRequest(input: { idempotencyKey: "E2E-REAL-1", reference: "E2E-REAL-1", direction: INCOMING, counterpartCountry: "TR", legalBasisKind: AGREEMENT, legalBasisAgreementId: "az-tr-cooperation", openedOn: "2025-03-01" }) { id } }`,
      undefined,
      { role: "officer" },
    );
    const page = await newTab(browser);
    await signIn(page, hub, await hub.token("officer", "Another Officer"));
    await page.locator("#demo-switch[aria-pressed='false']").waitFor();
    expect(await page.locator("#demo-banner").count()).toBe(0);
    const real = await ranking(false);
    expect(real.map((row) => row.agreementId)).toEqual(["az-tr-cooperation"]);
    await page.locator("#ranking tbody tr").first().waitFor();
    expect(await page.locator("#ranking tbody tr").count()).toBe(1);
    expect(await page.locator(".demo-mark").count()).toBe(0);
    await page.close();
  });
});
