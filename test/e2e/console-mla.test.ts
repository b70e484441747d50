import type { Browser, Page } from "playwright-core";
import { startTestHub, type TestHub } from "../support/test-hub";
import { checkPage, describeInBrowser, forgetConsoleErrors, launchBrowser, pickCountry, signedInTab, text, visit } from "./support/console-browser";

// Officers' MLA work in a real browser, each result checked through the API: a request recorded through
// the form, transitions with date, note and refusal ground, a stale tab, a case with its request and outcome.
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

interface RequestView {
  id: string;
  reference: string;
  direction: string;
  status: string;
  version: number;
  counterpartCountry: { code: string };
  legalBasis: { id: string } | null;
  assistanceTypes: string[];
  dueOn: string | null;
  acknowledgedOn: string | null;
  closedOn: string | null;
  refusalGround: string | null;
  refusalGroundCode: string | null;
  case: { id: string } | null;
  history: { to: string; note: string | null; refusalGround: string | null; changedAt: string }[];
}

async function requestsByReference(reference: string): Promise<RequestView[]> {
  const { body } = await hub.query<{ mlaRequests: { edges: { node: RequestView }[] } }>(
    `{ mlaRequests(first: 100) { edges { node { id reference direction status version counterpartCountry { code } legalBasis { id } assistanceTypes dueOn acknowledgedOn closedOn refusalGround refusalGroundCode case { id }
       history { to note refusalGround changedAt } } } } }`,
    {},
    { role: "officer" },
  );
  return body.data!.mlaRequests.edges.map((e) => e.node).filter((r) => r.reference === reference);
}

async function newRequest(reference: string): Promise<{ id: string }> {
  const { body } = await hub.query<{ createMlaRequest: { id: string } }>(
    `mutation C($input: CreateMlaRequestInput!) { createMlaRequest(input: $input) { id } }`,
    { input: { idempotencyKey: reference, reference, direction: "INCOMING", counterpartCountry: "TR", legalBasisKind: "AGREEMENT", legalBasisAgreementId: "az-tr-cooperation", openedOn: "2026-01-05" } },
    { role: "officer" },
  );
  return body.data!.createMlaRequest;
}

/** The legal-basis options the form offers (each radio's option id), in the order shown. */
async function offeredOptions(): Promise<string[]> {
  return officer.locator("#mla-legalBasis [data-option]").evaluateAll((rows) => rows.map((row) => row.getAttribute("data-option") ?? ""));
}

/** The API's legalBasisOptions for a country, in its ranking (real records only, as the switch is off). */
async function apiOptions(country: string): Promise<{ id: string; agreementId: string | null; applicability: string; why: string }[]> {
  const { body } = await hub.query<{ legalBasisOptions: { id: string; agreementId: string | null; applicability: string; why: string }[] }>(
    `query O($country: String!) { legalBasisOptions(counterpartCountry: $country) { id agreementId applicability why(lang: AZ) } }`,
    { country },
    { role: "officer" },
  );
  return body.data!.legalBasisOptions;
}

/** Waits until the options of this country are shown (its reciprocity row is always one). */
async function optionsOf(country: string): Promise<void> {
  await officer.locator(`#mla-legalBasis [data-option='reciprocity:${country}']`).waitFor();
  await officer.waitForSelector("#mla-legalBasis[aria-busy='false']");
}

describeInBrowser("MLA requests, cases and outcomes in the console", () => {
  it("records a request: country by name, legal basis among the API's ranked options with their reasons, completeness warnings, one idempotency key", async () => {
    await visit(officer, hub, "#/mla/new", "#mla-form");
    // Before anything is filled in, the form says what would be missing.
    const warnings = await officer.locator("#completeness li").evaluateAll((items) => items.map((li) => li.getAttribute("data-warning")));
    expect(warnings).toEqual(expect.arrayContaining(["mla.warn.noAssistanceType", "mla.warn.noDueOn", "mla.warn.noAuthority", "mla.warn.noCase"]));
    await officer.fill("#mla-reference", "E2E-OUT-GE-1");
    await officer.selectOption("#mla-direction", "OUTGOING");
    // Turkmenistan: the options the API ranks for it, in its order (the CIS programme it did not sign is none).
    await pickCountry(officer, "mla-counterpartCountry", "Туркменистан", "TM");
    expect(await officer.inputValue("#mla-counterpartCountry")).toBe("Türkmənistan");
    await optionsOf("TM");
    expect(await offeredOptions()).toEqual((await apiOptions("TM")).map((o) => o.id));
    expect(await offeredOptions()).not.toContain("agreement:cis-thb-programme-2007-2010:TM");
    // Georgia: GUAM and the Azerbaijan-Georgia-Turkey agreement bind both (docs/legal-basis.md), each shown
    // with the API's reasons and standing; the CIS programme Georgia did not sign is not offered.
    await pickCountry(officer, "mla-counterpartCountry", "Грузия", "GE");
    expect(await officer.inputValue("#mla-counterpartCountry")).toBe("Gürcüstan");
    await optionsOf("GE");
    const georgia = await apiOptions("GE");
    expect(await offeredOptions()).toEqual(georgia.map((o) => o.id));
    expect(await offeredOptions()).not.toContain("agreement:cis-thb-programme-2007-2010:GE");
    const chosen = georgia.find((o) => o.agreementId === "az-ge-tr-terrorism-organised-crime")!;
    expect(chosen.applicability).toBe("BOTH_PARTIES");
    const row = officer.locator(`#mla-legalBasis [data-option='${chosen.id}']`);
    expect(await row.locator(".why").textContent()).toBe(chosen.why);
    expect(await row.locator("[data-value='BOTH_PARTIES']").count()).toBe(1);
    // With the seeds no request was made yet: the track record says so rather than show zeros.
    expect(await row.locator(".track-record").getAttribute("data-requests")).toBe("0");
    await officer.check("#mla-legalBasis-az-ge-tr-terrorism-organised-crime");
    await officer.check("#mla-assistanceTypes-EVIDENCE");
    await officer.check("#mla-assistanceTypes-WITNESS_VICTIM_INTERVIEW");
    await officer.fill("#mla-counterpartAuthority", "Prosecutor's Office of Georgia");
    await officer.fill("#mla-dueOn", "2026-12-31");
    // An outgoing request: what its letter will need that this form does not hold is said too.
    expect(await officer.locator("#completeness li").evaluateAll((items) => items.map((li) => li.getAttribute("data-warning")))).toEqual(["mla.warn.noCase", "mla.warn.letterDetails"]);
    await checkPage(officer, "mla-new-filled");
    // The first answer is lost on its way back (the server did record it): the officer submits again and
    // the form's one idempotency key returns the same request instead of a second one.
    let dropped = false;
    await officer.route("**/graphql", async (route) => {
      if (!dropped && (route.request().postData() ?? "").includes("mutation CreateMlaRequest")) {
        dropped = true;
        await route.fetch();
        return route.abort("connectionreset");
      }
      return route.continue();
    });
    await officer.click("#create-request");
    await officer.waitForSelector("#form-error");
    expect(await text(officer, "#form-error")).toContain("Serverə qoşulmaq olmadı");
    await officer.click("#create-request");
    await officer.waitForSelector("#request-details");
    await officer.unroute("**/graphql");
    forgetConsoleErrors(officer);
    const created = await requestsByReference("E2E-OUT-GE-1");
    expect(created).toHaveLength(1);
    expect(created[0]).toMatchObject({ direction: "OUTGOING", counterpartCountry: { code: "GE" }, legalBasis: { id: "az-ge-tr-terrorism-organised-crime" }, dueOn: "2026-12-31" });
    expect(created[0]!.assistanceTypes.sort()).toEqual(["EVIDENCE", "WITNESS_VICTIM_INTERVIEW"]);
    expect(officer.url()).toContain(`#/mla/${created[0]!.id}`);
  });

  it("shows the server's refusal of a value beside the field it names, and creates nothing", async () => {
    await visit(officer, hub, "#/mla/new", "#mla-form");
    await officer.fill("#mla-reference", "X".repeat(101));
    await pickCountry(officer, "mla-counterpartCountry", "Türkiye", "TR");
    await optionsOf("TR");
    await officer.check("#mla-legalBasis-RECIPROCITY");
    await officer.click("#create-request");
    await officer.waitForSelector("#mla-reference-error");
    expect(await text(officer, "#mla-reference-error")).toContain("Mətn çox uzundur");
    expect(await officer.getAttribute("#mla-reference", "aria-invalid")).toBe("true");
    expect(await officer.getAttribute("#mla-reference", "aria-describedby")).toContain("mla-reference-error");
    await checkPage(officer, "mla-new-invalid");
    // A reference already used in that direction is refused beside the reference too.
    await newRequest("E2E-TAKEN-1");
    await officer.fill("#mla-reference", "E2E-TAKEN-1");
    await officer.click("#create-request");
    await officer.locator("#mla-reference-error", { hasText: "artıq başqa qeyddə" }).waitFor();
    expect(await requestsByReference("X".repeat(101))).toHaveLength(0);
    expect(await requestsByReference("E2E-TAKEN-1")).toHaveLength(1);
  });

  it("moves a request on a date with a note, and refuses it with a ground from the list and details", async () => {
    const request = await newRequest("E2E-IN-MOVE");
    await visit(officer, hub, `#/mla/${request.id}`, "#transition-form");
    const offered = await officer.locator("#transition-to option").evaluateAll((options) => options.map((o) => o.getAttribute("value")));
    expect(offered).toEqual(["IN_PROGRESS", "ADDITIONAL_INFO_REQUESTED", "REFUSED", "WITHDRAWN"]);
    await officer.selectOption("#transition-to", "IN_PROGRESS");
    await officer.fill("#transition-on", "2026-01-12");
    await officer.fill("#transition-note", "E2E: assigned to the investigator");
    await officer.click("#transition-submit");
    await officer.locator("#request-status[data-status='IN_PROGRESS']").waitFor();
    let [now] = await requestsByReference("E2E-IN-MOVE");
    expect(now!.status).toBe("IN_PROGRESS");
    expect(now!.history.at(-1)).toMatchObject({ to: "IN_PROGRESS", note: "E2E: assigned to the investigator" });
    expect(now!.acknowledgedOn).toBe("2026-01-12");
    // A refusal needs its ground: said beside the field before anything is sent.
    await officer.selectOption("#transition-to", "REFUSED");
    await officer.click("#transition-submit");
    await officer.waitForSelector("#transition-ground-error");
    await officer.selectOption("#transition-ground", "NO_DUAL_CRIMINALITY");
    await officer.fill("#transition-details", "the act is not an offence in the requested state");
    await checkPage(officer, "mla-refusing");
    await officer.click("#transition-submit");
    await officer.locator("#request-status[data-status='REFUSED']").waitFor();
    [now] = await requestsByReference("E2E-IN-MOVE");
    // The ground is a code from the list; the details are the words.
    expect(now!.refusalGroundCode).toBe("NO_DUAL_CRIMINALITY");
    expect(now!.refusalGround).toBe("the act is not an offence in the requested state");
    expect(now!.closedOn).toBe(new Date().toISOString().slice(0, 10));
    expect(await text(officer, "#refusal-ground")).toBe("İkili cinayətkarlıq yoxdur: the act is not an offence in the requested state");
    // The ground reads in the user's language.
    await officer.click("#lang-en");
    await officer.locator("#refusal-ground", { hasText: "No dual criminality: the act" }).waitFor();
    await officer.click("#lang-az");
    expect(await officer.locator("#transitions").count()).toBe(0);
  });

  it("shows a stale tab's transition beside the current version and changes nothing", async () => {
    const request = await newRequest("E2E-IN-STALE");
    const second = await signedInTab(browser, hub, await hub.token("officer", "Second Officer"));
    for (const page of [officer, second]) await visit(page, hub, `#/mla/${request.id}`, "#transition-form");
    await officer.selectOption("#transition-to", "IN_PROGRESS");
    await officer.click("#transition-submit");
    await officer.locator("#request-status[data-status='IN_PROGRESS']").waitFor();
    await second.selectOption("#transition-to", "WITHDRAWN");
    await second.fill("#transition-note", "E2E: withdrawn by a stale tab");
    await second.click("#transition-submit");
    await second.waitForSelector("#conflict");
    expect(await text(second, "#conflict .conflict-yours")).toContain("Daxil olub → Geri götürülüb");
    expect(await text(second, "#conflict")).toContain("İcradadır");
    expect(await text(second, "#conflict")).toContain("E2E Officer");
    await checkPage(second, "mla-conflict");
    const [now] = await requestsByReference("E2E-IN-STALE");
    expect(now!.status).toBe("IN_PROGRESS");
    expect(now!.history.map((h) => h.note)).not.toContain("E2E: withdrawn by a stale tab");
    await second.click("#use-current");
    await second.locator("#request-status[data-status='IN_PROGRESS']").waitFor();
    await second.waitForSelector("#conflict", { state: "detached" });
    await second.close();
  });

  it("records a case, a request serving it, and an outcome linking that request", async () => {
    await visit(officer, hub, "#/cases/new", "#case-form");
    await officer.fill("#case-reference", "E2E-CASE-77");
    await officer.fill("#case-articles", "144-1, 144-2");
    await officer.fill("#case-openedOn", "2026-02-01");
    await officer.fill("#case-summary", "E2E confidential summary");
    await checkPage(officer, "case-new-filled");
    await officer.click("#create-case");
    await officer.waitForSelector("#case-details");
    const caseId = decodeURIComponent(officer.url().split("#/cases/")[1]!);
    await officer.click("#new-request-for-case");
    await officer.waitForSelector("#mla-form");
    // The case is fetched after the form renders: wait for it rather than read the loading line.
    await officer.waitForSelector("#mla-case[aria-busy='false']");
    expect(await text(officer, "#mla-case")).toBe("E2E-CASE-77 (144-1, 144-2)");
    await officer.fill("#mla-reference", "E2E-OUT-CASE-77");
    await officer.selectOption("#mla-direction", "OUTGOING");
    await pickCountry(officer, "mla-counterpartCountry", "Türkiyə", "TR");
    await optionsOf("TR");
    await officer.check("#mla-legalBasis-az-tr-cooperation");
    await officer.click("#create-request");
    await officer.waitForSelector("#request-case");
    const [request] = await requestsByReference("E2E-OUT-CASE-77");
    expect(request!.case).toEqual({ id: caseId });
    await officer.click("#request-case");
    await officer.waitForSelector("#outcome-form");
    expect(await officer.locator("#case-requests tbody tr").count()).toBe(1);
    await officer.selectOption("#outcome-kind", "SUSPECTS_ARRESTED");
    await officer.fill("#outcome-quantity", "1.5");
    await officer.click("#record-outcome");
    await officer.waitForSelector("#outcome-quantity-error");
    await officer.fill("#outcome-quantity", "2");
    await officer.check(`#outcome-requestIds-${request!.id}`);
    await officer.click("#record-outcome");
    await officer.waitForSelector("#outcomes tbody tr");
    await checkPage(officer, "case");
    const { body } = await hub.query<{ case: { outcomes: { kind: string; quantity: number; contributingRequests: { id: string }[] }[] } }>(
      `query C($id: ID!) { case(id: $id) { outcomes { kind quantity contributingRequests { id } } } }`,
      { id: caseId },
      { role: "officer" },
    );
    expect(body.data!.case.outcomes).toEqual([{ kind: "SUSPECTS_ARRESTED", quantity: 2, contributingRequests: [{ id: request!.id }] }]);
  });
});
