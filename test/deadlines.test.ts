import { postImport, workbook } from "./support/import-files";
import { addDays, requestsAround } from "./support/deadline-register";
import { startTestHub, type TestHub } from "./support/test-hub";

let hub: TestHub;
// The CIS report on 2009 is due on 28 February 2010 (measure 6.3): a window that holds it and requests.
const AS_OF = "2010-02-10";
const WITHIN = 30;

beforeAll(async () => {
  hub = await startTestHub();
  const imported = await postImport(hub, "mla-requests", await workbook({ "mla-requests": requestsAround(AS_OF, 60) }));
  expect(imported.body).toMatchObject({ created: 60, errors: [] });
});
afterAll(() => hub?.stop());

interface Item {
  id: string;
  kind: string;
  dueOn: string;
  daysLeft: number;
  overdue: boolean;
  priority: string | null;
  mlaRequest: { reference: string; status: string } | null;
  obligation: { id: string; title: string; kind: string; dueOn: string; responsible: { id: string }[] } | null;
}
interface Page {
  deadlines: {
    asOf: string;
    until: string;
    counts: { total: number; mlaRequestsOverdue: number; mlaRequestsDueSoon: number; measures: number; reportingDuties: number };
    items: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null }; edges: { cursor: string; node: Item }[] };
  };
}

const DEADLINES = `query Deadlines($asOf: LocalDate, $within: Int, $first: Int, $after: String, $kinds: [DeadlineKind!], $overdue: Boolean, $synthetic: Boolean) {
  deadlines(asOf: $asOf, withinDays: $within, includeSynthetic: $synthetic) {
    asOf until
    counts { total mlaRequestsOverdue mlaRequestsDueSoon measures reportingDuties }
    items(first: $first, after: $after, kinds: $kinds, overdue: $overdue) {
      totalCount pageInfo { hasNextPage endCursor }
      edges { cursor node { id kind dueOn daysLeft overdue priority mlaRequest { reference status }
                            obligation { id title kind dueOn responsible { id } } } }
    }
  }
}`;

async function deadlines(variables: Record<string, unknown>, role: "viewer" | "officer" = "viewer") {
  const { body } = await hub.query<Page>(DEADLINES, { asOf: AS_OF, within: WITHIN, ...variables }, { role });
  expect(body.errors).toBeUndefined();
  return body.data!.deadlines;
}

/** The open requests (past the draft, not final) due by the window's end, straight from SQL. */
async function openRequestsDue(synthetic = false): Promise<{ reference: string; due_on: string }[]> {
  const { rows } = await hub.pool.query(
    `SELECT reference, due_on::text FROM mla.mla_request
      WHERE status NOT IN ('DRAFT', 'EXECUTED', 'PARTIALLY_EXECUTED', 'REFUSED', 'WITHDRAWN') AND due_on <= $1 AND ($2 OR NOT synthetic)
      ORDER BY due_on, reference`,
    [addDays(AS_OF, WITHIN), synthetic],
  );
  return rows;
}

describe("deadlines: one list of everything due, most urgent first", () => {
  it("lists every open request overdue or due within the window, and the obligations agreements has due then, earliest first", async () => {
    const result = await deadlines({ first: 100 });
    const expected = await openRequestsDue();
    const { body } = await hub.query<{ obligations: { id: string; dueOn: string }[] }>(
      `query($from: LocalDate, $to: LocalDate) { obligations(filter: { dueFrom: $from, dueTo: $to }) { id dueOn } }`,
      { from: AS_OF, to: addDays(AS_OF, WITHIN) },
    );
    const obligations = body.data!.obligations;
    expect(obligations.map((o) => o.id)).toContain("REPORTING_DUTY:cis-programme-report-to-executive-committee");
    expect(result).toMatchObject({ asOf: AS_OF, until: addDays(AS_OF, WITHIN) });
    const items = result.items.edges.map((edge) => edge.node);
    expect(result.items.totalCount).toBe(expected.length + obligations.length);
    expect(items.filter((i) => i.kind === "MLA_REQUEST").map((i) => i.mlaRequest!.reference).sort()).toEqual(expected.map((r) => r.reference).sort());
    expect(items.filter((i) => i.kind !== "MLA_REQUEST").map((i) => [i.id, i.dueOn])).toEqual(obligations.map((o) => [o.id, o.dueOn]));
    expect(items.map((i) => i.dueOn)).toEqual([...items.map((i) => i.dueOn)].sort());
    for (const item of items) {
      expect(item.daysLeft).toBe((Date.parse(item.dueOn) - Date.parse(AS_OF)) / 86_400_000);
      expect(item.overdue).toBe(item.dueOn < AS_OF);
    }
    expect(result.counts).toEqual({
      total: items.length,
      mlaRequestsOverdue: expected.filter((r) => r.due_on < AS_OF).length,
      mlaRequestsDueSoon: expected.filter((r) => r.due_on >= AS_OF).length,
      measures: obligations.filter((o) => o.id.startsWith("MEASURE:")).length,
      reportingDuties: obligations.filter((o) => o.id.startsWith("REPORTING_DUTY:")).length,
    });
    expect(result.counts.mlaRequestsOverdue).toBeGreaterThan(10);
  });

  it("resolves each obligation through the agreements subgraph: the CIS report with its title and due date", async () => {
    const result = await deadlines({ first: 100, kinds: ["REPORTING_DUTY"] });
    const report = result.items.edges.map((e) => e.node).find((i) => i.id === "REPORTING_DUTY:cis-programme-report-to-executive-committee")!;
    expect(report).toMatchObject({ kind: "REPORTING_DUTY", dueOn: "2010-02-28", overdue: false, daysLeft: 18, priority: null, mlaRequest: null });
    expect(report.obligation).toMatchObject({ id: report.id, kind: "REPORTING_DUTY", dueOn: "2010-02-28" });
    expect(report.obligation!.title).toMatch(/MDB-nin İcraiyyə Komitəsinə/);
  });

  it("puts urgent requests first among those due the same day", async () => {
    const items = (await deadlines({ first: 100, kinds: ["MLA_REQUEST"] })).items.edges.map((e) => e.node);
    const rank = { URGENT: 0, HIGH: 1, NORMAL: 2, LOW: 3 } as Record<string, number>;
    for (let i = 1; i < items.length; i++) {
      if (items[i].dueOn === items[i - 1].dueOn) expect(rank[items[i].priority!]).toBeGreaterThanOrEqual(rank[items[i - 1].priority!]);
    }
  });

  it("pages through the same list, in the same order, with no item twice", async () => {
    const all = (await deadlines({ first: 100 })).items.edges.map((e) => e.node.id);
    const paged: string[] = [];
    let after: string | null = null;
    for (let guard = 0; guard < 50; guard++) {
      const page: Page["deadlines"]["items"] = (await deadlines({ first: 7, after })).items;
      expect(page.totalCount).toBe(all.length);
      paged.push(...page.edges.map((e) => e.node.id));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(paged).toEqual(all);
  });

  it("filters by kind and by overdue, and counts the filtered list", async () => {
    const overdue = (await deadlines({ first: 100, overdue: true })).items;
    expect(overdue.edges.every((e) => e.node.overdue && e.node.kind === "MLA_REQUEST")).toBe(true);
    expect(overdue.totalCount).toBe((await openRequestsDue()).filter((r) => r.due_on < AS_OF).length);
    const measures = (await deadlines({ first: 100, kinds: ["MEASURE", "REPORTING_DUTY"] })).items;
    expect(measures.edges.every((e) => e.node.kind !== "MLA_REQUEST")).toBe(true);
  });

  it("leaves generated demo requests out unless asked", async () => {
    const reference = (await openRequestsDue())[0].reference;
    await hub.pool.query(`UPDATE mla.mla_request SET synthetic = true WHERE reference = $1`, [reference]);
    try {
      const real = await deadlines({ first: 100, kinds: ["MLA_REQUEST"] });
      expect(real.items.edges.map((e) => e.node.mlaRequest!.reference)).not.toContain(reference);
      const all = await deadlines({ first: 100, kinds: ["MLA_REQUEST"], synthetic: true });
      expect(all.items.edges.map((e) => e.node.mlaRequest!.reference)).toContain(reference);
      expect(all.items.totalCount).toBe(real.items.totalCount + 1);
    } finally {
      await hub.pool.query(`UPDATE mla.mla_request SET synthetic = false WHERE reference = $1`, [reference]);
    }
  });

  it("refuses a partner key: partners never see individual requests", async () => {
    const key = await hub.partnerKey("IOM");
    const { body } = await hub.query(DEADLINES, { asOf: AS_OF, within: WITHIN, first: 5 }, { headers: { "x-api-key": key } });
    expect(body.data?.deadlines ?? null).toBeNull();
    expect(body.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
  });

  it("answers BAD_USER_INPUT for a window beyond a year and a malformed cursor", async () => {
    const wide = await hub.query(DEADLINES, { asOf: AS_OF, within: 400 });
    expect(wide.body.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "withinDays" });
    const cursor = await hub.query(DEADLINES, { asOf: AS_OF, within: WITHIN, after: "bm90IGEgY3Vyc29y" });
    expect(cursor.body.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "after" });
  });
});
