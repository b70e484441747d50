import { generateSyntheticCooperation, loadSyntheticCooperation } from "../subgraphs/mla/src/demo/synthetic-cooperation";
import { startTestHub, type TestHub } from "./support/test-hub";

let hub: TestHub;
beforeAll(async () => {
  hub = await startTestHub();
  await loadSyntheticCooperation(hub.subgraphs.mla.dataSource, 600);
});
afterAll(() => hub?.stop());

type Summary = { requestsIn: number; requestsOut: number; executed: number; refused: number; pending: number; overdue: number;
  medianDaysToExecute: number | null; outcomes: { suspectsArrested: number; victimsIdentified: number; convictions: number }; level: string };
// The demo set is synthetic: these figures count it on purpose (includeSynthetic).
const RANKING = `query R($period: CooperationPeriod, $first: Int) {
  cooperationRanking(period: $period, first: $first, includeSynthetic: true) {
    rank agreement { id title kind }
    cooperation { requestsIn requestsOut executed refused pending overdue medianDaysToExecute
                  outcomes { suspectsArrested victimsIdentified convictions } level }
  }
}`;
type Ranking = { cooperationRanking: { rank: number; agreement: { id: string; title: string | null; kind: string }; cooperation: Summary }[] };

/** The same figures counted straight from the tables, independently of the service's SQL. */
async function directFigures(agreementId: string, period?: { from: string; to: string }) {
  const range = period ? `AND opened_on BETWEEN '${period.from}' AND '${period.to}'` : "";
  const { rows } = await hub.pool.query(
    `SELECT count(*) FILTER (WHERE direction = 'INCOMING')::int AS "requestsIn",
            count(*) FILTER (WHERE direction = 'OUTGOING')::int AS "requestsOut",
            count(*) FILTER (WHERE status IN ('EXECUTED', 'PARTIALLY_EXECUTED'))::int AS executed,
            count(*) FILTER (WHERE status = 'REFUSED')::int AS refused
       FROM mla.mla_request WHERE legal_basis_agreement_id = $1 ${range}`,
    [agreementId],
  );
  const arrests = await hub.pool.query(
    `SELECT coalesce(sum(o.quantity), 0)::int AS n FROM mla.case_outcome o
      WHERE o.kind = 'SUSPECTS_ARRESTED' AND EXISTS (
        SELECT 1 FROM mla.outcome_contribution c JOIN mla.mla_request r ON r.id = c.request_id
         WHERE c.outcome_id = o.id AND r.legal_basis_agreement_id = $1 AND r.status IN ('EXECUTED', 'PARTIALLY_EXECUTED') ${range.replace(/opened_on/g, "r.opened_on")})`,
    [agreementId],
  );
  return { ...rows[0], suspectsArrested: arrests.rows[0].n };
}

describe("which agreements produced cooperation on cases", () => {
  it("ranks agreements through the gateway with figures equal to a direct SQL count", async () => {
    const { body } = await hub.query<Ranking>(RANKING, { first: 100 });
    expect(body.errors).toBeUndefined();
    const rows = body.data!.cooperationRanking;
    expect(rows.length).toBeGreaterThan(5);
    expect(rows.map((r) => r.rank)).toEqual(rows.map((_, i) => i + 1));
    // Each row's agreement is resolved by the agreements subgraph.
    expect(rows.find((r) => r.agreement.id === "cis-legal-assistance-convention")!.agreement.kind).toBe("MULTILATERAL");
    for (const row of rows) {
      const direct = await directFigures(row.agreement.id);
      expect({ id: row.agreement.id, ...row.cooperation, arrests: row.cooperation.outcomes.suspectsArrested }).toMatchObject({
        id: row.agreement.id, requestsIn: direct.requestsIn, requestsOut: direct.requestsOut, executed: direct.executed, refused: direct.refused,
        arrests: direct.suspectsArrested,
      });
    }
  });

  it("orders by level first, then by results on cases", async () => {
    const { body } = await hub.query<Ranking>(RANKING, { first: 100 });
    const order = ["NO_REQUESTS", "REQUESTS_MADE", "REQUESTS_EXECUTED", "RESULTS_ON_CASES", "PROACTIVE"];
    const levels = body.data!.cooperationRanking.map((r) => order.indexOf(r.cooperation.level));
    expect(levels).toEqual([...levels].sort((a, b) => b - a));
  });

  it("restricts figures to requests opened in a period", async () => {
    const period = { from: "2018-01-01", to: "2019-12-31" };
    const { body } = await hub.query<Ranking>(RANKING, { period, first: 100 });
    for (const row of body.data!.cooperationRanking) {
      const direct = await directFigures(row.agreement.id, period);
      expect(row.cooperation.requestsIn + row.cooperation.requestsOut).toBe(direct.requestsIn + direct.requestsOut);
    }
  });

  it("grades an agreement's cooperation on the agreement itself, and a country's on the country", async () => {
    const { body } = await hub.query<{ agreement: { cooperation: Summary; mlaRequests: { totalCount: number } }; country: { cooperation: Summary } ; silent: { cooperation: Summary } }>(
      `{ agreement(id: "az-tr-cooperation") { cooperation(includeSynthetic: true) { requestsIn requestsOut executed level } mlaRequests(first: 1) { totalCount } }
         country(code: "TR") { cooperation(includeSynthetic: true) { requestsIn requestsOut } }
         silent: agreement(id: "echr-1950") { cooperation(includeSynthetic: true) { requestsIn requestsOut level medianDaysToExecute } } }`,
    );
    expect(body.errors).toBeUndefined();
    const direct = await directFigures("az-tr-cooperation");
    expect(body.data!.agreement.cooperation).toMatchObject({ requestsIn: direct.requestsIn, requestsOut: direct.requestsOut, executed: direct.executed });
    expect(body.data!.agreement.mlaRequests.totalCount).toBe(direct.requestsIn + direct.requestsOut);
    const tr = await hub.pool.query(`SELECT count(*)::int AS n FROM mla.mla_request WHERE counterpart_country_code = 'TR'`);
    expect(body.data!.country.cooperation.requestsIn + body.data!.country.cooperation.requestsOut).toBe(tr.rows[0].n);
    expect(body.data!.silent.cooperation).toEqual({ requestsIn: 0, requestsOut: 0, level: "NO_REQUESTS", medianDaysToExecute: null });
  });

  it("moves an agreement up the levels as requests are executed and contribute to results", async () => {
    const officer = { role: "officer" as const };
    const level = async () =>
      (await hub.query<{ agreement: { cooperation: { level: string } } }>(`{ agreement(id: "az-lv-cooperation") { cooperation { level } } }`)).body.data!.agreement.cooperation.level;
    expect(await level()).toBe("NO_REQUESTS");
    const kase = await hub.query<{ createCase: { id: string } }>(`mutation { createCase(input: { reference: "LV-144-1/2026", articles: ["144-1"] }) { id } }`, undefined, officer);
    const caseId = kase.body.data!.createCase.id;
    const created = await hub.query<{ createMlaRequest: { id: string; version: number } }>(
      `mutation C($input: CreateMlaRequestInput!) { createMlaRequest(input: $input) { id version } }`,
      { input: { idempotencyKey: "lv-1", reference: "LV-IN-1", direction: "INCOMING", counterpartCountry: "LV", legalBasisKind: "AGREEMENT", legalBasisAgreementId: "az-lv-cooperation", caseId } },
      officer,
    );
    const { id } = created.body.data!.createMlaRequest;
    expect(await level()).toBe("REQUESTS_MADE");
    const move = `mutation T($id: ID!, $v: Int!, $to: MlaStatus!) { transitionMlaRequest(id: $id, expectedVersion: $v, input: { to: $to }) { version } }`;
    await hub.query(move, { id, v: 1, to: "IN_PROGRESS" }, officer);
    await hub.query(move, { id, v: 2, to: "EXECUTED" }, officer);
    expect(await level()).toBe("REQUESTS_EXECUTED");
    const outcome = await hub.query(
      `mutation O($caseId: ID!, $input: RecordOutcomeInput!) { recordCaseOutcome(caseId: $caseId, input: $input) { kind quantity contributingRequests { id } } }`,
      { caseId, input: { kind: "VICTIMS_IDENTIFIED", quantity: 2, recordedOn: "2026-06-01", requestIds: [id] } },
      officer,
    );
    expect(outcome.body.errors).toBeUndefined();
    expect(await level()).toBe("RESULTS_ON_CASES");
  });

  it("refuses an outcome credited to a request that does not serve the case", async () => {
    const other = await hub.query<{ createCase: { id: string } }>(`mutation { createCase(input: { reference: "OTHER-1", articles: ["144-2"] }) { id } }`, undefined, { role: "officer" });
    const { rows } = await hub.pool.query(`SELECT id FROM mla.mla_request WHERE synthetic LIMIT 1`);
    const { body } = await hub.query(
      `mutation O($caseId: ID!, $input: RecordOutcomeInput!) { recordCaseOutcome(caseId: $caseId, input: $input) { id } }`,
      { caseId: other.body.data!.createCase.id, input: { kind: "CONVICTIONS", quantity: 1, recordedOn: "2026-06-01", requestIds: [rows[0].id] } },
      { role: "officer" },
    );
    expect(body.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.requestIds" });
  });
});

describe("cooperation figures by period and by kind of data", () => {
  const officer = { role: "officer" as const };
  const FIGURES = `query F($id: ID!, $period: CooperationPeriod, $synthetic: Boolean) {
    agreement(id: $id) { cooperation(period: $period, includeSynthetic: $synthetic) {
      requestsIn executed refused medianDaysToExecute level syntheticRequests periodFrom periodTo
      outcomes { victimsIdentified } refusalGrounds { ground refused } } } }`;
  type Figures = { agreement: { cooperation: { requestsIn: number; executed: number; refused: number; medianDaysToExecute: number | null; level: string;
    syntheticRequests: number; periodFrom: string | null; periodTo: string | null; outcomes: { victimsIdentified: number }; refusalGrounds: { ground: string; refused: number }[] } } };
  const figures = async (id: string, period?: { from?: string; to?: string }, synthetic?: boolean) => {
    const { body } = await hub.query<Figures>(FIGURES, { id, period, synthetic });
    expect(body.errors).toBeUndefined();
    return body.data!.agreement.cooperation;
  };
  const move = `mutation T($id: ID!, $v: Int!, $input: TransitionInput!) { transitionMlaRequest(id: $id, expectedVersion: $v, input: $input) { version } }`;
  async function request(reference: string, openedOn: string, caseId: string | null, agreement = "az-at-cooperation", country = "AT") {
    const { body } = await hub.query<{ createMlaRequest: { id: string } }>(
      `mutation C($input: CreateMlaRequestInput!) { createMlaRequest(input: $input) { id } }`,
      { input: { idempotencyKey: reference, reference, direction: "INCOMING", counterpartCountry: country, legalBasisKind: "AGREEMENT", legalBasisAgreementId: agreement, caseId, openedOn } },
      officer,
    );
    return body.data!.createMlaRequest.id;
  }

  it("counts an outcome shared by requests of different months once, in every period that holds one of them", async () => {
    const kase = await hub.query<{ createCase: { id: string } }>(`mutation { createCase(input: { reference: "AT-144-1/2025", articles: ["144-1"] }) { id } }`, undefined, officer);
    const caseId = kase.body.data!.createCase.id;
    const january = await request("AT-IN-1", "2025-01-15", caseId);
    const march = await request("AT-IN-2", "2025-03-10", caseId);
    await hub.query(move, { id: january, v: 1, input: { to: "IN_PROGRESS", on: "2025-01-20" } }, officer);
    await hub.query(move, { id: january, v: 2, input: { to: "EXECUTED", on: "2025-02-14" } }, officer);
    await hub.query(move, { id: march, v: 1, input: { to: "IN_PROGRESS", on: "2025-03-11" } }, officer);
    await hub.query(move, { id: march, v: 2, input: { to: "EXECUTED", on: "2025-04-19" } }, officer);
    const outcome = await hub.query(
      `mutation O($caseId: ID!, $input: RecordOutcomeInput!) { recordCaseOutcome(caseId: $caseId, input: $input) { id } }`,
      { caseId, input: { kind: "VICTIMS_IDENTIFIED", quantity: 3, recordedOn: "2025-05-01", requestIds: [january, march] } },
      officer,
    );
    expect(outcome.body.errors).toBeUndefined();

    // 30 and 40 days to execute; the three victims once, however the requests fall in the period.
    expect(await figures("az-at-cooperation")).toMatchObject({ requestsIn: 2, executed: 2, medianDaysToExecute: 35, level: "RESULTS_ON_CASES", outcomes: { victimsIdentified: 3 } });
    expect(await figures("az-at-cooperation", { from: "2025-01-01", to: "2025-03-31" })).toMatchObject({ requestsIn: 2, outcomes: { victimsIdentified: 3 } });
    expect(await figures("az-at-cooperation", { from: "2025-03-01", to: "2025-03-31" })).toMatchObject({ requestsIn: 1, medianDaysToExecute: 40, outcomes: { victimsIdentified: 3 } });
    expect(await figures("az-at-cooperation", { from: "2025-02-01", to: "2025-02-28" })).toMatchObject({ requestsIn: 0, level: "NO_REQUESTS", outcomes: { victimsIdentified: 0 } });
    // A period inside months counts the whole months it touches, and says so.
    expect(await figures("az-at-cooperation", { from: "2025-01-20", to: "2025-03-05" })).toMatchObject({
      requestsIn: 2, periodFrom: "2025-01-01", periodTo: "2025-03-31", outcomes: { victimsIdentified: 3 },
    });
    expect(await figures("az-at-cooperation", { to: "2024-02-10" })).toMatchObject({ requestsIn: 0, periodFrom: null, periodTo: "2024-02-29" });
  });

  it("leaves generated demo requests out unless asked, and then says how many it counted", async () => {
    const agreement = "cis-legal-assistance-convention";
    await request("CIS-REAL-1", "2025-06-02", null, agreement, "KZ");
    const counts = (await hub.pool.query(
      `SELECT count(*) FILTER (WHERE NOT synthetic AND direction = 'INCOMING')::int AS real_in,
              count(*) FILTER (WHERE direction = 'INCOMING')::int AS all_in, count(*) FILTER (WHERE synthetic)::int AS synthetic
         FROM mla.mla_request WHERE legal_basis_agreement_id = $1`, [agreement])).rows[0];
    expect(counts.synthetic).toBeGreaterThan(0);
    expect(await figures(agreement)).toMatchObject({ requestsIn: counts.real_in, syntheticRequests: 0 });
    expect(await figures(agreement, undefined, true)).toMatchObject({ requestsIn: counts.all_in, syntheticRequests: counts.synthetic });
  });

  it("gives the grounds of refusals by code, a ground given in words only as OTHER", async () => {
    const id = await request("AT-IN-3", "2025-06-03", null);
    await hub.query(move, { id, v: 1, input: { to: "REFUSED", on: "2025-06-20", refusalGroundCode: "NO_DUAL_CRIMINALITY", refusalGround: "not an offence in Austria" } }, officer);
    expect((await figures("az-at-cooperation")).refusalGrounds).toEqual([{ ground: "NO_DUAL_CRIMINALITY", refused: 1 }]);
    const words = await request("AT-IN-4", "2025-06-04", null);
    await hub.query(move, { id: words, v: 1, input: { to: "REFUSED", on: "2025-06-21", refusalGround: "dual criminality not established" } }, officer);
    expect((await figures("az-at-cooperation")).refusalGrounds).toEqual([{ ground: "NO_DUAL_CRIMINALITY", refused: 1 }, { ground: "OTHER", refused: 1 }]);
  });
});

describe("synthetic demo data", () => {
  it("is deterministic, replaces only the synthetic set, and marks every generated record", async () => {
    expect(generateSyntheticCooperation(50)).toEqual(generateSyntheticCooperation(50));
    const realBefore = await hub.pool.query(`SELECT count(*)::int AS n FROM mla.mla_request WHERE NOT synthetic`);
    const loaded = await loadSyntheticCooperation(hub.subgraphs.mla.dataSource, 50);
    const counts = await hub.pool.query(`SELECT
        (SELECT count(*)::int FROM mla.mla_request WHERE synthetic) AS requests,
        (SELECT count(*)::int FROM mla.criminal_case WHERE synthetic) AS cases,
        (SELECT count(*)::int FROM mla.case_outcome WHERE synthetic) AS outcomes,
        (SELECT count(*)::int FROM mla.mla_request WHERE reference LIKE 'SYN-%' AND NOT synthetic) AS unmarked_requests,
        (SELECT count(*)::int FROM mla.criminal_case WHERE reference LIKE 'SYN-%' AND NOT synthetic) AS unmarked_cases,
        (SELECT count(*)::int FROM mla.mla_request WHERE NOT synthetic) AS real_requests`);
    expect(counts.rows[0]).toEqual({
      requests: loaded.requests, cases: loaded.cases, outcomes: loaded.outcomes, unmarked_requests: 0, unmarked_cases: 0,
      real_requests: realBefore.rows[0].n,
    });
    // Shown as such through the API.
    const { body } = await hub.query<{ mlaRequests: { edges: { node: { reference: string; synthetic: boolean } }[] } }>(
      `{ mlaRequests(filter: { synthetic: true }, first: 100) { edges { node { reference synthetic } } } }`,
    );
    expect(body.data!.mlaRequests.edges).toHaveLength(50);
    expect(body.data!.mlaRequests.edges.every((e) => e.node.synthetic && e.node.reference.startsWith("SYN-"))).toBe(true);
  });

  it("costs a constant number of SQL statements for the ranking, whatever the number of requests", async () => {
    const statements = async () => {
      for (const counter of Object.values(hub.counters)) counter.reset();
      const { body } = await hub.query<Ranking>(RANKING, { first: 100 });
      expect(body.errors).toBeUndefined();
      return Object.values(hub.counters).reduce((sum, counter) => sum + counter.reset(), 0);
    };
    await loadSyntheticCooperation(hub.subgraphs.mla.dataSource, 100);
    const small = await statements();
    await loadSyntheticCooperation(hub.subgraphs.mla.dataSource, 3000);
    const large = await statements();
    expect(large).toBe(small);
  });
});
