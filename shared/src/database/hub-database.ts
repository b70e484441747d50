import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { resolveSecrets } from "../auth/secrets";
import type { HubConfig } from "../config";
import type { Logger } from "../logger";
import { startEmbeddedPostgres } from "./embedded-postgres";

/**
 * The hub's database for a command-line tool: DATABASE_URL when set; otherwise the embedded server of
 * `npm start` if it is running, or started just for this command (and stopped after it).
 */
export async function openHubDatabase(config: HubConfig, log: Logger): Promise<{ url: string; close: () => Promise<void> }> {
  if (config.databaseUrl) return { url: config.databaseUrl, close: async () => undefined };
  const secrets = resolveSecrets(config);
  const url = `postgres://postgres:${encodeURIComponent(secrets.embeddedPgPassword)}@127.0.0.1:${config.embeddedPgPort}/hub`;
  const pidFile = path.join(config.dataDir, "pg", "postmaster.pid");
  if (existsSync(pidFile)) {
    const pid = Number(readFileSync(pidFile, "utf8").split("\n")[0]);
    try {
      process.kill(pid, 0);
      return { url, close: async () => undefined };
    } catch {
      // stale pid file: the server is not running
    }
  }
  if (!existsSync(path.join(config.dataDir, "pg", "PG_VERSION"))) {
    throw new Error(`no hub database in ${config.dataDir}: run npm start once first (or set DATABASE_URL)`);
  }
  const server = await startEmbeddedPostgres({ dataDir: config.dataDir, port: config.embeddedPgPort, password: secrets.embeddedPgPassword, database: "hub", log });
  return { url: server.url, close: () => server.stop() };
}
