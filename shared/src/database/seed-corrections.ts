/** Something a query can run on: a TypeORM QueryRunner, EntityManager or DataSource, or a pg client. */
export interface Queryable {
  query(sql: string, parameters?: unknown[]): Promise<unknown>;
}

/**
 * One value of a seeded row that an earlier seed file got wrong (or left empty), and what it should be.
 * `key` names the row by its natural key (`{ id: "BSEC" }`).
 */
export interface SeedCorrection {
  table: string;
  key: Record<string, string>;
  column: string;
  from: unknown;
  to: unknown;
}

const IDENTIFIER = /^[a-z_][a-z0-9_.]*$/;

/**
 * Seeds are applied with ON CONFLICT DO NOTHING, so a corrected seed file cannot change rows it loaded
 * before: a migration carries the correction. Each value changes only while it still holds what the old
 * seed put there (compare and set), so a value staff edited since is left as they wrote it. On a fresh
 * database the rows do not exist yet when migrations run, and the corrected seed files load them right.
 */
export async function applySeedCorrections(db: Queryable, corrections: readonly SeedCorrection[]): Promise<void> {
  for (const correction of corrections) {
    const names = [correction.table, correction.column, ...Object.keys(correction.key)];
    if (!names.every((name) => IDENTIFIER.test(name))) throw new Error(`bad identifier in seed correction of ${correction.table}`);
    const keys = Object.entries(correction.key);
    const where = keys.map(([column], i) => `${column} = $${i + 3}`).join(" AND ");
    await db.query(
      `UPDATE ${correction.table} SET ${correction.column} = $1 WHERE ${where} AND ${correction.column} IS NOT DISTINCT FROM $2`,
      [correction.to, correction.from, ...keys.map(([, value]) => value)],
    );
  }
}
