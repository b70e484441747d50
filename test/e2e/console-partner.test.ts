import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { parse, print } from "graphql";
import type { Browser, Page, Request } from "playwright-core";
import { partnerOperationsDir } from "#shared/paths";
import { azEnums } from "../../gateway/console/src/i18n/az-enums";
import { azLabels } from "../../gateway/console/src/i18n/az-labels";
import { enLabels } from "../../gateway/console/src/i18n/en-labels";
import { startTestHub, type TestHub } from "../support/test-hub";
import { checkPage, describeInBrowser, launchBrowser, newTab, signIn, text, visit } from "./support/console-browser";

// A partner key (IOM) in a real browser: every partner page, each figure equal to what the registered
// operation answers that key through the API, a small cell withheld, every request the tab sends a
// registered document, and nothing of a request, case or note on any page.
let hub: TestHub;
let browser: Browser;
let page: Page;
let key: string;
const sent: Request[] = [];
const lastYear = new Date().getFullYear() - 1;
const YEAR = { from: `${lastYear}-01-01`, to: `${lastYear}-12-31` };
const SECRETS = ["CONFIDENTIAL-NOTE-partner", "CONFIDENTIAL-SUMMARY-partner", "E2E-PARTNER-IN-", "E2E-PARTNER-OUT-", "E2E-PARTNER-CASE"];
/** Every page's text, gathered as the test goes: none may hold a request, a case or a note. */
const seen: string[] = [];

beforeAll(async () => {
  hub = await startTestHub();
  // Last year under one agreement: six incoming requests (a figure a partner may see, k = 5) and two
  // outgoing ones (a small cell the API withholds), each with a confidential note; and a case.
  const officer = { role: "officer" as const };
  const requests = [
    ...Array.from({ length: 6 }, (_, i) => ({ reference: `E2E-PARTNER-IN-${i + 1}`, direction: "INCOMING", openedOn: `${lastYear}-03-0${i + 1}` })),
    ...Array.from({ length: 2 }, (_, i) => ({ reference: `E2E-PARTNER-OUT-${i + 1}`, direction: "OUTGOING", openedOn: `${lastYear}-04-0${i + 1}` })),
  ];
  for (const request of requests) {
    const { body } = await hub.query(
      `mutation C($input: CreateMlaRequestInput!) { createMlaRequest(input: $input) { id } }`,
      { input: { idempotencyKey: request.reference, counterpartCountry: "TR", legalBasisKind: "AGREEMENT", legalBasisAgreementId: "az-tr-cooperation", internalNote: "CONFIDENTIAL-NOTE-partner", ...request } },
      officer,
    );
    expect(body.errors).toBeUndefined();
  }
  const created = await hub.query(`mutation { createCase(input: { reference: "E2E-PARTNER-CASE", articles: ["144-1"], summary: "CONFIDENTIAL-SUMMARY-partner" }) { id } }`, {}, officer);
  expect(created.body.errors).toBeUndefined();
  key = await hub.partnerKey("IOM");
  browser = await launchBrowser();
  page = await newTab(browser);
  page.on("request", (request) => {
    if (new URL(request.url()).origin === hub.gatewayOrigin && request.resourceType() === "fetch") sent.push(request);
  });
  await signIn(page, hub, key);
}, 120_000);
afterAll(async () => {
  await browser?.close();
  await hub?.stop();
});

/** The registered operation's answer to this partner key, through the API. */
async function registered<T>(name: string, variables: Record<string, unknown> = {}): Promise<T> {
  const { status, body } = await hub.registered<T>(name, variables, { "x-api-key": key });
  expect([name, status, body.errors]).toEqual([name, 200, undefined]);
  return body.data!;
}

/** Opens a partner page, keeps its text for the confidentiality check, and runs axe, overflow and console checks. */
async function open(hash: string, ready: string, name: string): Promise<void> {
  await visit(page, hub, hash, ready);
  seen.push(await text(page, "body"));
  await checkPage(page, name);
}

/** A number as the console writes it: formatted by the browser (its locale data, not Node's). */
const formatted = (value: number, locale = "az-AZ") => page.evaluate(([v, l]) => v.toLocaleString(l), [value, locale] as const);

/** What a figure cell must read: the API's number, or "withheld" when the API withheld it. */
async function shown(value: number | null, name: string, suppressed: string[]): Promise<string> {
  return value !== null ? formatted(value) : suppressed.includes(name) ? `${azLabels["partner.withheld"]}*` : "—";
}
const range = async (from: number, to: number, total: number) =>
  azLabels.pageRange.replace("{from}", await formatted(from)).replace("{to}", await formatted(to)).replace("{total}", await formatted(total));

describeInBrowser("the console for a partner key", () => {
  it("offers the partner pages in the menu, and no staff section", async () => {
    expect(await page.locator("#nav a").evaluateAll((links) => links.map((link) => link.id))).toEqual(["nav-overview", "nav-agreements", "nav-legal-acts", "nav-recommendations", "nav-indicators", "nav-statistics"]);
  });

  it("lists the agreements a page at a time, as the registered AgreementsPage answers", async () => {
    type Answer = { agreements: { totalCount: number; edges: { node: { id: string; parties: unknown[] } }[]; pageInfo: { endCursor: string } } };
    const first = await registered<Answer>("AgreementsPage", { first: 25 });
    await open("#/agreements", "#agreements", "partner-agreements");
    const ids = () => page.locator("#agreements tbody tr a").evaluateAll((links) => links.map((link) => link.getAttribute("href")));
    expect(await ids()).toEqual(first.agreements.edges.map((edge) => `#/agreements/${edge.node.id}`));
    expect(await text(page, "main .pager-range")).toBe(await range(1, 25, first.agreements.totalCount));
    const second = await registered<Answer>("AgreementsPage", { first: 25, after: first.agreements.pageInfo.endCursor });
    await page.click("main .pager-next");
    await page.locator(`#agreements tbody tr a[href="#/agreements/${second.agreements.edges[0].node.id}"]`).waitFor();
    expect(await ids()).toEqual(second.agreements.edges.map((edge) => `#/agreements/${edge.node.id}`));
    seen.push(await text(page, "body"));
  });

  it("shows an agreement: parties, measures and last year's figures, a small cell withheld", async () => {
    type Figures = Record<string, number | null | string | string[]> & { suppressed: string[]; outcomes: Record<string, number | null | string[]> & { suppressed: string[] } };
    const { agreement } = await registered<{ agreement: { parties: unknown[]; measures: unknown[] } }>("Agreement", { id: "az-tr-cooperation" });
    const { agreement: year } = await registered<{ agreement: { cooperation: Figures } }>("AgreementCooperation", { id: "az-tr-cooperation", period: YEAR });
    const c = year.cooperation;
    // The API withholds the two outgoing requests (fewer than 5; staff read 2) and what would give them back.
    expect([c.requestsOut, c.suppressed.includes("requestsOut")]).toEqual([null, true]);
    const staff = await hub.registered<{ agreement: { cooperation: Figures } }>("AgreementCooperation", { id: "az-tr-cooperation", period: YEAR }, { authorization: `Bearer ${await hub.token("viewer")}` });
    expect(staff.body.data!.agreement.cooperation.requestsOut).toBe(2);
    await open("#/agreements/az-tr-cooperation", `#cooperation[data-year="${lastYear}"]`, "partner-agreement");
    for (const name of ["requestsIn", "requestsOut", "executed", "refused", "pending", "overdue", "medianDaysToExecute"]) {
      expect([name, await text(page, `[data-figure=${name}] dd`)]).toEqual([name, await shown(c[name] as number | null, name, c.suppressed)]);
    }
    for (const name of ["suspectsArrested", "victimsIdentified", "victimsAssisted", "indictments", "convictions", "assetsSeized"]) {
      expect([name, await text(page, `[data-figure=${name}] dd`)]).toEqual([name, await shown(c.outcomes[name] as number | null, name, c.outcomes.suppressed)]);
    }
    expect(await text(page, "[data-figure=requestsOut] dd")).toBe(`${azLabels["partner.withheld"]}*`);
    // What "withheld" means, with the hub's PARTNER_MIN_CELL (5), in the partner's usual language.
    await page.click("#lang-en");
    await page.waitForSelector(".withheld-legend");
    expect(await text(page, ".withheld-legend")).toContain("fewer than 5");
    expect(await text(page, "[data-figure=requestsOut] dd")).toBe(`${enLabels["partner.withheld"]}*`);
    await checkPage(page, "partner-agreement-en");
    await page.click("#lang-az");
    expect(await page.locator("#parties tbody tr").count()).toBe(Math.min(agreement.parties.length, 25));
    expect(await page.locator("#measures tbody tr").count()).toBe(Math.min(agreement.measures.length, 25));
    // Another year: the registered operation again, for that year only.
    await page.selectOption("#cooperation-year", String(lastYear - 1));
    await page.waitForSelector(`#cooperation[data-year="${lastYear - 1}"]`);
    const { agreement: before } = await registered<{ agreement: { cooperation: Figures } }>("AgreementCooperation", { id: "az-tr-cooperation", period: { from: `${lastYear - 1}-01-01`, to: `${lastYear - 1}-12-31` } });
    expect(await text(page, "[data-figure=requestsIn] dd")).toBe(await shown(before.cooperation.requestsIn as number | null, "requestsIn", before.cooperation.suppressed));
  });

  it("shows recommendations with their status, one of them, and progress with withheld counts", async () => {
    type Answer = { recommendations: { totalCount: number; edges: { node: { id: string; code: string; status: string } }[] } };
    const list = await registered<Answer>("Recommendations", { first: 25 });
    await open("#/recommendations", "#recommendations", "partner-recommendations");
    const rows = await page.locator("#recommendations tbody tr").allTextContents();
    expect(rows).toHaveLength(list.recommendations.edges.length);
    list.recommendations.edges.forEach((edge, i) => expect(rows[i]).toContain(edge.node.code));
    expect(await text(page, "main .pager-range")).toBe(await range(1, list.recommendations.edges.length, list.recommendations.totalCount));

    type Progress = { recommendationProgress: { group: string; reportingPeriod: string; total: number | null; suppressed: string[]; counts: { status: string; count: number | null; suppressed: string[] }[] }[] };
    const progress = (await registered<Progress>("RecommendationProgress", { groupBy: "SOURCE" })).recommendationProgress.filter((row) => row.reportingPeriod === "current");
    expect(await page.locator("#progress tbody tr").count()).toBe(progress.length);
    const withheld = progress.flatMap((row) => row.counts.filter((c) => c.count === null)).length + progress.filter((row) => row.total === null).length;
    expect(await page.locator("#progress [data-withheld]").count()).toBe(withheld);

    const first = list.recommendations.edges[0].node;
    await open(`#/recommendations/${encodeURIComponent(first.id)}`, "#recommendation-status", "partner-recommendation");
    const { recommendation } = await registered<{ recommendation: { status: keyof typeof azEnums.RecommendationStatus; code: string } }>("Recommendation", { id: first.id });
    expect(await text(page, "#recommendation-status")).toBe(azEnums.RecommendationStatus[recommendation.status].label);
    expect(await text(page, "main h1")).toContain(recommendation.code);
  });

  it("shows the indicators and the sources' statistics, withheld values said so", async () => {
    const { indicators } = await registered<{ indicators: { id: string; items: unknown[] }[] }>("Indicators");
    await open("#/indicators", "section.indicator", "partner-indicators");
    expect(await page.locator("section.indicator").count()).toBe(indicators.length);
    expect(await page.locator("section.indicator tbody tr").count()).toBe(indicators.reduce((sum, i) => sum + i.items.length, 0));

    const { statistics } = await registered<{ statistics: { value: number | null; suppressed: string[] }[] }>("Statistics");
    await open("#/statistics", "#statistics", "partner-statistics");
    const firstPage = statistics.slice(0, statistics.length > 50 ? 50 : statistics.length);
    const values = await page.locator("#statistics tbody tr td:nth-child(4)").allTextContents();
    expect(values).toEqual(await Promise.all(firstPage.map((row) => shown(row.value, "value", row.suppressed))));
    expect(statistics.some((row) => row.value === null)).toBe(true);
  });

  it("refuses staff pages and forms without sending anything, and sent only registered documents", async () => {
    const before = sent.length;
    for (const hash of ["#/mla", "#/cases", "#/deadlines", "#/agreements/new", "#/agreements/az-tr-cooperation/edit", "#/report", "#/admin/audit"]) {
      await visit(page, hub, hash, "#partner-refused");
      expect(await text(page, "#partner-refused [role=alert]")).toBe(azLabels["admin.partner.message"]);
    }
    expect(sent.length).toBe(before);

    for (const body of seen) for (const secret of SECRETS) expect([secret, body.includes(secret)]).toEqual([secret, false]);

    // Every GraphQL request was a registered document; the only other one asked the registry for PARTNER_MIN_CELL.
    const documents = new Set(
      readdirSync(partnerOperationsDir())
        .filter((file) => file.endsWith(".graphql"))
        .map((file) => print(parse(readFileSync(path.join(partnerOperationsDir(), file), "utf8")))),
    );
    const names = new Set<string>();
    for (const request of sent) {
      const url = new URL(request.url());
      if (url.pathname === "/partner-operations") {
        expect(request.method()).toBe("GET");
        continue;
      }
      expect(url.pathname).toBe("/graphql");
      const document = print(parse((request.postDataJSON() as { query: string }).query));
      expect(documents.has(document)).toBe(true);
      names.add(/query (\w+)/.exec(document)![1]);
    }
    expect([...names].sort()).toEqual(["Agreement", "AgreementCooperation", "AgreementsPage", "Indicators", "PartnerOverview", "Recommendation", "RecommendationProgress", "Recommendations", "SignInCheck", "Statistics"]);
  });
});
