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
