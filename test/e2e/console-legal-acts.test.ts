import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { parse, print } from "graphql";
import type { Browser, Page, Request } from "playwright-core";
import { partnerOperationsDir } from "#shared/paths";
import { azEnums } from "../../gateway/console/src/i18n/az-enums";
import { azLabels } from "../../gateway/console/src/i18n/az-labels";
import { startTestHub, type TestHub } from "../support/test-hub";
import { checkPage, describeInBrowser, launchBrowser, newTab, signIn, signedInTab, text, visit } from "./support/console-browser";

// The national legal framework in the console, in a real browser: the staff list and an act's page equal to
// the API's answers (counts, titles, relations, measures, obligations and their due dates), a legal act's
// deadline leading to its act, and the partners' page equal to the registered LegalActs' answer, every
// request of the partner tab a registered document.
let hub: TestHub;
let browser: Browser;
let staff: Page;

beforeAll(async () => {
  hub = await startTestHub();
  browser = await launchBrowser();
  staff = await signedInTab(browser, hub, await hub.token("viewer", "E2E Viewer"));
}, 120_000);
afterAll(async () => {
  await browser?.close();
  await hub?.stop();
});

interface ActName {
  id: string;
  number: string | null;
  titleAz: string | null;
}
const NAME = "id number titleAz: title(lang: AZ)";

async function api<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const { body } = await hub.query<T>(query, variables, { role: "viewer" });
  expect(body.errors).toBeUndefined();
  return body.data!;
}

type ListAnswer = { legalActs: { totalCount: number; edges: { node: ActName & { kind: string } }[] } };
const LIST = `query L($filter: LegalActFilter, $orderBy: LegalActOrder) { legalActs(filter: $filter, first: 25, orderBy: $orderBy) { totalCount edges { node { ${NAME} kind } } } }`;

const rowActs = (page: Page) => page.locator("#legal-acts tbody tr a.legal-act-link").evaluateAll((links) => links.map((link) => link.getAttribute("data-act")));
const listed = (page: Page, attributes: string) => page.waitForSelector(`#legal-act-list[aria-busy='false']${attributes}`);
/** An act's name as its page's heading shows it: number · title. */
const heading = (act: ActName) => [act.number, act.titleAz ?? act.id].filter(Boolean).join(" · ");
const range = (from: number, to: number, total: number) => azLabels.pageRange.replace("{from}", String(from)).replace("{to}", String(to)).replace("{total}", String(total));

describeInBrowser("legal acts in the console", () => {
  it("lists the legal acts as the API does: count, titles, the kind filter and the server's order", async () => {
    const all = await api<ListAnswer>(LIST);
    expect(all.legalActs.totalCount).toBeGreaterThan(25);
    await visit(staff, hub, "#/legal-acts", "#legal-acts");
    await checkPage(staff, "legal-acts");
    expect(await staff.getAttribute("#nav-legal-acts", "aria-current")).toBe("page");
    expect(await rowActs(staff)).toEqual(all.legalActs.edges.map((edge) => edge.node.id));
    expect(await text(staff, "main .pager-range")).toBe(range(1, 25, all.legalActs.totalCount));
    const titles = await staff.locator("#legal-acts tbody tr td:nth-child(2)").allTextContents();
    expect(titles.map((title) => title.trim())).toEqual(all.legalActs.edges.map((edge) => edge.node.titleAz ?? edge.node.id));

    const plans = await api<ListAnswer>(LIST, { filter: { kind: "ACTION_PLAN" } });
    await staff.selectOption("#legal-act-kind", "ACTION_PLAN");
    await staff.click("#legal-act-filter");
    await listed(staff, "[data-kind='ACTION_PLAN']");
    expect(await rowActs(staff)).toEqual(plans.legalActs.edges.map((edge) => edge.node.id));
    expect(await staff.locator("#legal-acts tbody tr td:nth-child(3)").allTextContents()).toEqual(plans.legalActs.edges.map(() => azEnums.LegalActKind.ACTION_PLAN.label));

    // Sorted on the server: the number column ascending, then descending, as orderBy answers.
    await staff.click("#legal-acts th:nth-child(1) button.sort");
    await listed(staff, "[data-order='NUMBER:ASC']");
    const ascending = await api<ListAnswer>(LIST, { filter: { kind: "ACTION_PLAN" }, orderBy: { field: "NUMBER", direction: "ASC" } });
    expect(await rowActs(staff)).toEqual(ascending.legalActs.edges.map((edge) => edge.node.id));
    await staff.click("#legal-acts th:nth-child(1) button.sort");
    await listed(staff, "[data-order='NUMBER:DESC']");
    const descending = await api<ListAnswer>(LIST, { filter: { kind: "ACTION_PLAN" }, orderBy: { field: "NUMBER", direction: "DESC" } });
    expect(await rowActs(staff)).toEqual(descending.legalActs.edges.map((edge) => edge.node.id));
    expect(await staff.getAttribute("#legal-acts th:nth-child(1)", "aria-sort")).toBe("descending");

    // In English the Azerbaijani titles (the only ones the sources give) are marked as such.
    await staff.click("#lang-en");
    await staff.locator("#legal-acts th", { hasText: "Number" }).waitFor();
    expect(await staff.locator("#legal-acts tbody tr td:nth-child(2) .lang-mark").count()).toBe(descending.legalActs.edges.length);
    expect(await staff.getAttribute("#legal-acts tbody tr:first-child td:nth-child(2) [lang]", "lang")).toBe("az");
    await checkPage(staff, "legal-acts-en");
    await staff.click("#lang-az");
  });

  it("shows an act: kind, dates, title, source, relations both ways, and its obligations with their due dates", async () => {
    type Act = ActName & {
      kind: keyof typeof azEnums.LegalActKind;
      kindAsWritten: string;
      adoptedOn: string | null;
      inForceOn: string | null;
      source: string;
      relations: { kind: string; note: string | null; other: ActName }[];
      amendedBy: ActName[];
      implementedBy: ActName[];
      measures: { id: string }[];
    };
    const ACT = `query A($id: ID!) { legalAct(id: $id) { ${NAME} kind kindAsWritten adoptedOn inForceOn source relations { kind note other { ${NAME} } }
      amendedBy { ${NAME} } implementedBy { ${NAME} } measures { id } } }`;
    type Obligations = { obligations: { id: string; title: string; dueOn: string }[] };
    const OBLIGATIONS = `query O($filter: ObligationFilter!) { obligations(filter: $filter) { id title dueOn } }`;

    const { legalAct: law } = await api<{ legalAct: Act }>(ACT, { id: "law-thb-2005" });
    const { obligations } = await api<Obligations>(OBLIGATIONS, { filter: { legalActId: "law-thb-2005" } });
    expect(obligations.length).toBeGreaterThan(0);
    await visit(staff, hub, "#/legal-acts/law-thb-2005", "#legal-act-obligations");
    await checkPage(staff, "legal-act");
    expect(await text(staff, "main h1")).toBe(heading(law));
    expect(await text(staff, "#legal-act-details [data-field=kind]")).toBe(`${azEnums.LegalActKind[law.kind].label} (${azLabels["legalActs.kindAsWritten"].replace("{kind}", law.kindAsWritten)})`);
    expect(await text(staff, "#legal-act-details [data-field=adopted]")).toBe(law.adoptedOn);
    expect(await text(staff, "#legal-act-details [data-field=title]")).toBe(law.titleAz);
    expect(await text(staff, "#legal-act-details [data-field=source]")).toBe(law.source.replace(/\s+/g, " ").trim());
    // The law states no relation of its own; the acts amending and implementing it are listed as incoming.
    const relatedIds = await staff.locator("#legal-act-relations tbody tr a.legal-act-link").evaluateAll((links) => links.map((link) => link.getAttribute("data-act")));
    const expected = [...law.relations.map((r) => r.other.id), ...law.amendedBy.map((a) => a.id), ...law.implementedBy.map((a) => a.id)];
    expect(relatedIds).toEqual(expected);
    expect(expected).toEqual(expect.arrayContaining(["law-609-ivqd-2013", "decree-272-2005"]));
    const dueShown = await staff.locator("#legal-act-obligations tbody tr td:nth-child(1)").allTextContents();
    expect(dueShown).toEqual(obligations.map((o) => o.dueOn));
    const titlesShown = await staff.locator("#legal-act-obligations tbody tr td:nth-child(3)").allTextContents();
    expect(titlesShown).toEqual(obligations.map((o) => o.title));

    // Another period, kept in the address: the obligations query for that period.
    const period = { dueFrom: "2010-01-01", dueTo: "2012-12-31" };
    const { obligations: earlier } = await api<Obligations>(OBLIGATIONS, { filter: { legalActId: "law-thb-2005", ...period } });
    await staff.fill("#obligations-from", period.dueFrom);
    await staff.fill("#obligations-to", period.dueTo);
    await staff.click("#obligations-filter");
    await staff.waitForSelector(`#legal-act-obligation-list[aria-busy='false'][data-from='${period.dueFrom}'][data-to='${period.dueTo}']`);
    expect(await staff.locator("#legal-act-obligations tbody tr td:nth-child(1)").allTextContents()).toEqual(earlier.map((o) => o.dueOn));
    expect(earlier.length).toBeGreaterThan(0);

    // A relation leads to the related act, whose own relation (with the item concerned) points back.
    await staff.click("#legal-act-relations a.legal-act-link[data-act='decree-272-2005']");
    await staff.waitForSelector("#legal-act-details");
    await staff.locator("main p.muted[role=status]").waitFor({ state: "detached" });
    const { legalAct: decree } = await api<{ legalAct: Act }>(ACT, { id: "decree-272-2005" });
    expect(await text(staff, "main h1")).toBe(heading(decree));
    const rows = await staff.locator("#legal-act-relations tbody tr").count();
    expect(rows).toBe(decree.relations.length + decree.amendedBy.length + decree.implementedBy.length);
    expect(await text(staff, "#legal-act-relations tbody tr:first-child")).toContain(azEnums.LegalActRelationKind.IMPLEMENTS.label);
    expect(await staff.getAttribute("#legal-act-relations tbody tr:first-child a.legal-act-link", "data-act")).toBe(decree.relations[0].other.id);

    // The law approving the CIS programme links the agreement; a plan lists its measures.
    await visit(staff, hub, "#/legal-acts/law-749-iiiq-2008", "#legal-act-obligations");
    expect(await staff.getAttribute("#legal-act-details [data-field=approves] a", "href")).toBe("#/agreements/cis-thb-programme-2007-2010");
    const { legalAct: plan } = await api<{ legalAct: Act }>(ACT, { id: "nap-2020-2024" });
    await visit(staff, hub, "#/legal-acts/nap-2020-2024", "#legal-act-obligations");
    expect(await staff.locator("#legal-act-measures tbody tr").count()).toBe(Math.min(plan.measures.length, 25));
    await checkPage(staff, "legal-act-plan");
  });

  it("leads from a legal act's deadline to the act", async () => {
    type Answer = { deadlines: { items: { edges: { node: { obligation: { legalAct: { id: string } | null } | null } }[] } } };
    const { deadlines } = await api<Answer>(
      `query D { deadlines(withinDays: 60, asOf: "2026-12-01") { items(first: 25, kinds: [REPORTING_DUTY]) { edges { node { obligation { legalAct { id } } } } } } }`,
    );
    const acts = deadlines.items.edges.map((edge) => edge.node.obligation?.legalAct?.id).filter(Boolean);
    expect(acts).toContain("law-thb-2005");
    await visit(staff, hub, "#/deadlines?within=60&kind=REPORTING_DUTY&asOf=2026-12-01", "#deadline-counts");
    await staff.waitForSelector("#deadline-list[aria-busy='false'][data-kind='REPORTING_DUTY']");
    expect(await staff.locator("#deadlines a.legal-act-link").evaluateAll((links) => links.map((link) => link.getAttribute("data-act")))).toEqual(acts);
    await staff.click("#deadlines a.legal-act-link[data-act='law-thb-2005']");
    await staff.waitForSelector("#legal-act-details");
    expect(new URL(staff.url()).hash).toBe("#/legal-acts/law-thb-2005");
  });

  it("shows a partner the registered LegalActs' answer, refuses one act's page, and sends only registered documents", async () => {
    const key = await hub.partnerKey("OSCE");
    const partner = await newTab(browser);
    const sent: Request[] = [];
    partner.on("request", (request) => {
      if (new URL(request.url()).origin === hub.gatewayOrigin && request.resourceType() === "fetch") sent.push(request);
    });
    await signIn(partner, hub, key);
    expect(await partner.locator("#nav-legal-acts").count()).toBe(1);

    type Related = { id: string; number: string | null; title: string | null };
    type Answer = {
      legalActs: {
        totalCount: number;
        edges: { node: Related & { kind: keyof typeof azEnums.LegalActKind; amends: Related[]; amendedBy: Related[]; implements: Related[]; implementedBy: Related[]; measures: unknown[] } }[];
      };
    };
    const registered = async (variables: Record<string, unknown>) => {
      const { status, body } = await hub.registered<Answer>("LegalActs", variables, { "x-api-key": key });
      expect([status, body.errors]).toEqual([200, undefined]);
      return body.data!.legalActs;
    };
    const cards = () => partner.locator("article.partner-legal-act").evaluateAll((articles) => articles.map((a) => a.getAttribute("data-act")));
    const expectCards = async (answer: Answer["legalActs"]) => {
      expect(await cards()).toEqual(answer.edges.map((edge) => edge.node.id));
      expect(await text(partner, "#legal-act-list > nav.pager .pager-range")).toBe(range(answer.edges.length ? 1 : 0, answer.edges.length, answer.totalCount));
      for (const { node } of answer.edges) {
        const card = `article[data-act='${node.id}']`;
        expect(await text(partner, `${card} h2`)).toBe(`${node.number ? `${node.number} · ` : ""}${node.title ?? node.id}`);
        const related = await partner.locator(`${card} [data-other]`).evaluateAll((items) => items.map((item) => `${item.getAttribute("data-relation")}:${item.getAttribute("data-other")}`));
        expect(related).toEqual([
          ...node.amends.map((a) => `AMENDS:${a.id}`),
          ...node.amendedBy.map((a) => `amendedBy:${a.id}`),
          ...node.implements.map((a) => `IMPLEMENTS:${a.id}`),
          ...node.implementedBy.map((a) => `implementedBy:${a.id}`),
        ]);
        expect(await partner.locator(`${card} details summary`).count()).toBe(node.measures.length ? 1 : 0);
      }
    };

    const first = await registered({ first: 25 });
    await visit(partner, hub, "#/legal-acts", "#legal-act-list");
    await expectCards(first);
    await checkPage(partner, "partner-legal-acts");

    const codeArticles = await registered({ first: 25, filter: { kind: "CODE_ARTICLE" } });
    await partner.selectOption("#legal-act-kind", "CODE_ARTICLE");
    await partner.click("#legal-act-filter");
    await listed(partner, "[data-kind='CODE_ARTICLE']");
    await expectCards(codeArticles);
    // A related act is found in the same list by its number: the law that added article 144-1.
    const link = partner.locator("article[data-act='criminal-code-144-1'] [data-other] a").first();
    const q = new URLSearchParams((await link.getAttribute("href"))!.split("?")[1]).get("q")!;
    await link.click();
    await partner.waitForFunction((q) => {
      const dom = globalThis as unknown as { document: { querySelector(s: string): { getAttribute(name: string): string | null } | null } };
      return dom.document.querySelector("#legal-act-list[aria-busy='false']")?.getAttribute("data-q") === q;
    }, q);
    const found = await registered({ first: 25, filter: { text: q } });
    await expectCards(found);
    expect(found.edges.map((edge) => edge.node.id)).toContain("law-2005-09-30-criminal-code");

    const before = sent.length;
    await visit(partner, hub, "#/legal-acts/law-thb-2005", "#partner-refused");
    expect(sent.length).toBe(before);

    const documents = new Set(
      readdirSync(partnerOperationsDir())
        .filter((file) => file.endsWith(".graphql"))
        .map((file) => print(parse(readFileSync(path.join(partnerOperationsDir(), file), "utf8")))),
    );
    const names = new Set<string>();
    for (const request of sent) {
      const url = new URL(request.url());
      if (url.pathname === "/partner-operations") continue;
      expect(url.pathname).toBe("/graphql");
      const document = print(parse((request.postDataJSON() as { query: string }).query));
      expect(documents.has(document)).toBe(true);
      names.add(/query (\w+)/.exec(document)![1]!);
    }
    expect(names.has("LegalActs")).toBe(true);
    await partner.close();
  });
});
