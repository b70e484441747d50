import { existsSync } from "node:fs";
import path from "node:path";
import { resolveSecrets } from "../auth/secrets";
import type { HubConfig } from "../config";
import type { Logger } from "../logger";
import { runningPostmasterPid, startEmbeddedPostgres } from "./embedded-postgres";

/**
 * The hub's database for a command-line tool: DATABASE_URL when set; otherwise the embedded server of
 * `npm start` if it is running, or started just for this command (and stopped after it).
 */
export async function openHubDatabase(config: HubConfig, log: Logger): Promise<{ url: string; close: () => Promise<void> }> {
  if (config.databaseUrl) return { url: config.databaseUrl, close: async () => undefined };
  const secrets = resolveSecrets(config);
  const url = `postgres://postgres:${encodeURIComponent(secrets.embeddedPgPassword)}@127.0.0.1:${config.embeddedPgPort}/hub`;
  if (runningPostmasterPid(path.join(config.dataDir, "pg")) !== null) return { url, close: async () => undefined };
  if (!existsSync(path.join(config.dataDir, "pg", "PG_VERSION"))) {
    throw new Error(`no hub database in ${config.dataDir}: run npm start once first (or set DATABASE_URL)`);
  }
  const server = await startEmbeddedPostgres({ dataDir: config.dataDir, port: config.embeddedPgPort, password: secrets.embeddedPgPassword, database: "hub", log });
  return { url: server.url, close: () => server.stop() };
}
