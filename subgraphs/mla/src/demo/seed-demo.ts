import "reflect-metadata";
import { loadConfig } from "#shared/config";
import { createSubgraphDataSource } from "#shared/database/data-source";
import { openHubDatabase } from "#shared/database/hub-database";
import { prepareDatabase } from "#shared/database/prepare";
import { createLogger } from "#shared/logger";
import { mlaSubgraph } from "../subgraph";
import { loadSyntheticCooperation } from "./synthetic-cooperation";

/** `npm run seed:demo -- --requests N`: replaces the SYNTHETIC demo set with exactly N generated requests. */
async function main(args: string[]): Promise<number> {
  const index = args.indexOf("--requests");
  const count = index >= 0 ? Number(args[index + 1]) : NaN;
  if (!Number.isInteger(count) || count < 0 || count > 1_000_000) {
    console.error("usage: npm run seed:demo -- --requests <0-1000000>");
    return 2;
  }
  const config = loadConfig();
  const log = createLogger("seed-demo", config.logLevel);
  const database = await openHubDatabase(config, log);
  const dataSource = createSubgraphDataSource({
    url: database.url, schema: "mla", entities: mlaSubgraph.entities, migrations: mlaSubgraph.migrations, poolSize: 2, log,
  });
  try {
    await dataSource.initialize();
    await prepareDatabase(database.url, dataSource, "mla", async () => []);
    const loaded = await loadSyntheticCooperation(dataSource, count);
    console.log(`SYNTHETIC demo data: ${loaded.requests} requests, ${loaded.cases} cases, ${loaded.outcomes} outcomes (all marked synthetic)`);
    return 0;
  } finally {
    if (dataSource.isInitialized) await dataSource.destroy();
    await database.close();
  }
}

void main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error((error as Error).message);
    process.exit(1);
  },
);
