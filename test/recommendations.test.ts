import { startTestHub, type TestHub } from "./support/test-hub";

let hub: TestHub;
beforeAll(async () => {
  hub = await startTestHub();
});
afterAll(() => hub?.stop());

type Page = { recommendations: { totalCount: number; edges: { node: { id: string; code: string; status: string; version: number } }[] } };
const LIST = `query L($filter: RecommendationFilter, $first: Int) { recommendations(filter: $filter, first: $first) { totalCount edges { node { id code status version } } } }`;
const codes = async (filter: Record<string, unknown>) => {
  const { body } = await hub.query<Page>(LIST, { filter, first: 100 });
  expect(body.errors).toBeUndefined();
  return body.data!.recommendations.edges.map((e) => e.node.code);
};
const RECORD = `mutation R($id: ID!, $v: Int!, $input: StatusUpdateInput!) { recordStatusUpdate(recommendationId: $id, expectedVersion: $v, input: $input) { id status reportingPeriod } }`;
const version = async (id: string) => (await hub.query<{ recommendation: { version: number } }>(`query V($id: ID!) { recommendation(id: $id) { version } }`, { id })).body.data!.recommendation.version;
const record = (id: string, v: number, input: Record<string, unknown>) =>
  hub.query<{ recordStatusUpdate: { id: string; status: string } }>(RECORD, { id, v, input }, { role: "officer" });

describe("recommendations from the sources, complete and in their own numbering", () => {
  it("has the needs assessment's A-Q and its 66 detailed recommendations 3.1.1-3.5.8", async () => {
    const all = await codes({ sourceId: "needs-assessment-ch3" });
    expect(all.slice(0, 17)).toEqual("ABCDEFGHIJKLMNOPQ".split(""));
    expect(all.filter((c) => c.startsWith("3."))).toHaveLength(66);
    expect(all.filter((c) => c.startsWith("3.5."))).toEqual(["3.5.1", "3.5.2", "3.5.3", "3.5.4", "3.5.5", "3.5.6", "3.5.7", "3.5.8"]);
  });

  it("records the TIP 2013 recommendations once, though the chapter lists them twice", async () => {
    const tip = await codes({ sourceId: "us-tip-2013" });
    expect(tip).toEqual(Array.from({ length: 12 }, (_, i) => String(i + 1)));
    const { rows } = await hub.pool.query(`SELECT count(DISTINCT text_az)::int AS n FROM recommendations.recommendation WHERE source_id = 'us-tip-2013'`);
    expect(rows[0].n).toBe(12);
  });

  it("keeps J's priority marks as the text states them", async () => {
    const { body } = await hub.query<{ recommendation: { surveyMarks: number; seminarMarks: number; quote: string } }>(
      `{ recommendation(id: "needs-assessment-ch3:J") { surveyMarks seminarMarks quote } }`,
    );
    expect(body.data!.recommendation).toMatchObject({ surveyMarks: 3, seminarMarks: 3 });
  });

  it("has the TIP report's 2011 and 2012 figures with their quotes", async () => {
    const { body } = await hub.query<{ statistics: { metric: string; year: number; category: string; value: number; quote: string }[] }>(
      `{ statistics(metric: "VICTIMS_IDENTIFIED") { metric year category value quote } }`,
    );
    const byYear = (year: number) => body.data!.statistics.filter((s) => s.year === year).reduce((sum, s) => sum + s.value, 0);
    expect(byYear(2012)).toBe(53);
    expect(byYear(2011)).toBe(29);
    expect(body.data!.statistics.every((s) => s.quote.length > 10)).toBe(true);
  });

  it("has indicators 4.5 and 5.1-5.5 with framework and operational criteria at levels 1 and 2", async () => {
    const { body } = await hub.query<{ indicators: { id: string; items: { dimension: string; level: number; text: string }[] }[] }>(
      `{ indicators { id items { dimension level text } } }`,
    );
    expect(body.data!.indicators.map((i) => i.id)).toEqual(["4.5", "5.1", "5.2", "5.3", "5.4", "5.5"]);
    const i54 = body.data!.indicators.find((i) => i.id === "5.4")!;
    expect(i54.items.map((i) => `${i.dimension}-${i.level}`).sort()).toEqual(["FRAMEWORK-1", "FRAMEWORK-2", "OPERATIONAL-1", "OPERATIONAL-2"]);
    expect(i54.items.find((i) => i.dimension === "OPERATIONAL" && i.level === 2)!.text).toContain("proaktiv xarakter");
  });
});

describe("search, filters", () => {
  it("finds recommendations typed without Azerbaijani letters, in upper case", async () => {
    expect(await codes({ text: "MEHKEME HOKMLERINI" })).toContain("7");
    expect(await codes({ text: "xeritelenmesi" })).toContain("3.5.7");
  });

  it("filters by theme and body", async () => {
    const partnership = await codes({ theme: "PARTNERSHIP", body: "GRETA" });
    // Para. 51 (the finding it shares with OSCE rec. 5) and the call the assessment cites to "Aze30".
    expect(partnership).toEqual(["51", "Aze30, p.7, səh.20, səh.48"]);
  });
});

describe("status updates with evidence", () => {
  const id = "needs-assessment-ch3:O";

  it("records an update with evidence naming an agreement, and the agreement shows it through the gateway", async () => {
    const { body } = await record(id, await version(id), {
      status: "IN_PROGRESS",
      reportingPeriod: "2024",
      note: "Working group with Türkiye",
      evidence: [
        { kind: "AGREEMENT", agreementId: "az-tr-cooperation", note: "legal basis of the requests" },
        { kind: "DOCUMENT", documentTitle: "Protocol of the 2024 meeting", documentUrl: "https://example.org/protocol.pdf" },
      ],
    });
    expect(body.errors).toBeUndefined();
    const agreement = await hub.query<{ agreement: { recommendations: { id: string; status: string }[] } }>(
      `{ agreement(id: "az-tr-cooperation") { recommendations { id status } } }`,
    );
    expect(agreement.body.data!.agreement.recommendations).toEqual([{ id, status: "IN_PROGRESS" }]);
  });

  it("shows, next to a cooperation recommendation, the cooperation figures of the agreements its evidence names (from mla)", async () => {
    await hub.pool.query(
      `INSERT INTO mla.mla_request (reference, direction, counterpart_country_code, legal_basis_kind, legal_basis_agreement_id, status, synthetic)
       VALUES ('TR-LINK-1', 'INCOMING', 'TR', 'AGREEMENT', 'az-tr-cooperation', 'EXECUTED', true)`,
    );
    const { body } = await hub.query<{ recommendation: { cooperationAgreements: { id: string; cooperation: { requestsIn: number; executed: number } }[] } }>(
      `{ recommendation(id: "${id}") { cooperationAgreements { id cooperation(includeSynthetic: true) { requestsIn executed } } } }`,
    );
    expect(body.errors).toBeUndefined();
    // The row above is marked synthetic: counted only because the query asks for demo data too.
    expect(body.data!.recommendation.cooperationAgreements).toEqual([{ id: "az-tr-cooperation", cooperation: { requestsIn: 1, executed: 1 } }]);
  });

  it("never rewrites history: a correction is a new update that names what it corrects", async () => {
    const history = async () =>
      (await hub.query<{ recommendation: { status: string; history: { id: string; status: string; corrects: { id: string } | null }[] } }>(
        `{ recommendation(id: "${id}") { status history { id status corrects { id } } } }`,
      )).body.data!.recommendation;
    const before = await history();
    const first = before.history[0];
    const { body } = await record(id, await version(id), { status: "NOT_STARTED", reportingPeriod: "2024", correctsId: first.id, note: "recorded too early" });
    expect(body.errors).toBeUndefined();
    const after = await history();
    expect(after.history).toHaveLength(before.history.length + 1);
    expect(after.history[0]).toEqual(first);
    expect(after.history.at(-1)).toMatchObject({ status: "NOT_STARTED", corrects: { id: first.id } });
    expect(after.status).toBe("NOT_STARTED");
    await expect(hub.pool.query(`UPDATE recommendations.status_update SET status = 'IMPLEMENTED'`)).rejects.toThrow(/append-only/);
    await expect(hub.pool.query(`DELETE FROM recommendations.evidence`)).rejects.toThrow(/append-only/);
  });

  it("refuses a stale version with CONFLICT and records nothing", async () => {
    const v = await version("us-tip-2013:1");
    expect((await record("us-tip-2013:1", v, { status: "IN_PROGRESS", reportingPeriod: "2025" })).body.errors).toBeUndefined();
    const stale = await record("us-tip-2013:1", v, { status: "IMPLEMENTED", reportingPeriod: "2025" });
    expect(stale.body.errors?.[0].extensions).toMatchObject({ code: "CONFLICT", field: "expectedVersion" });
    const { rows } = await hub.pool.query(`SELECT count(*)::int AS n FROM recommendations.status_update WHERE recommendation_id = 'us-tip-2013:1'`);
    expect(rows[0].n).toBe(1);
  });

  it.each([
    [{ reportingPeriod: "last year" }, "input.reportingPeriod"],
    [{ evidence: [{ kind: "AGREEMENT" }] }, "input.evidence[0].agreementId"],
    [{ evidence: [{ kind: "DOCUMENT", documentTitle: "x", agreementId: "az-tr-cooperation" }] }, "input.evidence[0].agreementId"],
    [{ evidence: [{ kind: "MLA_REQUEST", mlaRequestId: "nope" }] }, "input.evidence[0].mlaRequestId"],
    [{ evidence: [{ kind: "DOCUMENT", documentTitle: "x", documentUrl: "javascript:alert(1)" }] }, "input.evidence[0].documentUrl"],
    [{ correctsId: "00000000-0000-4000-8000-000000000000" }, "input.correctsId"],
  ])("refuses %j naming %s, recording nothing", async (change, field) => {
    const rid = "us-tip-2013:2";
    const { rows: before } = await hub.pool.query(`SELECT count(*)::int AS n FROM recommendations.status_update`);
    const { body } = await record(rid, await version(rid), { status: "IN_PROGRESS", reportingPeriod: "2025", ...change });
    expect(body.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field });
    const { rows: after } = await hub.pool.query(`SELECT count(*)::int AS n FROM recommendations.status_update`);
    expect(after[0].n).toBe(before[0].n);
  });
});

describe("progress summary", () => {
  it("adds up: per source and period, the status counts sum to the source's recommendations", async () => {
    const { body } = await hub.query<{ recommendationProgress: { group: string; reportingPeriod: string; total: number; counts: { status: string; count: number }[] }[] }>(
      `{ recommendationProgress(groupBy: SOURCE) { group reportingPeriod total counts { status count } } }`,
    );
    const rows = body.data!.recommendationProgress;
    const { rows: sizes } = await hub.pool.query(`SELECT source_id, count(*)::int AS n FROM recommendations.recommendation GROUP BY source_id`);
    for (const row of rows) {
      expect(row.counts.reduce((sum, c) => sum + c.count, 0)).toBe(row.total);
      expect(row.total).toBe(sizes.find((s) => s.source_id === row.group)!.n);
    }
    const tip2025 = rows.find((r) => r.group === "us-tip-2013" && r.reportingPeriod === "2025")!;
    expect(tip2025.counts.find((c) => c.status === "IN_PROGRESS")!.count).toBeGreaterThanOrEqual(1);
    expect(rows.some((r) => r.reportingPeriod === "current")).toBe(true);
    // By theme, the current totals cover every recommendation.
    const themes = await hub.query<{ recommendationProgress: { reportingPeriod: string; total: number }[] }>(`{ recommendationProgress(groupBy: THEME) { reportingPeriod total } }`);
    const { rows: all } = await hub.pool.query(`SELECT count(*)::int AS n FROM recommendations.recommendation`);
    expect(themes.body.data!.recommendationProgress.filter((r) => r.reportingPeriod === "current").reduce((s, r) => s + r.total, 0)).toBe(all[0].n);
  });
});

describe("indicator assessments", () => {
  it("records a status per period for an indicator criterion (officer only)", async () => {
    const ASSESS = `mutation A($input: IndicatorAssessmentInput!) { assessIndicator(itemId: "5.4-OPERATIONAL-2", input: $input) { reportingPeriod status } }`;
    const denied = await hub.query(ASSESS, { input: { reportingPeriod: "2024", status: "NOT_MET" } }, { role: "viewer" });
    expect(denied.body.errors?.[0].extensions?.code).toBe("FORBIDDEN");
    const ok = await hub.query(ASSESS, { input: { reportingPeriod: "2024", status: "NOT_MET" } }, { role: "officer" });
    expect(ok.body.errors).toBeUndefined();
    const { body } = await hub.query<{ indicators: { id: string; items: { id: string; assessments: { status: string }[] }[] }[] }>(`{ indicators { id items { id assessments { status } } } }`);
    expect(body.data!.indicators.find((i) => i.id === "5.4")!.items.find((i) => i.id === "5.4-OPERATIONAL-2")!.assessments).toEqual([{ status: "NOT_MET" }]);
  });
});
