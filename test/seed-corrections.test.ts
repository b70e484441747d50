import { applySeedCorrections, type Queryable, type SeedCorrection } from "#shared/database/seed-corrections";
import { AGREEMENTS_SEED_CORRECTIONS } from "../subgraphs/agreements/src/migrations/1764100000000-AgreementsSources.corrections";
import { removeInventedTurkeyRequest } from "../subgraphs/mla/src/migrations/1764100000002-MlaReportedCooperation";
import { RECOMMENDATIONS_SEED_CORRECTIONS } from "../subgraphs/recommendations/src/migrations/1764100000001-RecommendationsSources.corrections";
import { startTestHub, type TestHub } from "./support/test-hub";

/**
 * Issue 12 changed values the first seeds loaded. A fresh database gets them right from the corrected seed
 * files; a database seeded before gets them from the migrations' compare-and-set corrections. These tests
 * put a fresh database back to the old values and check the corrections make it equal to a fresh one,
 * while a value staff edited in between is kept.
 */
let hub: TestHub;
let db: Queryable;
beforeAll(async () => {
  hub = await startTestHub();
  db = { query: async (sql: string, parameters?: unknown[]) => (await hub.pool.query(sql, parameters)).rows };
});
afterAll(() => hub?.stop());

const ALL: readonly SeedCorrection[] = [...AGREEMENTS_SEED_CORRECTIONS, ...RECOMMENDATIONS_SEED_CORRECTIONS];

async function valueOf(correction: SeedCorrection): Promise<unknown> {
  const keys = Object.entries(correction.key);
  const rows = (await db.query(
    `SELECT ${correction.column} AS value FROM ${correction.table} WHERE ${keys.map(([column], i) => `${column} = $${i + 1}`).join(" AND ")}`,
    keys.map(([, value]) => value),
  )) as { value: unknown }[];
  expect(rows).toHaveLength(1);
  return rows[0].value;
}

async function setValue(correction: SeedCorrection, value: unknown): Promise<void> {
  const keys = Object.entries(correction.key);
  await db.query(
    `UPDATE ${correction.table} SET ${correction.column} = $1 WHERE ${keys.map(([column], i) => `${column} = $${i + 2}`).join(" AND ")}`,
    [value, ...keys.map(([, v]) => v)],
  );
}

describe("seed corrections for databases seeded before issue 12", () => {
  it("hold the values the corrected seed files load into a fresh database", async () => {
    for (const correction of ALL) expect({ correction: `${correction.table} ${JSON.stringify(correction.key)} ${correction.column}`, value: await valueOf(correction) }).toEqual({
      correction: `${correction.table} ${JSON.stringify(correction.key)} ${correction.column}`,
      value: correction.to,
    });
  });

  it("turn the old values into the new ones, and keep a value staff changed in between", async () => {
    const edited = AGREEMENTS_SEED_CORRECTIONS.find((c) => c.column === "signed_place")!;
    for (const correction of ALL) await setValue(correction, correction.from);
    await setValue(edited, "Staff wrote this");

    await applySeedCorrections(db, ALL);

    for (const correction of ALL.filter((c) => c !== edited)) expect(await valueOf(correction)).toEqual(correction.to);
    expect(await valueOf(edited)).toBe("Staff wrote this");
    await setValue(edited, edited.to);
  });

  it("remove the invented request AZE30-TR-1 where untouched, and leave one staff worked on", async () => {
    const insert = (version: number) =>
      db.query(
        `INSERT INTO mla.mla_request (reference, direction, counterpart_country_code, legal_basis_kind, status, synthetic, source, version)
         VALUES ('AZE30-TR-1', 'INCOMING', 'TR', 'NOT_STATED', 'EXECUTED', false, 'needs-assessment-response-measures.az.txt: ...', $1)`,
        [version],
      );
    const count = async () => ((await db.query(`SELECT count(*)::int AS n FROM mla.mla_request WHERE reference = 'AZE30-TR-1'`)) as { n: number }[])[0].n;
    // As in the migration: in one transaction.
    const removeInTransaction = async () => {
      const client = await hub.pool.connect();
      try {
        await client.query("BEGIN");
        await removeInventedTurkeyRequest({ query: async (sql, parameters) => (await client.query(sql, parameters)).rows });
        await client.query("COMMIT");
      } finally {
        client.release();
      }
    };
    await insert(1);
    await removeInTransaction();
    expect(await count()).toBe(0);
    await insert(2);
    await removeInTransaction();
    expect(await count()).toBe(1);
    // The history stays append-only afterwards.
    await expect(db.query(`DELETE FROM mla.mla_request_transition WHERE false`)).rejects.toThrow(/append-only/);
  });
});
