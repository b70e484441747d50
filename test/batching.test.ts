import { loadSyntheticCooperation } from "../subgraphs/mla/src/demo/synthetic-cooperation";
import { startTestHub, type TestHub } from "./support/test-hub";

let hub: TestHub;
beforeAll(async () => {
  hub = await startTestHub();
});
afterAll(() => hub?.stop());

const PAGE = `query Page($first: Int) {
  agreements(first: $first) {
    edges { node { id title frameworkOrganization { id } parties { status country { code nameAz } organization { id } }
      mlaRequests(first: 5) { totalCount edges { node { reference counterpartCountry { nameEn } } } }
      cooperation { executed level } recommendations { code source { title } } } }
  }
}`;

async function statementsFor(first: number): Promise<number> {
  for (const counter of Object.values(hub.counters)) counter.reset();
  const { body } = await hub.query<{ agreements: { edges: unknown[] } }>(PAGE, { first });
  expect(body.errors).toBeUndefined();
  expect(body.data!.agreements.edges.length).toBeGreaterThan(0);
  return Object.values(hub.counters).reduce((sum, counter) => sum + counter.reset(), 0);
}

describe("entity references and lists are batched", () => {
  it("costs about the same number of SQL statements for a page of 20 agreements as for all of them", async () => {
    // Every agreement gets requests and a recommendation, so every list on both pages has rows; both pages
    // also hold framework organisations and organisation parties (az-interpol, az-iom, … sort early).
    await hub.pool.query(`
      INSERT INTO mla.mla_request (reference, direction, counterpart_country_code, legal_basis_kind, legal_basis_agreement_id, status, synthetic)
      SELECT 'BATCH-' || a.id || '-' || n, 'OUTGOING', 'TR', 'AGREEMENT', a.id, 'SENT', true
        FROM agreements.agreement AS a, generate_series(1, 3) AS n`);
    await hub.pool.query(`
      INSERT INTO recommendations.recommendation_agreement (recommendation_id, agreement_id)
      SELECT 'needs-assessment-ch3:P', id FROM agreements.agreement`);
    const total = Number((await hub.pool.query("SELECT count(*) FROM agreements.agreement")).rows[0].count);
    expect(total).toBeGreaterThan(20);
    const page = await statementsFor(20);
    const all = await statementsFor(100);
    // Loaders batch per resolution depth, so a page without (say) organisation parties skips that one
    // statement; per-entity loading would instead add one or more for each of the extra agreements.
    expect(Math.abs(all - page)).toBeLessThanOrEqual(1);
    expect(all).toBeLessThan(total - 20);
  });
});

describe("legalBasisOptions across agreements and mla", () => {
  const OPTIONS = `{ legalBasisOptions(counterpartCountry: "TR", assistanceType: EVIDENCE, includeSynthetic: true) {
    id rank kind applicability agreement { id title parties { status country { code } } } counterpartCountry { nameEn }
    azerbaijan { status country { nameAz } } counterpart { status country { nameAz } } limitations { text country { code } } why(lang: EN)
    trackRecord(includeSynthetic: true) { requestsIn requestsOut executed refused pending medianDaysToExecute level
      refusalGrounds { ground refused } outcomes { suspectsArrested victimsIdentified convictions } }
  } }`;

  async function statementsAt(requests: number): Promise<{ rows: number; withRequests: number; perSubgraph: Record<string, number> }> {
    await loadSyntheticCooperation(hub.subgraphs.mla.dataSource, requests);
    for (const counter of Object.values(hub.counters)) counter.reset();
    const { body } = await hub.query<{ legalBasisOptions: { trackRecord: { requestsIn: number; requestsOut: number } }[] }>(OPTIONS);
    expect(body.errors).toBeUndefined();
    const perSubgraph = Object.fromEntries(Object.entries(hub.counters).map(([name, counter]) => [name, counter.reset()]));
    const rows = body.data!.legalBasisOptions;
    return { rows: rows.length, withRequests: rows.filter((r) => r.trackRecord.requestsIn + r.trackRecord.requestsOut > 0).length, perSubgraph };
  }

  it("costs the same SQL statements per subgraph with 300 and 3000 requests: one batched read of the track records per mla call", async () => {
    const small = await statementsAt(300);
    const large = await statementsAt(3000);
    expect(small.withRequests).toBeGreaterThan(1);
    expect(large.rows).toBeGreaterThanOrEqual(small.rows);
    expect(large.perSubgraph).toEqual(small.perSubgraph);
    // agreements: the two countries, the agreements with both party records, their parties, the parties' countries;
    // mla: the ranking's call from agreements (every basis used with the country) and the gateway's trackRecord fetch.
    expect(large.perSubgraph).toEqual({ agreements: 4, mla: 2, recommendations: 0 });
  });
});
