import { readFileSync } from "node:fs";
import mammoth from "mammoth";
import type { Browser, Download, Page } from "playwright-core";
import { LETTER_TEXT } from "../../gateway/src/documents/mla-request-letter/letter-text";
import { LABELS } from "../../gateway/src/labels/dictionary";
import { readDocx, readPdf } from "../support/document-text";
import { startTestHub, type TestHub } from "../support/test-hub";
import { checkPage, describeInBrowser, forgetConsoleErrors, launchBrowser, pickCountry, signedInTab, text, visit, waitForValue } from "./support/console-browser";

// Phase 2b of the console (issue 15) on issues 14 and 16's APIs, in a real browser: a request letter's
// details edited (server errors beside their fields, a stale tab), what the letter lacks, the letter drafted
// and downloaded in each language, the deadlines page, and the report drafts; every result read back
// through the API (GraphQL, or the document route itself).
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

const officerRole = { role: "officer" as const };
const FACTS = "Between March and May 2025 the suspects recruited two women in Ganja.\nThey were taken to Istanbul and forced to work.";
const SOUGHT = "Hear the owner of the Istanbul workshop as a witness.";

interface LetterView {
  version: number;
  legalBasisArticle: string | null;
  factsSummary: string | null;
  assistanceSought: string | null;
  counterpartAuthority: string | null;
  requestingAuthority: string | null;
  contactName: string | null;
  contactEmail: string | null;
  letterCheck: { ready: boolean; missing: { code: string; field: string }[] };
}

async function letterView(id: string): Promise<LetterView> {
  const { body } = await hub.query<{ mlaRequest: LetterView }>(
    `query L($id: ID!) { mlaRequest(id: $id) { version legalBasisArticle factsSummary assistanceSought counterpartAuthority requestingAuthority contactName contactEmail
       letterCheck { ready missing { code field } } } }`,
    { id },
    officerRole,
  );
  return body.data!.mlaRequest;
}

/** An outgoing request to Türkiye under the bilateral agreement, serving a case with its articles. */
async function outgoingRequest(reference: string): Promise<string> {
  const created = await hub.query<{ createCase: { id: string } }>(`mutation C($input: CreateCaseInput!) { createCase(input: $input) { id } }`, { input: { reference: `CASE-${reference}`, articles: ["144-1"] } }, officerRole);
  const { body } = await hub.query<{ createMlaRequest: { id: string } }>(
    `mutation R($input: CreateMlaRequestInput!) { createMlaRequest(input: $input) { id } }`,
    { input: { idempotencyKey: reference, reference, direction: "OUTGOING", counterpartCountry: "TR", legalBasisKind: "AGREEMENT", legalBasisAgreementId: "az-tr-cooperation",
      caseId: created.body.data!.createCase.id, assistanceTypes: ["EVIDENCE"], openedOn: "2026-01-05" } },
    officerRole,
  );
  return body.data!.createMlaRequest.id;
}

async function downloaded(page: Page, button: string): Promise<{ download: Download; bytes: Buffer }> {
  const [download] = await Promise.all([page.waitForEvent("download"), page.click(button)]);
  const file = await download.path();
  return { download, bytes: readFileSync(file!) };
}

async function route(path: string): Promise<{ status: number; bytes: Buffer }> {
  const response = await fetch(`${hub.gatewayOrigin}${path}`, { headers: { authorization: `Bearer ${await hub.token("officer")}` } });
  return { status: response.status, bytes: Buffer.from(await response.arrayBuffer()) };
}

const docxText = async (bytes: Buffer) => (await mammoth.extractRawText({ buffer: bytes })).value;

describeInBrowser("request letters, deadlines and report drafts in the console", () => {
  it("lists what the letter lacks as letterCheck does, refuses a draft with that list, and names a refused value beside its field", async () => {
    const id = await outgoingRequest("E2E-LTR-1");
    await visit(officer, hub, `#/mla/${id}`, "#details-form");
    const api = await letterView(id);
    expect(api.letterCheck.ready).toBe(false);
    const shown = await officer.locator("#letter-missing li").evaluateAll((items) => items.map((li) => ({ code: li.getAttribute("data-code"), field: li.getAttribute("data-field") })));
    expect(shown).toEqual(api.letterCheck.missing);
    expect(shown.map((gap) => gap.code)).toEqual(["FACTS_SUMMARY", "ASSISTANCE_SOUGHT", "COUNTERPART_AUTHORITY", "REQUESTING_AUTHORITY", "CONTACT"]);
    // Asked anyway, the route refuses (422) and the page lists what it named.
    await officer.click("#letter-download-en");
    await officer.waitForSelector("#letter-error");
    expect(await officer.locator("#letter-error li").evaluateAll((items) => items.map((li) => li.getAttribute("data-code")))).toEqual(shown.map((gap) => gap.code));
    expect((await route(`/documents/mla-requests/E2E-LTR-1/draft?lang=en`)).status).toBe(422);
    // The browser logs the refused download (422) it was asked for on purpose.
    forgetConsoleErrors(officer);
    // The server's refusal of a value lands beside the field it names, in the user's language; nothing changes.
    await officer.fill("#details-contactEmail", "not an address");
    await officer.click("#details-submit");
    await officer.waitForSelector("#details-contactEmail-error");
    expect(await text(officer, "#details-contactEmail-error")).toBe("E-poçt ünvanı deyil.");
    expect(await officer.getAttribute("#details-contactEmail", "aria-invalid")).toBe("true");
    await checkPage(officer, "mla-letter-missing");
    expect((await letterView(id)).version).toBe(api.version);
  });

  it("edits the letter's details, reads them back through the API, and downloads the drafted letter in each language", async () => {
    const id = await outgoingRequest("E2E-LTR-2");
    await visit(officer, hub, `#/mla/${id}`, "#details-form");
    const before = await letterView(id);
    await officer.waitForSelector("#details-form[aria-busy='false']");
    await officer.fill("#details-counterpartAuthority", "Ministry of Justice of the Republic of Türkiye");
    await officer.fill("#details-legalBasisArticle", "art. 5");
    await officer.fill("#details-factsSummary", FACTS);
    await officer.fill("#details-assistanceSought", SOUGHT);
    await officer.fill("#details-requestingAuthority", "Baş Prokurorluq");
    await officer.fill("#details-contactName", "R. Məmmədov");
    await officer.fill("#details-contactEmail", "r.mammadov@example.az");
    await checkPage(officer, "mla-letter-details-filled");
    await officer.click("#details-submit");
    await officer.waitForSelector("#details-saved");
    await officer.waitForSelector("#letter[data-ready='true']");
    const after = await letterView(id);
    expect(after).toEqual({
      version: before.version + 1,
      legalBasisArticle: "art. 5",
      factsSummary: FACTS,
      assistanceSought: SOUGHT,
      counterpartAuthority: "Ministry of Justice of the Republic of Türkiye",
      requestingAuthority: "Baş Prokurorluq",
      contactName: "R. Məmmədov",
      contactEmail: "r.mammadov@example.az",
      letterCheck: { ready: true, missing: [] },
    });
    expect(await text(officer, "#facts-summary")).toBe(FACTS.replace(/\s+/g, " "));
    await checkPage(officer, "mla-letter-ready");
    for (const lang of ["en", "ru", "az"] as const) {
      const { download, bytes } = await downloaded(officer, `#letter-download-${lang}`);
      expect(download.suggestedFilename()).toBe(`mla-request-E2E-LTR-2-${lang}.docx`);
      const letter = await docxText(bytes);
      expect(letter).toContain(LETTER_TEXT[lang].title);
      expect(letter).toContain("Between March and May 2025 the suspects recruited two women in Ganja.");
      expect(letter).toContain(SOUGHT);
      expect(letter).toContain("r.mammadov@example.az");
      // The same letter the route gives any officer (drafted today, from the same record).
      expect(letter).toBe(await docxText((await route(`/documents/mla-requests/E2E-LTR-2/draft?lang=${lang}`)).bytes));
    }
    await officer.waitForSelector("#letter-saved");
  });

  it("shows a stale tab's details edit beside the current version and changes nothing", async () => {
    const id = await outgoingRequest("E2E-LTR-3");
    const second = await signedInTab(browser, hub, await hub.token("officer", "Second Officer"));
    for (const page of [officer, second]) await visit(page, hub, `#/mla/${id}`, "#details-form");
    await officer.fill("#details-factsSummary", "E2E facts as the first officer wrote them");
    await officer.click("#details-submit");
    await officer.waitForSelector("#details-saved");
    await second.fill("#details-factsSummary", "E2E facts from a stale tab");
    await second.selectOption("#details-priority", "URGENT");
    await second.click("#details-submit");
    await second.waitForSelector("#conflict");
    const rows = await second.locator("#conflict tbody tr").evaluateAll((trs) => trs.map((tr) => Array.from({ length: tr.children.length }, (_, i) => (tr.children[i]?.textContent ?? "").trim())));
    expect(rows).toEqual([
      ["Faktların xülasəsi", "E2E facts from a stale tab", "E2E facts as the first officer wrote them"],
      ["Prioritet", "Təcili", "Adi"],
    ]);
    await checkPage(second, "mla-letter-conflict");
    const now = await letterView(id);
    expect(now.factsSummary).toBe("E2E facts as the first officer wrote them");
    await second.click("#use-current");
    await second.waitForSelector("#conflict", { state: "detached" });
    await waitForValue(second, "#details-factsSummary", "E2E facts as the first officer wrote them");
    expect((await letterView(id)).version).toBe(now.version);
    await second.close();
  });

  it("shows each legal-basis option's track record as the API gives it, demo requests only with the switch on", async () => {
    for (const [i, synthetic] of [false, false, true].entries()) {
      await hub.query(`mutation R($input: CreateMlaRequestInput!) { createMlaRequest(input: $input) { id } }`,
        { input: { idempotencyKey: `E2E-UA-${i}`, reference: `E2E-UA-${i}`, direction: "INCOMING", counterpartCountry: "UA", legalBasisKind: "RECIPROCITY", openedOn: "2026-02-01" } }, officerRole);
      if (synthetic) await hub.pool.query(`UPDATE mla.mla_request SET synthetic = true WHERE reference = $1`, [`E2E-UA-${i}`]);
    }
    type Record = { requestsIn: number; requestsOut: number; syntheticRequests: number };
    const api = async (includeSynthetic: boolean) =>
      (await hub.query<{ legalBasisOptions: { id: string; trackRecord: Record }[] }>(
        `query O($s: Boolean!) { legalBasisOptions(counterpartCountry: "UA", includeSynthetic: $s) { id trackRecord(includeSynthetic: $s) { requestsIn requestsOut syntheticRequests } } }`,
        { s: includeSynthetic }, officerRole,
      )).body.data!.legalBasisOptions.find((o) => o.id === "reciprocity:UA")!.trackRecord;
    const row = "#mla-legalBasis [data-option='reciprocity:UA']";
    await visit(officer, hub, "#/mla/new", "#mla-form");
    await pickCountry(officer, "mla-counterpartCountry", "Украина", "UA");
    await officer.locator(row).waitFor();
    await officer.waitForSelector("#mla-legalBasis[aria-busy='false']");
    const real = await api(false);
    expect(real).toEqual({ requestsIn: 2, requestsOut: 0, syntheticRequests: 0 });
    expect(await officer.getAttribute(`${row} .track-record`, "data-requests")).toBe("2");
    expect(await text(officer, `${row} .track-record`)).toContain("daxil olan 2, göndərilən 0");
    expect(await officer.locator(`${row} .demo-mark`).count()).toBe(0);
    await officer.click("#demo-switch");
    await officer.waitForSelector(`${row} .track-record[data-requests='3'] .demo-mark[data-synthetic='1']`);
    expect(await api(true)).toEqual({ requestsIn: 3, requestsOut: 0, syntheticRequests: 1 });
    await checkPage(officer, "mla-new-track-record");
    await officer.click("#demo-switch");
    await officer.waitForSelector(`${row} .track-record[data-requests='2']`);
  });

  it("lists what falls due as the deadlines query does, pages it, links each request, and marks demo requests", async () => {
    // Twelve requests overdue (due in January) and one due in ten days, one of them demo data.
    const ids: string[] = [];
    for (let i = 1; i <= 12; i++) {
      const { body } = await hub.query<{ createMlaRequest: { id: string } }>(
        `mutation R($input: CreateMlaRequestInput!) { createMlaRequest(input: $input) { id } }`,
        { input: { idempotencyKey: `E2E-DUE-${i}`, reference: `E2E-DUE-${i}`, direction: "INCOMING", counterpartCountry: "GE", legalBasisKind: "RECIPROCITY", openedOn: "2026-01-02", dueOn: `2026-01-${String(10 + i).padStart(2, "0")}`, priority: i === 3 ? "URGENT" : "NORMAL" } },
        officerRole,
      );
      ids.push(body.data!.createMlaRequest.id);
    }
    await hub.pool.query(`UPDATE mla.mla_request SET synthetic = true WHERE reference = 'E2E-DUE-12'`);
    const QUERY = `query D($first: Int, $after: String, $kinds: [DeadlineKind!], $overdue: Boolean, $synthetic: Boolean!) {
      deadlines(withinDays: 30, includeSynthetic: $synthetic) { counts { total mlaRequestsOverdue measures reportingDuties }
        items(first: $first, after: $after, kinds: $kinds, overdue: $overdue) { totalCount pageInfo { endCursor } edges { node { id mlaRequest { id } } } } } }`;
    type Answer = { deadlines: { counts: { total: number; mlaRequestsOverdue: number }; items: { totalCount: number; pageInfo: { endCursor: string }; edges: { node: { id: string; mlaRequest: { id: string } | null } }[] } } };
    const api = async (variables: Record<string, unknown>) => (await hub.query<Answer>(QUERY, { synthetic: false, ...variables }, { role: "viewer" })).body.data!.deadlines;
    const shownIds = () => officer.locator("#deadlines tbody tr").evaluateAll((trs) => trs.map((tr) => tr.querySelector("a.deadline-record")?.getAttribute("href") ?? ""));
    /** The list once the API has answered what the page now asks (aria-busy is true from the render that asks). */
    const listed = (attributes: string) => officer.waitForSelector(`#deadline-list[aria-busy='false']${attributes}`);

    await visit(officer, hub, "#/deadlines", "#deadline-counts");
    await listed("[data-kind=''][data-synthetic='false']");
    const all = await api({ first: 25 });
    expect(await text(officer, "#deadline-counts [data-count='total']")).toBe(String(all.counts.total));
    expect(await text(officer, "#deadline-counts [data-count='overdue']")).toBe(String(all.counts.mlaRequestsOverdue));
    expect(all.counts.mlaRequestsOverdue).toBe(11);
    expect(await officer.locator("#deadlines tbody tr").count()).toBe(all.items.edges.length);
    await checkPage(officer, "deadlines");

    // Overdue requests only, ten a page: the pages are the API's pages, most overdue first.
    await officer.selectOption("#deadlines-kind", "MLA_REQUEST");
    await officer.selectOption("#deadlines-overdue", "true");
    await officer.click("#deadlines-filter");
    await listed("[data-kind='MLA_REQUEST'][data-overdue='true']");
    await officer.selectOption("#deadline-list nav.pager select", "10");
    await listed("[data-kind='MLA_REQUEST'][data-first='10'][data-offset='0']");
    const first = await api({ first: 10, kinds: ["MLA_REQUEST"], overdue: true });
    expect(first.items.totalCount).toBe(11);
    const hrefs = (page: Answer["deadlines"]) => page.items.edges.map((edge) => `#/mla/${edge.node.mlaRequest!.id}`);
    expect(await shownIds()).toEqual(hrefs(first));
    expect(hrefs(first)[0]).toBe(`#/mla/${ids[0]}`);
    await officer.click("#deadline-list nav.pager .pager-next");
    await listed("[data-first='10'][data-offset='10']");
    const second = await api({ first: 10, after: first.items.pageInfo.endCursor, kinds: ["MLA_REQUEST"], overdue: true });
    expect(await shownIds()).toEqual(hrefs(second));
    expect(await officer.locator("#deadlines .tag.synthetic").count()).toBe(0);

    // Demo data switched on: the demo request is listed too, marked (back on the first page).
    await officer.click("#demo-switch");
    await listed("[data-synthetic='true'][data-offset='0']");
    const withDemo = await api({ first: 10, kinds: ["MLA_REQUEST"], overdue: true, synthetic: true });
    expect(withDemo.items.totalCount).toBe(12);
    expect(await shownIds()).toEqual(hrefs(withDemo));
    await officer.click("#deadline-list nav.pager .pager-next");
    await listed("[data-synthetic='true'][data-offset='10']");
    expect(await officer.locator("#deadlines tr:has(.tag.synthetic) a.deadline-record").getAttribute("href")).toBe(`#/mla/${ids[11]}`);
    await checkPage(officer, "deadlines-demo");
    await officer.click("#demo-switch");
    await listed("[data-synthetic='false']");

    // Each row leads to its record.
    await officer.click(`#deadlines a.deadline-record[href='#/mla/${ids[0]}']`);
    await officer.waitForSelector("#request-details");
    expect(await text(officer, "main h1")).toContain("E2E-DUE-1");
  });

  it("downloads each report draft for the chosen year, language and format, as the route drafts it, demo data only when switched on", async () => {
    await visit(officer, hub, "#/report?year=2025", "#report-drafts");
    await officer.selectOption("#report-draft-lang", "en");
    const tip = await downloaded(officer, "#report-download-tip");
    expect(tip.download.suggestedFilename()).toBe("tip-2025-en.docx");
    const fromPage = await readDocx(tip.bytes);
    const fromApi = await readDocx((await route("/documents/reports/tip?year=2025&lang=en&format=docx")).bytes);
    expect(fromPage.tables).toEqual(fromApi.tables);
    expect(fromPage.headings).toEqual(fromApi.headings);
    expect(fromPage.headers.join(" ")).not.toContain(LABELS.en.report.syntheticWarning);
    await checkPage(officer, "report-drafts");

    await officer.selectOption("#report-draft-lang", "ru");
    await officer.selectOption("#report-draft-format", "pdf");
    const chapter = await downloaded(officer, "#report-download-national-coordinator");
    expect(chapter.download.suggestedFilename()).toBe("national-coordinator-2025-ru.pdf");
    expect(chapter.bytes.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    const pdf = await readPdf(chapter.bytes);
    expect(pdf.text).toBe((await readPdf((await route("/documents/reports/national-coordinator?year=2025&lang=ru&format=pdf")).bytes)).text);

    // With the demo-data switch on, the draft counts demo data and every page says so.
    await officer.click("#demo-switch");
    await officer.waitForSelector("#demo-switch[aria-pressed='true']");
    await officer.selectOption("#report-draft-lang", "en");
    await officer.selectOption("#report-draft-format", "docx");
    const cis = await downloaded(officer, "#report-download-cis-6-3");
    expect(cis.download.suggestedFilename()).toBe("cis-6.3-2025-en-synthetic.docx");
    const demo = await readDocx(cis.bytes);
    expect([...demo.headers, demo.text].join(" ")).toContain(LABELS.en.report.syntheticWarning);
    await officer.waitForSelector("#report-draft-saved");
    await officer.click("#demo-switch");
    await officer.waitForSelector("#demo-switch[aria-pressed='false']");
  });
});
