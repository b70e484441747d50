import "reflect-metadata";
import { loadConfig } from "#shared/config";
import { createSubgraphDataSource } from "#shared/database/data-source";
import { openHubDatabase } from "#shared/database/hub-database";
import { prepareDatabase } from "#shared/database/prepare";
import { createLogger } from "#shared/logger";
import { mlaSubgraph, recomputeCooperationFigures } from "../cooperation-figures";

/**
 * `npm run --silent hub -- recompute`: rebuilds the cooperation figures from the MLA tables (the hub's
 * database: embedded, running or not, or DATABASE_URL) and prints a JSON summary on stdout.
 */
export async function recompute(): Promise<number> {
  const config = loadConfig();
  // A rebuild is slow by nature: no slow-query warnings among the summary on stdout.
  const log = createLogger("hub-cli", "error");
  const database = await openHubDatabase(config, log);
  const dataSource = createSubgraphDataSource({
    url: database.url, schema: "mla", entities: mlaSubgraph.entities, migrations: mlaSubgraph.migrations, poolSize: 1, log,
  });
  try {
    await dataSource.initialize();
    // Migrates first (no seed), so a database from before the figures existed gets them.
    await prepareDatabase(database.url, dataSource, "mla", async () => []);
    process.stdout.write(`${JSON.stringify(await recomputeCooperationFigures(dataSource))}\n`);
    return 0;
  } finally {
    if (dataSource.isInitialized) await dataSource.destroy();
    await database.close();
  }
}
