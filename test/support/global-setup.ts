import "reflect-metadata";
import { chmodSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { Client } from "pg";
import { agreementsSubgraph } from "../../subgraphs/agreements/src/subgraph";
import { mlaSubgraph } from "../../subgraphs/mla/src/subgraph";
import { recommendationsSubgraph } from "../../subgraphs/recommendations/src/subgraph";
import { createSubgraphDataSource } from "#shared/database/data-source";
import { ensureDatabase, startEmbeddedPostgres } from "#shared/database/embedded-postgres";
import { prepareDatabase } from "#shared/database/prepare";
import { createLogger } from "#shared/logger";
import { migrateGatewaySchema } from "../../gateway/src/gateway-database";
import { databaseUrl, TEMPLATE_DATABASE } from "./test-database";

declare global {
  var __HUB_TEST_DATABASE__: { stop(): Promise<void> } | undefined;
}

/**
 * Starts one real PostgreSQL for the whole run (embedded, in a temporary directory, unless DATABASE_URL
 * names a server we may create databases on), then migrates and seeds a template database that each test
 * file clones.
 */
export default async function globalSetup(): Promise<void> {
  const log = createLogger("test", process.env.LOG_LEVEL ?? "warn");
  let admin = process.env.DATABASE_URL;
  if (!admin) {
    const dataDir = mkdtempSync(path.join(tmpdir(), "hub-test-"));
    chmodSync(dataDir, 0o755); // the postgres system user must reach its data directory inside
    const port = Number(process.env.TEST_PG_PORT ?? 54331);
    const server = await startEmbeddedPostgres({ dataDir, port, password: "test", database: "postgres", log });
    globalThis.__HUB_TEST_DATABASE__ = server;
    admin = server.url;
  }
  process.env.HUB_TEST_ADMIN_URL = admin;

  const client = new Client({ connectionString: admin });
  await client.connect();
  await client.query(`DROP DATABASE IF EXISTS ${TEMPLATE_DATABASE} WITH (FORCE)`);
  await client.end();
  await ensureDatabase(admin, TEMPLATE_DATABASE);
  const url = databaseUrl(admin, TEMPLATE_DATABASE);
  await migrateGatewaySchema(url, log);
  for (const subgraph of [agreementsSubgraph, mlaSubgraph, recommendationsSubgraph]) {
    const dataSource = createSubgraphDataSource({
      url,
      schema: subgraph.name,
      entities: subgraph.entities,
      migrations: subgraph.migrations,
      poolSize: 2,
      log,
    });
    await dataSource.initialize();
    try {
      await prepareDatabase(url, dataSource, subgraph.name, (ds) => subgraph.seed(ds, { demo: false, log }));
    } finally {
      await dataSource.destroy();
    }
  }
}
