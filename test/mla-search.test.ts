import { requestConditions } from "../subgraphs/mla/src/mla-request/mla-request.service";
import { startTestHub, type TestHub } from "./support/test-hub";

// Staff find a request by what they know of it: part of its reference, its case's reference or the foreign
// authority's name, typed in any case and without Azerbaijani letters; never by confidential words.
let hub: TestHub;
const officer = { role: "officer" as const };

async function newCase(reference: string, summary?: string): Promise<string> {
  const { body } = await hub.query<{ createCase: { id: string } }>(
    `mutation C($input: CreateCaseInput!) { createCase(input: $input) { id } }`,
    { input: { reference, articles: ["144-1"], summary, victimDetails: "Xəyalə Quliyeva, 1999", internalNotes: "şahid Rüstəmov" } },
    officer,
  );
  expect(body.errors).toBeUndefined();
  return body.data!.createCase.id;
}

async function newRequest(reference: string, extra: Record<string, unknown> = {}): Promise<string> {
  const { body } = await hub.query<{ createMlaRequest: { id: string } }>(
    `mutation C($input: CreateMlaRequestInput!) { createMlaRequest(input: $input) { id } }`,
    { input: { idempotencyKey: reference, reference, direction: "INCOMING", counterpartCountry: "TR", legalBasisKind: "NOT_STATED", openedOn: "2025-02-01", ...extra } },
    officer,
  );
  expect(body.errors).toBeUndefined();
  return body.data!.createMlaRequest.id;
}

type Found = { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null }; edges: { node: { id: string; reference: string } }[] };
const SEARCH = `query S($filter: MlaRequestFilter, $first: Int, $after: String, $orderBy: MlaRequestOrder) {
  mlaRequests(filter: $filter, first: $first, after: $after, orderBy: $orderBy) { totalCount pageInfo { hasNextPage endCursor } edges { node { id reference } } } }`;

async function search(text: string, more: Record<string, unknown> = {}, filter: Record<string, unknown> = {}) {
  return hub.query<{ mlaRequests: Found }>(SEARCH, { filter: { text, ...filter }, first: 50, ...more }, officer);
}

async function references(text: string): Promise<string[]> {
  const { body } = await search(text);
  expect(body.errors).toBeUndefined();
  return body.data!.mlaRequests.edges.map((edge) => edge.node.reference).sort();
}

const ids: Record<string, string> = {};
beforeAll(async () => {
  hub = await startTestHub();
  const caseId = await newCase("CASE-QS-88/2025", "Qurban Xəyalə Bakıda saxlanılıb");
  ids.istanbul = await newRequest("QS-TR/2025/0417", { counterpartAuthority: "İstanbul Cumhuriyet Başsavcılığı", internalNote: "Zərərçəkmiş Məmmədova sığınacaqdadır" });
  ids.ministry = await newRequest("QS-TR/2025/0533", { counterpartAuthority: "Türkiyə Ədliyyə Nazirliyi" });
  ids.served = await newRequest("QS-GE-12", { counterpartCountry: "GE", caseId });
  for (let n = 1; n <= 7; n++) await newRequest(`QSPAGE-${n}`, { openedOn: `2025-03-0${n}` });
});
afterAll(() => hub?.stop());

describe("finding MLA requests by text", () => {
  it("finds a request by part of its reference, in any case", async () => {
    expect(await references("2025/04")).toEqual(["QS-TR/2025/0417"]);
    expect(await references("qs-tr")).toEqual(["QS-TR/2025/0417", "QS-TR/2025/0533"]);
  });

  it("finds the requests serving a case by part of the case's reference", async () => {
    expect(await references("case-qs-88")).toEqual(["QS-GE-12"]);
  });

  it("finds a request by the foreign authority's name typed without Azerbaijani letters, every word counting", async () => {
    expect(await references("istanbul bassavciligi")).toEqual(["QS-TR/2025/0417"]);
    expect(await references("EDLIYYE")).toEqual(["QS-TR/2025/0533"]);
    expect(await references("Ədliyyə")).toEqual(["QS-TR/2025/0533"]);
    // Words may come from different fields: the reference and the authority.
    expect(await references("0533 nazirliyi")).toEqual(["QS-TR/2025/0533"]);
    expect(await references("0417 nazirliyi")).toEqual([]);
  });

  it("never matches confidential words: the internal note, the case's summary, victims, notes", async () => {
    for (const text of ["məmmədova", "sigınacaq", "Xəyalə", "quliyeva", "rustemov", "saxlanılıb"]) expect({ text, found: await references(text) }).toEqual({ text, found: [] });
  });

  it("takes % and _ literally", async () => {
    expect(await references("QS%0417")).toEqual([]);
    expect(await references("QS_TR")).toEqual([]);
  });

  it("refuses a text over 200 characters or with a NUL, naming the field, and an empty one", async () => {
    for (const text of ["x".repeat(201), "QS\u0000", "   "]) {
      const { body } = await search(text);
      expect(body.data?.mlaRequests ?? null).toBeNull();
      expect(body.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "filter.text" });
    }
    expect((await search("x".repeat(200))).body).toEqual({ data: { mlaRequests: { totalCount: 0, pageInfo: { hasNextPage: false, endCursor: null }, edges: [] } } });
  });

  it("pages the matches, in any order, each once, with the filtered count", async () => {
    for (const orderBy of [undefined, { field: "REFERENCE", direction: "DESC" }, { field: "OPENED_ON", direction: "ASC" }]) {
      const seen: string[] = [];
      let after: string | null = null;
      for (let guard = 0; guard < 5; guard++) {
        const answer: { body: { data?: { mlaRequests: Found } } } = await search("qspage", { first: 3, after, orderBy });
        const page: Found = answer.body.data!.mlaRequests;
        expect(page.totalCount).toBe(7);
        seen.push(...page.edges.map((edge) => edge.node.reference));
        if (!page.pageInfo.hasNextPage) break;
        after = page.pageInfo.endCursor;
      }
      const all = Array.from({ length: 7 }, (_, i) => `QSPAGE-${i + 1}`);
      expect(seen).toEqual(orderBy?.field === "REFERENCE" ? [...all].reverse() : orderBy ? all : [...all].reverse());
    }
  });

  it("counts as a plain SELECT does, alone, with other filters and per country", async () => {
    const plain = async (where: string) =>
      Number(
        (
          await hub.pool.query(
            `SELECT count(*) FROM mla.mla_request r LEFT JOIN mla.criminal_case c ON c.id = r.case_id
              WHERE (lower(r.reference) LIKE '%qs%' OR lower(c.reference) LIKE '%qs%') ${where}`,
          )
        ).rows[0].count,
      );
    const count = async (filter: Record<string, unknown>) => (await search("QS", { first: 1 }, filter)).body.data!.mlaRequests.totalCount;
    expect(await count({})).toBe(await plain(""));
    expect(await count({})).toBe(10);
    expect(await count({ counterpartCountry: "GE" })).toBe(await plain("AND r.counterpart_country_code = 'GE'"));
    expect(await count({ direction: "INCOMING", status: ["RECEIVED"] })).toBe(await plain("AND r.direction = 'INCOMING' AND r.status = 'RECEIVED'"));
    const country = await hub.query<{ country: { mlaRequests: { totalCount: number } } }>(
      `{ country(code: "TR") { mlaRequests(filter: { text: "qspage" }) { totalCount } } }`,
      undefined,
      officer,
    );
    expect(country.body.data!.country.mlaRequests.totalCount).toBe(7);
  });

  it("reads the trigram indexes, not every request or case", async () => {
    const params: unknown[] = [];
    const where = requestConditions({ text: "bassavciligi" }, params);
    const client = await hub.pool.connect();
    try {
      // A register's worth of cases (rolled back), so reading them all would cost what it costs in use;
      // sequential scans off stand in for as many requests.
      await client.query("BEGIN");
      await client.query(`INSERT INTO mla.criminal_case (reference) SELECT 'PLAN-' || n FROM generate_series(1, 5000) AS n`);
      await client.query("ANALYZE mla.criminal_case");
      // As autovacuum would: the new rows move from the GIN index's pending list into the index proper.
      await client.query("SELECT gin_clean_pending_list('mla.criminal_case_search_idx')");
      await client.query("SET LOCAL enable_seqscan = off");
      const plan = (await client.query(`EXPLAIN SELECT s.id FROM mla.mla_request_state s WHERE ${where}`, params)).rows.map((row) => row["QUERY PLAN"]).join("\n");
      expect(plan).toContain("mla_request_search_idx");
      expect(plan).toContain("criminal_case_search_idx");
    } finally {
      await client.query("ROLLBACK");
      client.release();
    }
  });
});
