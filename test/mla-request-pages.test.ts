import { loadSyntheticCooperation } from "../subgraphs/mla/src/demo/synthetic-cooperation";
import { startTestHub, type TestHub } from "./support/test-hub";

let hub: TestHub;
beforeAll(async () => {
  hub = await startTestHub();
  // Two agreements with requests on several days, one without a date, and a case.
  await hub.pool.query(`INSERT INTO mla.criminal_case (reference) VALUES ('PAGES-CASE-1')`);
  await hub.pool.query(`
    INSERT INTO mla.mla_request (reference, direction, counterpart_country_code, legal_basis_kind, legal_basis_agreement_id, status, opened_on, due_on, case_id)
    SELECT 'PAGES-' || a || '-' || n, CASE WHEN n % 2 = 0 THEN 'INCOMING' ELSE 'OUTGOING' END, 'RO', 'AGREEMENT', a,
           CASE WHEN n % 3 = 0 THEN 'RECEIVED' ELSE 'SENT' END,
           CASE WHEN n = 4 THEN NULL ELSE date '2025-01-01' + n * 10 END, date '2025-01-01' + n * 10 + 30,
           CASE WHEN n = 2 THEN (SELECT id FROM mla.criminal_case WHERE reference = 'PAGES-CASE-1') END
      FROM unnest(ARRAY['az-ro-cooperation', 'az-bg-cooperation']) AS a, generate_series(1, 7) AS n`);
});
afterAll(() => hub?.stop());

async function mlaStatements(query: string, variables?: Record<string, unknown>): Promise<number> {
  for (const counter of Object.values(hub.counters)) counter.reset();
  const { body } = await hub.query(query, variables);
  expect(body.errors).toBeUndefined();
  return hub.counters.mla.reset();
}

type Page = { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null }; edges: { node: { reference: string } }[] };

describe("pages of MLA requests", () => {
  it("cost one statement for a page of agreements, whatever of count, rows and page info is asked for", async () => {
    const page = (selection: string) => `{ agreements(first: 40) { edges { node { id mlaRequests(first: 3) { ${selection} } } } } }`;
    expect(await mlaStatements(page("totalCount"))).toBe(1);
    expect(await mlaStatements(page("edges { node { reference } }"))).toBe(1);
    expect(await mlaStatements(page("totalCount pageInfo { hasNextPage } edges { node { reference } }"))).toBe(1);
    expect(await mlaStatements(`{ mlaRequests { totalCount } }`)).toBe(1);
    expect(await mlaStatements(`{ mlaRequests(first: 2) { totalCount pageInfo { hasNextPage } } }`)).toBe(1);
  });

  it("give every agreement its own count, also past the end of its requests", async () => {
    const { body } = await hub.query<{ agreements: { edges: { node: { id: string; mlaRequests: Page } }[] } }>(
      `query P($after: String) { agreements(first: 40) { edges { node { id mlaRequests(first: 5, after: $after) {
         totalCount pageInfo { hasNextPage endCursor } edges { node { reference } } } } } } }`,
      { after: Buffer.from(JSON.stringify([7])).toString("base64url") },
    );
    expect(body.errors).toBeUndefined();
    const byId = new Map(body.data!.agreements.edges.map((e) => [e.node.id, e.node.mlaRequests]));
    expect(byId.get("az-ro-cooperation")).toMatchObject({ totalCount: 7, pageInfo: { hasNextPage: false }, edges: [] });
    expect(byId.get("az-bg-cooperation")!.totalCount).toBe(7);
    expect(byId.get("echr-1950")).toMatchObject({ totalCount: 0, edges: [] });
  });

  it("page each agreement's requests in the order of the list filtered by that agreement", async () => {
    const PAGES = `query P($after: String) {
      agreements(filter: { partyCountry: "RO" }, first: 40) { edges { node { id mlaRequests(first: 3, after: $after) {
        totalCount pageInfo { hasNextPage endCursor } edges { node { reference } } } } } } }`;
    const LIST = `query L($id: ID!, $after: String) { mlaRequests(filter: { legalBasisAgreementId: $id }, first: 3, after: $after) {
      totalCount pageInfo { hasNextPage endCursor } edges { node { reference } } } }`;
    const walk = async (read: (after: string | null) => Promise<Page>) => {
      const references: string[] = [];
      let after: string | null = null;
      for (let guard = 0; guard < 10; guard++) {
        const page: Page = await read(after);
        expect(page.totalCount).toBe(7);
        references.push(...page.edges.map((e) => e.node.reference));
        if (!page.pageInfo.hasNextPage) break;
        after = page.pageInfo.endCursor;
      }
      return references;
    };
    const viaAgreement = (id: string) => async (after: string | null) => {
      const { body } = await hub.query<{ agreements: { edges: { node: { id: string; mlaRequests: Page } }[] } }>(PAGES, { after });
      expect(body.errors).toBeUndefined();
      return body.data!.agreements.edges.find((e) => e.node.id === id)!.node.mlaRequests;
    };
    const viaList = (id: string) => async (after: string | null) => (await hub.query<{ mlaRequests: Page }>(LIST, { id, after })).body.data!.mlaRequests;
    const ro = await walk(viaAgreement("az-ro-cooperation"));
    expect(ro).toHaveLength(7);
    // Newest first, the request without a date last.
    expect(ro.slice(0, 2)).toEqual(["PAGES-az-ro-cooperation-7", "PAGES-az-ro-cooperation-6"]);
    expect(ro.at(-1)).toBe("PAGES-az-ro-cooperation-4");
    expect(await walk(viaList("az-ro-cooperation"))).toEqual(ro);
  });

  it("give each request every field asked for, however few columns are read", async () => {
    const FIELDS = `reference direction status nextStatuses openedOn dueOn overdue daysOpen closed synthetic version
      legalBasis { id } counterpartCountry { code nameEn } case { reference }`;
    const { body } = await hub.query<{ agreement: { mlaRequests: { edges: { node: Record<string, unknown> & { reference: string } }[] } } }>(
      `{ agreement(id: "az-ro-cooperation") { mlaRequests(first: 10) { edges { node { id ${FIELDS} } } } } }`,
    );
    expect(body.errors).toBeUndefined();
    const nodes = body.data!.agreement.mlaRequests.edges.map((e) => e.node);
    for (const node of nodes) {
      const single = await hub.query<{ mlaRequest: Record<string, unknown> }>(`query R($id: ID!) { mlaRequest(id: $id) { id ${FIELDS} } }`, { id: node.id });
      expect(node).toEqual(single.body.data!.mlaRequest);
    }
    expect(nodes.find((n) => n.reference === "PAGES-az-ro-cooperation-2")).toMatchObject({
      legalBasis: { id: "az-ro-cooperation" }, counterpartCountry: { code: "RO", nameEn: "Romania" }, case: { reference: "PAGES-CASE-1" },
      status: "SENT", nextStatuses: ["IN_PROGRESS", "ADDITIONAL_INFO_REQUESTED", "EXECUTED", "PARTIALLY_EXECUTED", "REFUSED", "WITHDRAWN"],
    });
  });

  it("count exactly what the filter selects, from the figures or from the requests", async () => {
    await loadSyntheticCooperation(hub.subgraphs.mla.dataSource, 200);
    const cases: [Record<string, unknown>, string][] = [
      [{}, "true"],
      [{ direction: "INCOMING" }, "direction = 'INCOMING'"],
      [{ status: ["SENT", "RECEIVED"], synthetic: false }, "status IN ('SENT', 'RECEIVED') AND NOT synthetic"],
      [{ counterpartCountry: "ru" }, "counterpart_country_code = 'RU'"],
      [{ legalBasisAgreementId: "az-ro-cooperation" }, "legal_basis_agreement_id = 'az-ro-cooperation'"],
      [{ legalBasisAgreementId: "cis-legal-assistance-convention", counterpartCountry: "RU", synthetic: true }, "legal_basis_agreement_id = 'cis-legal-assistance-convention' AND counterpart_country_code = 'RU' AND synthetic"],
      [{ overdue: true }, "overdue"],
      [{ openedFrom: "2020-02-10", openedTo: "2021-03-04" }, "opened_on BETWEEN '2020-02-10' AND '2021-03-04'"],
    ];
    for (const [filter, where] of cases) {
      const { body } = await hub.query<{ mlaRequests: { totalCount: number } }>(`query C($filter: MlaRequestFilter) { mlaRequests(filter: $filter) { totalCount } }`, { filter });
      const direct = await hub.pool.query(`SELECT count(*)::int AS n FROM mla.mla_request_state WHERE ${where}`);
      expect({ filter, totalCount: body.data!.mlaRequests.totalCount }).toEqual({ filter, totalCount: direct.rows[0].n });
    }
    const { body } = await hub.query<{ country: { mlaRequests: { totalCount: number } }; agreement: { mlaRequests: { totalCount: number } } }>(
      `{ country(code: "RU") { mlaRequests(filter: { legalBasisAgreementId: "cis-legal-assistance-convention", direction: OUTGOING }) { totalCount } }
         agreement(id: "cis-legal-assistance-convention") { mlaRequests(filter: { counterpartCountry: "RU", status: [EXECUTED] }) { totalCount } } }`,
    );
    const direct = await hub.pool.query(`SELECT count(*) FILTER (WHERE direction = 'OUTGOING')::int AS outgoing, count(*) FILTER (WHERE status = 'EXECUTED')::int AS executed
      FROM mla.mla_request WHERE legal_basis_agreement_id = 'cis-legal-assistance-convention' AND counterpart_country_code = 'RU'`);
    expect(body.data!.country.mlaRequests.totalCount).toBe(direct.rows[0].outgoing);
    expect(body.data!.agreement.mlaRequests.totalCount).toBe(direct.rows[0].executed);
  });
});
