import { loadSyntheticCooperation } from "../subgraphs/mla/src/demo/synthetic-cooperation";
import { startTestHub, type TestHub } from "./support/test-hub";

// Lists sort on the server (issue 15): every list the console pages takes orderBy (a column and a
// direction); pages read one after another hold every row exactly once, in order, empty values last.
let hub: TestHub;
beforeAll(async () => {
  hub = await startTestHub();
  await loadSyntheticCooperation(hub.subgraphs.mla.dataSource, 150);
});
afterAll(() => hub?.stop());

type Page<Node> = { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null }; edges: { node: Node }[] };

/** Reads every page of a connection, `size` rows at a time, as a console's "next" button does. */
async function allPages<Node>(query: string, field: string, variables: Record<string, unknown>, size: number): Promise<{ nodes: Node[]; totalCount: number }> {
  const nodes: Node[] = [];
  let after: string | null = null;
  let totalCount = 0;
  for (let guard = 0; guard < 100; guard++) {
    const answer: { body: { data?: Record<string, Page<Node>>; errors?: unknown[] } } = await hub.query<Record<string, Page<Node>>>(query, { ...variables, first: size, after }, { role: "officer" });
    expect(answer.body.errors).toBeUndefined();
    const page: Page<Node> = answer.body.data![field];
    totalCount = page.totalCount;
    nodes.push(...page.edges.map((edge) => edge.node));
    if (!page.pageInfo.hasNextPage) return { nodes, totalCount };
    after = page.pageInfo.endCursor;
  }
  throw new Error("more than 100 pages");
}

/** Values in order for the direction, empty values (null) only at the end. */
function expectSorted(values: (string | number | null)[], direction: "ASC" | "DESC", context: string): void {
  const firstEmpty = values.findIndex((v) => v === null);
  const present = firstEmpty === -1 ? values : values.slice(0, firstEmpty);
  expect({ context, emptiesLast: firstEmpty === -1 || values.slice(firstEmpty).every((v) => v === null) }).toEqual({ context, emptiesLast: true });
  const sign = direction === "ASC" ? 1 : -1;
  const outOfOrder = present.findIndex((v, i) => i > 0 && sign * compare(present[i - 1]!, v!) > 0);
  expect({ context, outOfOrder, around: present.slice(Math.max(0, outOfOrder - 1), outOfOrder + 1) }).toEqual({ context, outOfOrder: -1, around: [] });
}

// PostgreSQL's own text order (the database's collation) decides ties of text: compare numbers only here.
const compare = (a: string | number, b: string | number) => (typeof a === "number" && typeof b === "number" ? a - b : 0);

const STATUSES = ["DRAFT", "SENT", "RECEIVED", "IN_PROGRESS", "ADDITIONAL_INFO_REQUESTED", "EXECUTED", "PARTIALLY_EXECUTED", "REFUSED", "WITHDRAWN"];
const dayNumber = (date: string | null) => (date === null ? null : Date.parse(date) / 86_400_000);

const REQUESTS = `query R($first: Int, $after: String, $orderBy: MlaRequestOrder, $filter: MlaRequestFilter) {
  mlaRequests(first: $first, after: $after, orderBy: $orderBy, filter: $filter) {
    totalCount pageInfo { hasNextPage endCursor } edges { node { id reference status openedOn dueOn daysOpen counterpartCountryCode legalBasisAgreementId } } } }`;
type RequestNode = { id: string; reference: string; status: string; openedOn: string | null; dueOn: string | null; daysOpen: number | null; counterpartCountryCode: string; legalBasisAgreementId: string | null };

describe("sorting on the server", () => {
  it("pages MLA requests by every sortable column, both ways, each request once, in order", async () => {
    const keys: Record<string, (r: RequestNode) => string | number | null> = {
      STATUS: (r) => STATUSES.indexOf(r.status),
      OPENED_ON: (r) => dayNumber(r.openedOn),
      DUE_ON: (r) => dayNumber(r.dueOn),
      DAYS_OPEN: (r) => r.daysOpen,
      REFERENCE: (r) => r.reference,
      COUNTRY: (r) => r.counterpartCountryCode,
      LEGAL_BASIS: (r) => r.legalBasisAgreementId,
    };
    for (const [field, key] of Object.entries(keys)) {
      for (const direction of ["ASC", "DESC"] as const) {
        const { nodes, totalCount } = await allPages<RequestNode>(REQUESTS, "mlaRequests", { orderBy: { field, direction } }, 40);
        const context = `${field} ${direction}`;
        expect({ context, rows: nodes.length, distinct: new Set(nodes.map((n) => n.id)).size }).toEqual({ context, rows: totalCount, distinct: totalCount });
        expectSorted(nodes.map(key), direction, context);
      }
    }
    // Text columns: the order PostgreSQL gives, and DESC is ASC reversed where values differ.
    const ascending = (await allPages<RequestNode>(REQUESTS, "mlaRequests", { orderBy: { field: "REFERENCE", direction: "ASC" } }, 100)).nodes.map((n) => n.reference);
    const descending = (await allPages<RequestNode>(REQUESTS, "mlaRequests", { orderBy: { field: "REFERENCE", direction: "DESC" } }, 100)).nodes.map((n) => n.reference);
    expect(descending).toEqual([...ascending].reverse());
    const { rows } = await hub.pool.query(`SELECT reference FROM mla.mla_request ORDER BY reference, id`);
    expect(ascending).toEqual(rows.map((row) => row.reference));
  });

  it("sorts MLA requests by the country's name in the language asked, not by its code", async () => {
    const { body } = await hub.query<{ countries: { code: string; az: string; en: string; ru: string }[] }>(`{ countries { code az: nameAz en: nameEn ru: nameRu } }`);
    const countries = body.data!.countries;
    const sequences: Record<string, string[]> = {};
    for (const lang of ["az", "en", "ru"] as const) {
      const { nodes } = await allPages<RequestNode>(REQUESTS, "mlaRequests", { orderBy: { field: "COUNTRY", direction: "ASC", lang: lang.toUpperCase() } }, 100);
      // The countries in the order the pages gave them, each where its requests begin and all of them together.
      const seen = nodes.map((n) => n.counterpartCountryCode).filter((code, i, all) => i === 0 || all[i - 1] !== code);
      expect({ lang, contiguous: new Set(seen).size === seen.length }).toEqual({ lang, contiguous: true });
      const byName = [...seen].sort((a, b) => countries.find((c) => c.code === a)![lang].localeCompare(countries.find((c) => c.code === b)![lang], lang));
      expect({ lang, seen }).toEqual({ lang, seen: byName });
      sequences[lang] = seen;
      const descending = (await allPages<RequestNode>(REQUESTS, "mlaRequests", { orderBy: { field: "COUNTRY", direction: "DESC", lang: lang.toUpperCase() } }, 100)).nodes;
      expect(descending.map((n) => n.counterpartCountryCode).filter((code, i, all) => i === 0 || all[i - 1] !== code)).toEqual([...seen].reverse());
    }
    expect(sequences.ru).not.toEqual([...sequences.ru].sort());
    expect(new Set([JSON.stringify(sequences.az), JSON.stringify(sequences.en), JSON.stringify(sequences.ru)]).size).toBeGreaterThan(1);
  });

  it("sorts within a filter and within an agreement's requests", async () => {
    const filtered = await allPages<RequestNode>(REQUESTS, "mlaRequests", { orderBy: { field: "DUE_ON", direction: "DESC" }, filter: { direction: "INCOMING", synthetic: true } }, 25);
    expect(filtered.nodes.length).toBe(filtered.totalCount);
    expectSorted(filtered.nodes.map((r) => dayNumber(r.dueOn)), "DESC", "filtered DUE_ON DESC");
    const { body } = await hub.query<{ agreement: { mlaRequests: { edges: { node: { status: string } }[] } } }>(
      `{ agreement(id: "cis-legal-assistance-convention") { mlaRequests(first: 100, orderBy: { field: STATUS, direction: DESC }) { edges { node { status } } } } }`,
    );
    const statuses = body.data!.agreement.mlaRequests.edges.map((e) => STATUSES.indexOf(e.node.status));
    expect(statuses.length).toBeGreaterThan(3);
    expectSorted(statuses, "DESC", "agreement's requests by STATUS DESC");
  });

  it("sorts agreements by title in the language asked, by kind and signature date, overriding relevance when searching", async () => {
    const AGREEMENTS = `query A($first: Int, $after: String, $orderBy: AgreementOrder, $filter: AgreementFilter) {
      agreements(first: $first, after: $after, orderBy: $orderBy, filter: $filter) { totalCount pageInfo { hasNextPage endCursor } edges { node { id kind signedOn titleEn: title(lang: EN) } } } }`;
    type Node = { id: string; kind: string; signedOn: string | null; titleEn: string | null };
    const signed = await allPages<Node>(AGREEMENTS, "agreements", { orderBy: { field: "SIGNED_ON", direction: "DESC" } }, 7);
    expect(new Set(signed.nodes.map((n) => n.id)).size).toBe(signed.totalCount);
    expectSorted(signed.nodes.map((n) => dayNumber(n.signedOn)), "DESC", "agreements SIGNED_ON DESC");
    const byEnglish = await allPages<Node>(AGREEMENTS, "agreements", { orderBy: { field: "TITLE", direction: "ASC", lang: "EN" } }, 100);
    const english = byEnglish.nodes.filter((n) => n.titleEn).map((n) => n.titleEn!.toLowerCase());
    // Those with an English title are compared by it (folded to lower case); the first letters show the order.
    expect(english.map((t) => t[0]).join("")).toEqual([...english].map((t) => t[0]).sort().join(""));
    const search = await allPages<Node>(AGREEMENTS, "agreements", { filter: { text: "insan alveri" }, orderBy: { field: "ID", direction: "DESC" } }, 100);
    expect(search.nodes.map((n) => n.id)).toEqual([...search.nodes.map((n) => n.id)].sort().reverse());
  });

  it("sorts recommendations by current status and legal acts by date of adoption", async () => {
    const RECOMMENDATIONS = `query Q($first: Int, $after: String, $orderBy: RecommendationOrder) {
      recommendations(first: $first, after: $after, orderBy: $orderBy) { totalCount pageInfo { hasNextPage endCursor } edges { node { id status } } } }`;
    const order = ["NOT_STARTED", "IN_PROGRESS", "PARTIALLY_IMPLEMENTED", "IMPLEMENTED", "NO_LONGER_RELEVANT"];
    await hub.query(
      `mutation { recordStatusUpdate(recommendationId: "needs-assessment-ch3:O", expectedVersion: 1, input: { status: IMPLEMENTED, reportingPeriod: "2025" }) { id } }`,
      undefined,
      { role: "officer" },
    );
    const { nodes, totalCount } = await allPages<{ id: string; status: string }>(RECOMMENDATIONS, "recommendations", { orderBy: { field: "STATUS", direction: "DESC" } }, 50);
    expect(new Set(nodes.map((n) => n.id)).size).toBe(totalCount);
    expect(nodes[0]).toEqual({ id: "needs-assessment-ch3:O", status: "IMPLEMENTED" });
    expectSorted(nodes.map((n) => order.indexOf(n.status)), "DESC", "recommendations STATUS DESC");
    const ACTS = `query L($first: Int, $after: String, $orderBy: LegalActOrder) {
      legalActs(first: $first, after: $after, orderBy: $orderBy) { totalCount pageInfo { hasNextPage endCursor } edges { node { id adoptedOn } } } }`;
    const acts = await allPages<{ id: string; adoptedOn: string | null }>(ACTS, "legalActs", { orderBy: { field: "ADOPTED_ON", direction: "DESC" } }, 9);
    expect(new Set(acts.nodes.map((n) => n.id)).size).toBe(acts.totalCount);
    expectSorted(acts.nodes.map((n) => dayNumber(n.adoptedOn)), "DESC", "legal acts ADOPTED_ON DESC");
  });
});

describe("the list of cases", () => {
  const CASES = `query C($first: Int, $after: String, $orderBy: CaseOrder, $filter: CaseFilter) {
    cases(first: $first, after: $after, orderBy: $orderBy, filter: $filter) { totalCount pageInfo { hasNextPage endCursor } edges { node { id reference openedOn requestCount synthetic } } } }`;
  type CaseNode = { id: string; reference: string; openedOn: string | null; requestCount: number; synthetic: boolean };

  it("lists cases with their request counts, sorted and paged on the server", async () => {
    const { rows } = await hub.pool.query(`SELECT count(*)::int AS n FROM mla.criminal_case`);
    const byRequests = await allPages<CaseNode>(CASES, "cases", { orderBy: { field: "REQUESTS", direction: "DESC" } }, 20);
    expect(byRequests.totalCount).toBe(rows[0].n);
    expect(new Set(byRequests.nodes.map((n) => n.id)).size).toBe(rows[0].n);
    expectSorted(byRequests.nodes.map((n) => n.requestCount), "DESC", "cases REQUESTS DESC");
    const counts = await hub.pool.query(`SELECT k.reference, count(r.id)::int AS n FROM mla.criminal_case k LEFT JOIN mla.mla_request r ON r.case_id = k.id GROUP BY k.reference`);
    expect(Object.fromEntries(byRequests.nodes.map((n) => [n.reference, n.requestCount]))).toEqual(Object.fromEntries(counts.rows.map((r) => [r.reference, r.n])));
    const byOpening = await allPages<CaseNode>(CASES, "cases", { orderBy: { field: "OPENED_ON", direction: "ASC" } }, 30);
    expectSorted(byOpening.nodes.map((n) => dayNumber(n.openedOn)), "ASC", "cases OPENED_ON ASC");
  });

  it("finds cases by part of their number and by article, and keeps the list from partners", async () => {
    await hub.query(`mutation { createCase(input: { reference: "KR-2025/77_a", articles: ["144-2"] }) { id } }`, undefined, { role: "officer" });
    const found = await hub.query<{ cases: { totalCount: number; edges: { node: CaseNode }[] } }>(CASES, { filter: { reference: "2025/77_" } }, { role: "viewer" });
    expect(found.body.data!.cases.edges.map((e) => e.node.reference)).toEqual(["KR-2025/77_a"]);
    // "_" is a character here, not a wildcard.
    expect((await hub.query<{ cases: { totalCount: number } }>(CASES, { filter: { reference: "2025_77" } })).body.data!.cases.totalCount).toBe(0);
    const real = await hub.query<{ cases: { totalCount: number } }>(CASES, { filter: { synthetic: false, article: "144-2" } });
    expect(real.body.data!.cases.totalCount).toBe(1);
    const bad = await hub.query(CASES, { filter: { article: "x" } });
    expect(bad.body.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "filter.article" });
    const partner = await hub.query(CASES, {}, { headers: { "x-api-key": await hub.partnerKey("IOM") } });
    expect(partner.body.errors?.[0].extensions?.code).toBe("FORBIDDEN");
  });
});
