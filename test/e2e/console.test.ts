import { existsSync, mkdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { chromium, type Browser, type Page } from "playwright-core";
import { repoRoot } from "#shared/paths";
import { loadSyntheticCooperation } from "../../subgraphs/mla/src/demo/synthetic-cooperation";
import { startTestHub, type TestHub } from "../support/test-hub";

// Debian's chromium, driven by playwright-core. `npm test` runs these when it is installed; .ci/run
// installs it, and under CI a missing browser is a failure, not a skip.
const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const available = existsSync(CHROMIUM);
if (!available && process.env.CI === "true") throw new Error(`${CHROMIUM} is missing: .ci/run installs Debian's chromium`);
const maybe = available ? describe : describe.skip;
const ARTIFACTS = path.join(repoRoot(), "test", "artifacts");

let hub: TestHub;
let browser: Browser;

beforeAll(async () => {
  if (!available) return;
  mkdirSync(ARTIFACTS, { recursive: true });
  hub = await startTestHub();
  await loadSyntheticCooperation(hub.subgraphs.mla.dataSource, 120);
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
}, 120_000);
afterAll(async () => {
  await browser?.close();
  await hub?.stop();
});

async function signedIn(credential: string): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.goto(hub.gatewayOrigin + "/");
  await page.fill("#credential", credential);
  await page.click("#signin");
  await page.waitForSelector("#ranking-chart svg");
  return page;
}

const shot = (page: Page, name: string) => page.screenshot({ path: path.join(ARTIFACTS, `${name}.png`), fullPage: true });

async function newRequest(reference: string, extra: Record<string, unknown> = {}): Promise<{ id: string; version: number }> {
  const { body } = await hub.query<{ createMlaRequest: { id: string; version: number } }>(
    `mutation C($input: CreateMlaRequestInput!) { createMlaRequest(input: $input) { id version } }`,
    { input: { idempotencyKey: reference, reference, direction: "INCOMING", counterpartCountry: "TR", legalBasisKind: "AGREEMENT", legalBasisAgreementId: "az-tr-cooperation", openedOn: "2026-01-05", internalNote: "CONFIDENTIAL-NOTE-e2e", ...extra } },
    { role: "officer" },
  );
  return body.data!.createMlaRequest;
}

maybe("the staff console in a real browser", () => {
  it("opens on the overview with the cooperation ranking", async () => {
    const page = await signedIn(await hub.token("officer", "E2E Officer"));
    expect(await page.locator("table tbody tr").count()).toBeGreaterThan(3);
    await shot(page, "overview");
    await page.click("#lang");
    await page.waitForSelector("text=Which agreements produced results on cases");
    await shot(page, "overview-en");
    await page.close();
  });

  it("finds an agreement typed without Azerbaijani letters and opens it", async () => {
    const page = await signedIn(await hub.token("viewer"));
    await page.goto(`${hub.gatewayOrigin}/#/agreements`);
    await page.fill("#agreement-search", "insan alveri proqrami");
    await page.press("#agreement-search", "Enter");
    await page.locator(".agreement-link", { hasText: "2007-2010" }).first().click();
    await page.waitForSelector("#agreement-title");
    expect(await page.textContent("#agreement-title")).toContain("2007-2010-cu illər üçün əməkdaşlıq Proqramı");
    expect(await page.textContent("main")).toContain("NOT_SIGNED");
    await shot(page, "agreement");
    await page.close();
  });

  it("moves an MLA request to its next status, offering only allowed ones", async () => {
    const request = await newRequest("E2E-IN-1");
    const page = await signedIn(await hub.token("officer"));
    await page.goto(`${hub.gatewayOrigin}/#/mla/${request.id}`);
    await page.waitForSelector("#transitions");
    const offered = await Promise.all((await page.locator("button.transition").all()).map((b) => b.getAttribute("data-to")));
    expect(offered).toEqual(["IN_PROGRESS", "ADDITIONAL_INFO_REQUESTED", "REFUSED", "WITHDRAWN"]);
    await page.click('button[data-to="IN_PROGRESS"]');
    await page.locator("#request-status", { hasText: /^IN_PROGRESS$/ }).waitFor();
    await shot(page, "mla-request");
    const { rows } = await hub.pool.query(`SELECT status FROM mla.mla_request WHERE id = $1`, [request.id]);
    expect(rows[0].status).toBe("IN_PROGRESS");
    await page.close();
  });

  it("shows a stale tab's edit as a conflict and loses nothing", async () => {
    const request = await newRequest("E2E-IN-2");
    const token = await hub.token("officer");
    const first = await signedIn(token);
    const second = await signedIn(token);
    for (const page of [first, second]) {
      await page.goto(`${hub.gatewayOrigin}/#/mla/${request.id}`);
      await page.waitForSelector("#transitions");
    }
    await first.click('button[data-to="IN_PROGRESS"]');
    await first.locator("#request-status", { hasText: /^IN_PROGRESS$/ }).waitFor();
    await second.click('button[data-to="WITHDRAWN"]');
    await second.waitForSelector(".conflict");
    await shot(second, "mla-conflict");
    const { rows } = await hub.pool.query(`SELECT status FROM mla.mla_request WHERE id = $1`, [request.id]);
    expect(rows[0].status).toBe("IN_PROGRESS");
    await first.close();
    await second.close();
  });

  it("offers staff a self-hosted GraphiQL that runs queries", async () => {
    const page = await signedIn(await hub.token("viewer"));
    await page.click("#graphiql-link");
    await page.waitForSelector(".graphiql-container");
    await shot(page, "graphiql");
    const schemaLoaded = await page.request.post(`${hub.gatewayUrl}`, {
      headers: { "content-type": "application/json", authorization: `Bearer ${await hub.token("viewer")}` },
      data: { query: "{ __schema { queryType { name } } }" },
    });
    expect(await schemaLoaded.json()).toEqual({ data: { __schema: { queryType: { name: "Query" } } } });
    await page.close();
  });

  it("downloads the yearly report as CSV", async () => {
    const page = await signedIn(await hub.token("viewer"));
    await page.goto(`${hub.gatewayOrigin}/#/report?year=2020`);
    await page.waitForSelector("#download-csv");
    await shot(page, "report");
    const [download] = await Promise.all([page.waitForEvent("download"), page.click("#download-csv")]);
    expect(download.suggestedFilename()).toBe("cooperation-report-2020.csv");
    const file = path.join(ARTIFACTS, "cooperation-report-2020.csv");
    await download.saveAs(file);
    const csv = readFileSync(file, "utf8");
    expect(csv.split("\r\n")[0]).toBe('"Cooperation Hub report 2020"');
    expect(csv).toContain('"1",');
    await page.close();
  });

  it("shows a partner key the same pages read-only, without confidential fields", async () => {
    const request = await newRequest("E2E-IN-3");
    const page = await signedIn(await hub.partnerKey("IOM"));
    await page.goto(`${hub.gatewayOrigin}/#/mla/${request.id}`);
    await page.waitForSelector("#request-status");
    expect(await page.locator("#transitions").count()).toBe(0);
    expect(await page.locator("#internal-note").count()).toBe(0);
    expect(await page.textContent("body")).not.toContain("CONFIDENTIAL-NOTE-e2e");
    expect(await page.textContent("body")).not.toContain("E2E Officer");
    await shot(page, "partner-request");
    await page.goto(`${hub.gatewayOrigin}/#/recommendations/needs-assessment-ch3%3AO`);
    await page.waitForSelector("h1");
    expect(await page.locator("#record-status").count()).toBe(0);
    await shot(page, "partner-recommendation");
    await page.close();
  });
});
