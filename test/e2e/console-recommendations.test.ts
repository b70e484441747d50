import type { Browser, Page } from "playwright-core";
import { startTestHub, type TestHub } from "../support/test-hub";
import { checkPage, describeInBrowser, launchBrowser, pickCountry, signedInTab, text, visit } from "./support/console-browser";

// Officers' recommendation and indicator work in a real browser, each result checked through the API:
// a status update with evidence picked by search (never an id typed), a stale tab, an indicator assessment.
let hub: TestHub;
let browser: Browser;
let officer: Page;
let requestId: string;
const RECOMMENDATION = "needs-assessment-ch3:O";
const RECOMMENDATION_PAGE = `#/recommendations/${encodeURIComponent(RECOMMENDATION)}`;

beforeAll(async () => {
  hub = await startTestHub();
  const { body } = await hub.query<{ createMlaRequest: { id: string } }>(
    `mutation { createMlaRequest(input: { idempotencyKey: "E2E-EVIDENCE-1", reference: "E2E-EVIDENCE-1", direction: OUTGOING, counterpartCountry: "TR", legalBasisKind: AGREEMENT, legalBasisAgreementId: "az-tr-cooperation" }) { id } }`,
    {},
    { role: "officer" },
  );
  requestId = body.data!.createMlaRequest.id;
  browser = await launchBrowser();
  officer = await signedInTab(browser, hub, await hub.token("officer", "E2E Officer"));
}, 120_000);
afterAll(async () => {
  await browser?.close();
  await hub?.stop();
});

interface Update {
  status: string;
  reportingPeriod: string;
  note: string | null;
  evidence: { kind: string; agreement: { id: string } | null; mlaRequest: { id: string } | null; measure: { id: string } | null; documentTitle: string | null; documentUrl: string | null }[];
}

async function history(): Promise<Update[]> {
  const { body } = await hub.query<{ recommendation: { history: Update[] } }>(
    `query R($id: ID!) { recommendation(id: $id) { history { status reportingPeriod note evidence { kind agreement { id } mlaRequest { id } measure { id } documentTitle documentUrl } } } }`,
    { id: RECOMMENDATION },
    { role: "officer" },
  );
  return body.data!.recommendation.history;
}

describeInBrowser("recommendations and indicators in the console", () => {
  it("records a status update with evidence found by search: an agreement, a request, a measure and a document", async () => {
    await visit(officer, hub, RECOMMENDATION_PAGE, "#status-form");
    await officer.selectOption("#status-status", "IN_PROGRESS");
    await officer.fill("#status-reportingPeriod", "2025-13");
    await officer.click("#record-status-submit");
    await officer.waitForSelector("#status-reportingPeriod-error");
    await officer.fill("#status-reportingPeriod", "2025-H2");
    await officer.fill("#status-note", "E2E: cooperation agreements in use");
    // An agreement, searched without Azerbaijani letters.
    await officer.fill("#evidence-agreement-search", "insan alveri proqrami");
    await officer.click("#evidence-agreement-search-button");
    await officer.click("#evidence-picker button.pick[data-id='cis-thb-programme-2007-2010']");
    // A request, by country and part of its reference, searched on the server.
    await officer.selectOption("#evidence-kind", "MLA_REQUEST");
    await pickCountry(officer, "evidence-request-country", "Турция", "TR");
    await officer.fill("#evidence-request-text", "e2e-evid");
    await officer.locator("#evidence-request-results[data-answered='e2e-evid'] button.pick").waitFor();
    expect(await officer.locator("#evidence-request-results button.pick").evaluateAll((buttons) => buttons.map((b) => b.getAttribute("data-id")))).toEqual([requestId]);
    await officer.click(`#evidence-picker button.pick[data-id='${requestId}']`);
    await officer.locator("#chosen-evidence li[data-kind='MLA_REQUEST']").waitFor();
    await checkPage(officer, "recommendation-evidence-request");
    // A measure of an agreement found by search.
    await officer.selectOption("#evidence-kind", "MEASURE");
    await officer.fill("#evidence-measure-agreement-search", "insan alveri proqrami");
    await officer.click("#evidence-measure-agreement-search-button");
    await officer.click("#evidence-picker button.pick[data-id='cis-thb-programme-2007-2010']");
    const measure = officer.locator("#evidence-picker .picks.measures button.pick").first();
    const measureId = await measure.getAttribute("data-id");
    await measure.click();
    // A document by title and address.
    await officer.selectOption("#evidence-kind", "DOCUMENT");
    await officer.fill("#evidence-document-url", "not an address");
    await officer.fill("#evidence-document-title", "Annual report of the working group 2025 (E2E)");
    await officer.click("#evidence-document-add");
    await officer.waitForSelector("#evidence-document-url-error");
    await officer.fill("#evidence-document-url", "https://example.org/report-2025.pdf");
    await officer.click("#evidence-document-add");
    expect(await officer.locator("#chosen-evidence li[data-kind]").evaluateAll((items) => items.map((li) => li.getAttribute("data-kind")))).toEqual([
      "AGREEMENT",
      "MLA_REQUEST",
      "MEASURE",
      "DOCUMENT",
    ]);
    await checkPage(officer, "recommendation-update-filled");
    await officer.click("#record-status-submit");
    await officer.waitForSelector("#saved");
    const latest = (await history()).at(-1)!;
    expect(latest).toMatchObject({ status: "IN_PROGRESS", reportingPeriod: "2025-H2", note: "E2E: cooperation agreements in use" });
    // The API keeps its own order of evidence; the set is what matters.
    expect([...latest.evidence].sort((a, b) => a.kind.localeCompare(b.kind))).toEqual([
      { kind: "AGREEMENT", agreement: { id: "cis-thb-programme-2007-2010" }, mlaRequest: null, measure: null, documentTitle: null, documentUrl: null },
      { kind: "DOCUMENT", agreement: null, mlaRequest: null, measure: null, documentTitle: "Annual report of the working group 2025 (E2E)", documentUrl: "https://example.org/report-2025.pdf" },
      { kind: "MEASURE", agreement: null, mlaRequest: null, measure: { id: measureId }, documentTitle: null, documentUrl: null },
      { kind: "MLA_REQUEST", agreement: null, mlaRequest: { id: requestId }, measure: null, documentTitle: null, documentUrl: null },
    ]);
    await officer.locator("#recommendation-status", { hasText: "İcradadır" }).waitFor();
    expect(await text(officer, "#status-history")).toContain("E2E-EVIDENCE-1");
  });

  it("shows a stale tab's update beside the current status and records nothing", async () => {
    const second = await signedInTab(browser, hub, await hub.token("officer", "Second Officer"));
    for (const page of [officer, second]) await visit(page, hub, RECOMMENDATION_PAGE, "#status-form");
    const before = (await history()).length;
    await officer.selectOption("#status-status", "PARTIALLY_IMPLEMENTED");
    await officer.fill("#status-reportingPeriod", "2026");
    await officer.click("#record-status-submit");
    await officer.locator("#recommendation-status", { hasText: "Qismən icra olunub" }).waitFor();
    await second.selectOption("#status-status", "IMPLEMENTED");
    await second.fill("#status-reportingPeriod", "2026");
    await second.click("#record-status-submit");
    await second.waitForSelector("#conflict");
    expect(await text(second, "#conflict .conflict-yours")).toContain("İcra olunub");
    expect(await text(second, "#conflict")).toContain("Qismən icra olunub");
    await checkPage(second, "recommendation-conflict");
    const after = await history();
    expect(after).toHaveLength(before + 1);
    expect(after.at(-1)!.status).toBe("PARTIALLY_IMPLEMENTED");
    await second.close();
  });

  it("assesses an indicator's criterion for a reporting period", async () => {
    await visit(officer, hub, "#/indicators", "#assess-form");
    await officer.selectOption("#assess-itemId", "5.4-OPERATIONAL-1");
    await officer.fill("#assess-reportingPeriod", "2025-H1");
    await officer.selectOption("#assess-status", "PARTIALLY_MET");
    await officer.fill("#assess-note", "E2E: facts of cooperation with two states");
    await officer.click("#assess-submit");
    await officer.waitForSelector("#saved");
    await officer.locator("#indicator-table-5-4 thead th", { hasText: "2025-H1" }).waitFor();
    expect(await text(officer, "#indicator-table-5-4")).toContain("Qismən");
    await checkPage(officer, "indicators-assessed");
    const { body } = await hub.query<{ indicators: { items: { id: string; assessments: { reportingPeriod: string; status: string; note: string | null }[] }[] }[] }>(
      `{ indicators { items { id assessments { reportingPeriod status note } } } }`,
      {},
      { role: "officer" },
    );
    const item = body.data!.indicators.flatMap((i) => i.items).find((i) => i.id === "5.4-OPERATIONAL-1")!;
    expect(item.assessments.filter((a) => a.reportingPeriod === "2025-H1")).toEqual([{ reportingPeriod: "2025-H1", status: "PARTIALLY_MET", note: "E2E: facts of cooperation with two states" }]);
  });

  it("translates an indicator criterion, shown in Russian marked unofficial", async () => {
    await visit(officer, hub, "#/indicators", "#criterion-translation-form");
    await officer.selectOption("#criterion-translation-subject", "5.4-OPERATIONAL-1");
    await officer.selectOption("#criterion-translation-lang", "ru");
    await officer.fill("#criterion-translation-text", "Факты сотрудничества с другими государствами (E2E)");
    await officer.click("#criterion-translation-submit");
    await officer.locator("#criterion-translation-saved").waitFor();
    const { body } = await hub.query<{ indicators: { items: { id: string; unofficialTexts: { lang: string; text: string; translatedByName: string }[] }[] }[] }>(
      `{ indicators { items { id unofficialTexts { lang text translatedByName } } } }`, {}, { role: "officer" });
    const item = body.data!.indicators.flatMap((i) => i.items).find((i) => i.id === "5.4-OPERATIONAL-1")!;
    expect(item.unofficialTexts).toEqual([{ lang: "RU", text: "Факты сотрудничества с другими государствами (E2E)", translatedByName: "E2E Officer" }]);
    await officer.click("#lang-ru");
    const row = officer.locator("#indicator-table-5-4 tbody tr", { hasText: "Факты сотрудничества с другими государствами (E2E)" });
    await row.waitFor();
    expect(await row.locator(".unofficial-mark").textContent()).toBe("неофициально");
    await checkPage(officer, "indicators-criterion-translated-ru");
    await officer.click("#lang-az");
  });

  it("keeps an officer's translation of a recommendation's text, marked unofficial, in the language chosen", async () => {
    await visit(officer, hub, RECOMMENDATION_PAGE, "#translation-form");
    const offered = await officer.locator("#translation-lang option").evaluateAll((options) => options.map((o) => o.getAttribute("value")));
    const { body: before } = await hub.query<{ recommendation: { textAz: string | null; textEn: string | null; textRu: string | null } }>(
      `query R($id: ID!) { recommendation(id: $id) { textAz textEn textRu } }`, { id: RECOMMENDATION });
    const texts = before.data!.recommendation;
    // Only languages the source gives no text in are offered: the source's text always wins.
    expect(offered).toEqual((["az", "en", "ru"] as const).filter((lang) => !{ az: texts.textAz, en: texts.textEn, ru: texts.textRu }[lang]));
    expect(offered).toContain("ru");
    await officer.selectOption("#translation-lang", "ru");
    await officer.click("#translation-submit");
    await officer.waitForSelector("#translation-text-error");
    await officer.fill("#translation-text", "Развивать международное сотрудничество (E2E)");
    await officer.click("#translation-submit");
    await officer.locator("#recommendation-texts", { hasText: "Развивать международное сотрудничество (E2E)" }).waitFor();
    const { body } = await hub.query<{ recommendation: { unofficialTexts: { lang: string; text: string; translatedByName: string }[] } }>(
      `query R($id: ID!) { recommendation(id: $id) { unofficialTexts { lang text translatedByName } } }`, { id: RECOMMENDATION }, { role: "officer" });
    expect(body.data!.recommendation.unofficialTexts).toEqual([{ lang: "RU", text: "Развивать международное сотрудничество (E2E)", translatedByName: "E2E Officer" }]);
    await officer.click("#lang-ru");
    await officer.locator("#recommendation-text .unofficial-mark", { hasText: "неофициально" }).first().waitFor();
    expect(await text(officer, "#recommendation-text")).toContain("Развивать международное сотрудничество (E2E)");
    await checkPage(officer, "recommendation-translated-ru");
    await officer.click("#lang-az");
  });
});
