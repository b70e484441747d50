import { Client } from "pg";
import type { DataSource } from "typeorm";
import { migrate } from "./data-source";

// One lock for every subgraph: migrations and seeds of replicas (or of tests) never run at once, and the
// shared `CREATE EXTENSION` statements never race.
const MIGRATION_LOCK = 7_263_001;

export interface PreparedDatabase {
  migrations: string[];
  seeds: { file: string; loaded: boolean }[];
}

export async function prepareDatabase(
  url: string,
  dataSource: DataSource,
  schema: string,
  seed: (dataSource: DataSource) => Promise<{ file: string; loaded: boolean }[]>,
): Promise<PreparedDatabase> {
  const lock = new Client({ connectionString: url });
  await lock.connect();
  try {
    await lock.query("SELECT pg_advisory_lock($1)", [MIGRATION_LOCK]);
    const migrations = await migrate(dataSource, schema);
    const seeds = await seed(dataSource);
    return { migrations, seeds };
  } finally {
    await lock.query("SELECT pg_advisory_unlock($1)", [MIGRATION_LOCK]).catch(() => undefined);
    await lock.end();
  }
}
