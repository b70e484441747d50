import type { Browser, Page } from "playwright-core";
import { startTestHub, type TestHub } from "../support/test-hub";
import { checkPage, describeInBrowser, launchBrowser, pickCountry, signedInTab, text, visit, waitForValue } from "./support/console-browser";

// Admins' agreement work in a real browser, each result checked through the API: create, edit (and a stale
// edit), parties with status, dates and reservations, measures.
let hub: TestHub;
let browser: Browser;
let admin: Page;
const ID = "e2e-az-ge-police-2026";

beforeAll(async () => {
  hub = await startTestHub();
  browser = await launchBrowser();
  admin = await signedInTab(browser, hub, await hub.token("admin", "E2E Admin"));
}, 120_000);
afterAll(async () => {
  await browser?.close();
  await hub?.stop();
});

interface AgreementView {
  version: number;
  kind: string;
  instrumentType: string;
  titleAz: string | null;
  titleEn: string | null;
  titleRu: string | null;
  signedOn: string | null;
  signedPlace: string | null;
  enteredIntoForceOn: string | null;
  source: string;
  parties: { status: string; reservationKind: string | null; reservation: string | null; signedOn: string | null; ratifiedOn: string | null; country: { code: string } | null }[];
  measures: { number: string | null; text: string; deadline: { asWritten: string | null; to: string | null } | null; executors: { id: string }[] }[];
}

async function agreement(id = ID): Promise<AgreementView | null> {
  const { body } = await hub.query<{ agreement: AgreementView | null }>(
    `query A($id: ID!) { agreement(id: $id) { version kind instrumentType titleAz: title(lang: AZ) titleEn: title(lang: EN) titleRu: title(lang: RU) signedOn signedPlace enteredIntoForceOn source
       parties { status reservationKind reservation signedOn ratifiedOn country { code } }
       measures { number text deadline { asWritten to } executors { id } } } }`,
    { id },
  );
  return body.data!.agreement;
}

describeInBrowser("agreements in the console (admin)", () => {
  it("records a new agreement; what the form or the server refuses is said beside its field", async () => {
    await visit(admin, hub, "#/agreements/new", "#agreement-form");
    await admin.click("#save-agreement");
    for (const field of ["id", "kind", "instrumentType", "titleAz", "source"]) await admin.waitForSelector(`#agreement-${field}-error`);
    await checkPage(admin, "agreement-new-invalid");
    await admin.fill("#agreement-id", ID);
    await admin.selectOption("#agreement-kind", "BILATERAL");
    await admin.selectOption("#agreement-instrumentType", "AGREEMENT");
    await admin.fill("#agreement-titleAz", "Azərbaycan və Gürcüstan polisi arasında əməkdaşlıq sazişi (E2E)");
    await admin.fill("#agreement-titleEn", "Police cooperation agreement between Azerbaijan and Georgia (E2E)");
    await admin.fill("#agreement-signedOn", "2026-03-01");
    await admin.fill("#agreement-enteredIntoForceOn", "2026-02-01");
    await admin.fill("#agreement-topics", "trafficking, law-enforcement-cooperation");
    await admin.fill("#agreement-source", "E2E test, not from the sources");
    // In force before it was signed: only the server knows that rule; its answer lands beside the field.
    await admin.click("#save-agreement");
    await admin.waitForSelector("#agreement-enteredIntoForceOn-error");
    expect(await text(admin, "#agreement-enteredIntoForceOn-error")).toContain("tez ola bilməz");
    expect(await agreement()).toBeNull();
    await admin.fill("#agreement-enteredIntoForceOn", "2026-04-01");
    await admin.click("#save-agreement");
    await admin.waitForSelector("#agreement-details");
    expect(await text(admin, "#agreement-title")).toBe("Azərbaycan və Gürcüstan polisi arasında əməkdaşlıq sazişi (E2E)");
    expect(await agreement()).toMatchObject({
      version: 1,
      kind: "BILATERAL",
      instrumentType: "AGREEMENT",
      titleEn: "Police cooperation agreement between Azerbaijan and Georgia (E2E)",
      titleRu: null,
      signedOn: "2026-03-01",
      enteredIntoForceOn: "2026-04-01",
    });
    // The same id a second time is refused beside the id.
    await visit(admin, hub, "#/agreements/new", "#agreement-form");
    await admin.fill("#agreement-id", ID);
    await admin.selectOption("#agreement-kind", "BILATERAL");
    await admin.selectOption("#agreement-instrumentType", "AGREEMENT");
    await admin.fill("#agreement-description", "a duplicate");
    await admin.fill("#agreement-source", "E2E");
    await admin.click("#save-agreement");
    await admin.locator("#agreement-id-error", { hasText: "artıq başqa qeyddə" }).waitFor();
  });

  it("edits an agreement, and shows a stale tab's edit beside the current version without saving it", async () => {
    const second = await signedInTab(browser, hub, await hub.token("admin", "Second Admin"));
    for (const page of [admin, second]) await visit(page, hub, `#/agreements/${ID}/edit`, "#agreement-form");
    await admin.fill("#agreement-titleRu", "Соглашение о сотрудничестве полиции Азербайджана и Грузии (E2E)");
    await admin.click("#save-agreement");
    await admin.waitForSelector("#agreement-details");
    expect(await agreement()).toMatchObject({ version: 2, titleRu: "Соглашение о сотрудничестве полиции Азербайджана и Грузии (E2E)" });
    await second.fill("#agreement-titleRu", "Другое название (E2E)");
    await second.fill("#agreement-signedPlace", "Tbilisi");
    await second.click("#save-agreement");
    await second.waitForSelector("#conflict");
    expect(await second.locator("#conflict tbody th").allTextContents()).toEqual(["Ad (rusca)", "İmzalanma yeri"]);
    expect(await second.locator("#conflict .conflict-yours").allTextContents()).toEqual(["Другое название (E2E)", "Tbilisi"]);
    expect(await second.locator("#conflict .conflict-current").allTextContents()).toEqual(["Соглашение о сотрудничестве полиции Азербайджана и Грузии (E2E)", "—"]);
    await checkPage(second, "agreement-conflict");
    expect(await agreement()).toMatchObject({ version: 2, signedPlace: null, titleRu: "Соглашение о сотрудничестве полиции Азербайджана и Грузии (E2E)" });
    await second.click("#use-current");
    await second.waitForSelector("#conflict", { state: "detached" });
    await waitForValue(second, "#agreement-titleRu", "Соглашение о сотрудничестве полиции Азербайджана и Грузии (E2E)");
    // The Russian console now shows the Russian title, without a fallback marker.
    await second.click("#lang-ru");
    await visit(second, hub, `#/agreements/${ID}`, "#agreement-details");
    expect(await text(second, "#agreement-title")).toBe("Соглашение о сотрудничестве полиции Азербайджана и Грузии (E2E)");
    await second.close();
  });

  it("adds a party with status, dates and reservation, then records its ratification", async () => {
    await visit(admin, hub, `#/agreements/${ID}/parties`, "#party-form");
    await pickCountry(admin, "party-countryCode", "Georgia", "GE");
    await admin.selectOption("#party-status", "SIGNED");
    await admin.selectOption("#party-reservationKind", "RESERVATION");
    await admin.fill("#party-signedOn", "2026-03-01");
    await admin.fill("#party-source", "E2E test");
    // A reservation kind without its text is refused by the server, beside the kind.
    await admin.click("#save-party");
    await admin.waitForSelector("#party-reservationKind-error");
    await checkPage(admin, "agreement-party-invalid");
    await admin.selectOption("#party-status", "SIGNED_WITH_RESERVATION");
    await admin.fill("#party-reservation", "Article 5 does not apply to Azerbaijan (E2E)");
    await admin.click("#save-party");
    await admin.waitForSelector("#saved");
    expect((await agreement())!.parties).toEqual([
      { status: "SIGNED_WITH_RESERVATION", reservationKind: "RESERVATION", reservation: "Article 5 does not apply to Azerbaijan (E2E)", signedOn: "2026-03-01", ratifiedOn: null, country: { code: "GE" } },
    ]);
    await admin.locator("#parties", { hasText: "Qeyd-şərtlə imzalayıb" }).waitFor();
    await admin.click("button.edit-party[data-party='GE']");
    await waitForValue(admin, "#party-countryCode", "Gürcüstan");
    await admin.selectOption("#party-status", "RATIFIED");
    await admin.fill("#party-ratifiedOn", "2026-05-20");
    await admin.click("#save-party");
    await admin.locator("#parties", { hasText: "Ratifikasiya edib" }).waitFor();
    expect((await agreement())!.parties[0]).toMatchObject({ status: "RATIFIED", ratifiedOn: "2026-05-20", reservation: "Article 5 does not apply to Azerbaijan (E2E)" });
  });

  it("adds a measure with its deadline as written and its executors", async () => {
    await visit(admin, hub, `#/agreements/${ID}/measures`, "#measure-form");
    await admin.fill("#measure-number", "1.1");
    await admin.fill("#measure-text", "Birgə təlimlərin keçirilməsi (E2E)");
    await admin.fill("#measure-deadlineAsWritten", "2026-cı il ərzində");
    await admin.fill("#measure-deadlineTo", "2026-12-31");
    await admin.check("#measure-executorIds-CIS-BPES");
    await admin.fill("#measure-source", "E2E test");
    await checkPage(admin, "agreement-measure-filled");
    await admin.click("#save-measure");
    await admin.waitForSelector("#measures");
    expect(await text(admin, "#measures")).toContain("Birgə təlimlərin keçirilməsi (E2E)");
    expect((await agreement())!.measures).toEqual([
      { number: "1.1", text: "Birgə təlimlərin keçirilməsi (E2E)", deadline: { asWritten: "2026-cı il ərzində", to: "2026-12-31" }, executors: [{ id: "CIS-BPES" }] },
    ]);
  });

  it("translates the measure's text, shown in English marked unofficial where the source gives only Azerbaijani", async () => {
    await visit(admin, hub, `#/agreements/${ID}`, "#measure-translation-form");
    await admin.selectOption("#measure-translation-subject", { label: "1.1 Birgə təlimlərin keçirilməsi (E2E)" });
    await admin.selectOption("#measure-translation-lang", "en");
    await admin.fill("#measure-translation-text", "Holding joint training (E2E)");
    await admin.click("#measure-translation-submit");
    await admin.locator("#measure-translation-saved").waitFor();
    const { body } = await hub.query<{ agreement: { measures: { text: string; unofficialTexts: { lang: string; text: string; translatedByName: string }[] }[] } }>(
      `query A($id: ID!) { agreement(id: $id) { measures { text unofficialTexts { lang text translatedByName } } } }`, { id: ID }, { role: "admin" });
    expect(body.data!.agreement.measures).toEqual([
      { text: "Birgə təlimlərin keçirilməsi (E2E)", unofficialTexts: [{ lang: "EN", text: "Holding joint training (E2E)", translatedByName: "E2E Admin" }] },
    ]);
    await admin.click("#lang-en");
    const cell = admin.locator("#measures tbody tr", { hasText: "Holding joint training (E2E)" });
    await cell.waitFor();
    expect(await cell.locator(".unofficial-mark").textContent()).toBe("unofficial");
    await checkPage(admin, "agreement-measure-translated");
    // The deadlines list names the measure by the same translation (its due date: 31 December 2026).
    await visit(admin, hub, "#/deadlines?within=366&asOf=2026-01-01", "#obligation-translation-form");
    const deadline = admin.locator("#deadlines tbody tr", { hasText: "Holding joint training (E2E)" });
    await deadline.waitFor();
    expect(await deadline.locator(".unofficial-mark").textContent()).toBe("unofficial");
    await checkPage(admin, "deadlines-translated");
    await admin.click("#lang-az");
  });

  it("adds and removes an alias, which search then finds and no longer finds, each step in the agreement's history", async () => {
    await visit(admin, hub, "#/agreements/az-ro-cooperation", "#alias-form");
    await admin.selectOption("#alias-lang", "EN");
    await admin.fill("#alias-alias", "Bucharest police memorandum");
    await admin.fill("#alias-source", "E2E: ministry letter");
    await checkPage(admin, "agreement-names");
    await admin.click("#alias-submit");
    await admin.locator("#aliases", { hasText: "Bucharest police memorandum" }).waitFor();
    const names = async () =>
      (await hub.query<{ agreement: { aliases: { lang: string; alias: string; source: string }[]; history: { operation: string }[] } }>(
        `{ agreement(id: "az-ro-cooperation") { aliases { lang alias source } history { operation } } }`, undefined, { role: "admin" })).body.data!.agreement;
    expect((await names()).aliases).toContainEqual({ lang: "EN", alias: "Bucharest police memorandum", source: "E2E: ministry letter" });
    const found = await hub.query<{ agreements: { edges: { node: { id: string } }[] } }>(`{ agreements(filter: { text: "Bucharest police memorandum" }) { edges { node { id } } } }`);
    expect(found.body.data!.agreements.edges.map((e) => e.node.id)).toContain("az-ro-cooperation");
    await admin.click("button.remove-alias[data-alias='Bucharest police memorandum']");
    await admin.locator("#names-saved", { hasText: "Bucharest police memorandum" }).waitFor();
    await admin.locator("button.remove-alias[data-alias='Bucharest police memorandum']").waitFor({ state: "detached" });
    expect((await names()).aliases.map((a) => a.alias)).not.toContain("Bucharest police memorandum");
    expect((await names()).history.slice(-2).map((h) => h.operation)).toEqual(["addAgreementAlias", "removeAgreementAlias"]);
  });

  it("keeps a translation of a title marked unofficial beside the official titles, and shows it in the list in that language", async () => {
    await visit(admin, hub, "#/agreements/cis-thb-programme-2007-2010", "#title-translation-form");
    // Only languages without an official title are offered: the programme has an Azerbaijani one only.
    const offered = await admin.locator("#title-translation-lang option").evaluateAll((options) => options.map((o) => o.getAttribute("value")));
    expect(offered).toEqual(["en", "ru"]);
    await admin.selectOption("#title-translation-lang", "ru");
    await admin.fill("#title-translation-text", "Программа сотрудничества государств — участников СНГ (E2E)");
    await admin.click("#title-translation-submit");
    await admin.locator("#agreement-titles", { hasText: "Программа сотрудничества государств — участников СНГ (E2E)" }).waitFor();
    expect(await text(admin, "#agreement-titles")).toContain("qeyri-rəsmi");
    expect(await text(admin, "#agreement-titles")).toContain("E2E Admin");
    const { body } = await hub.query<{ agreement: { titleRu: string | null; unofficialTitles: { lang: string; title: string; translatedByName: string }[] } }>(
      `{ agreement(id: "cis-thb-programme-2007-2010") { titleRu: title(lang: RU) unofficialTitles { lang title translatedByName } } }`, undefined, { role: "admin" });
    expect(body.data!.agreement).toEqual({ titleRu: null, unofficialTitles: [{ lang: "RU", title: "Программа сотрудничества государств — участников СНГ (E2E)", translatedByName: "E2E Admin" }] });
    await admin.click("#lang-ru");
    await visit(admin, hub, "#/agreements?q=2007-2010", "#agreements");
    const row = admin.locator("#agreements tbody tr", { hasText: "Программа сотрудничества государств — участников СНГ (E2E)" });
    await row.waitFor();
    expect(await row.locator(".unofficial-mark").first().textContent()).toBe("неофициально");
    await checkPage(admin, "agreements-ru-unofficial");
    await admin.click("#lang-az");
  });

  it("sorts the list of agreements on the server by a column, in the language shown", async () => {
    await visit(admin, hub, "#/agreements", "#agreements");
    await admin.click("#agreements thead th:nth-child(5) button");
    await admin.locator("#agreements thead th:nth-child(5)[aria-sort='descending'], #agreements thead th:nth-child(5)[aria-sort='ascending']").waitFor();
    expect(await admin.getAttribute("#agreements thead th:nth-child(5)", "aria-sort")).toBe("ascending");
    const { body } = await hub.query<{ agreements: { edges: { node: { id: string } }[] } }>(`{ agreements(first: 25, orderBy: { field: SIGNED_ON, direction: ASC }) { edges { node { id } } } }`);
    const expected = body.data!.agreements.edges.map((e) => e.node.id);
    await admin.waitForFunction(
      (first) => {
        const dom = globalThis as unknown as { document: { querySelector(s: string): { getAttribute(name: string): string | null } | null } };
        return dom.document.querySelector("#agreements tbody tr a")?.getAttribute("href")?.endsWith(first) ?? false;
      },
      expected[0]!,
    );
    const shown = await admin.locator("#agreements tbody tr td:first-child a").evaluateAll((links) => links.map((a) => decodeURIComponent(a.getAttribute("href")!.split("/").pop()!)));
    expect(shown).toEqual(expected);
  });
});
