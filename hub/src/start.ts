import { fork, type ChildProcess } from "node:child_process";
import path from "node:path";
import { resolveSecrets } from "#shared/auth/secrets";
import { loadConfig, SUBGRAPH_NAMES, type HubConfig } from "#shared/config";
import { startEmbeddedPostgres, type EmbeddedDatabase } from "#shared/database/embedded-postgres";
import { createLogger, redactDatabaseUrl, type Logger } from "#shared/logger";
import { repoRoot } from "#shared/paths";
import { stopOnSignals } from "#shared/process/shutdown";
import { tracingExecArgv } from "#shared/telemetry/tracing-switch";
import { serviceEnvironment } from "./service-environment";
import { Supervisor } from "./supervisor";

const DIST = path.join(repoRoot(), "dist");
const ENTRY_POINTS: Record<string, string> = {
  agreements: path.join(DIST, "subgraphs/agreements/src/main.js"),
  mla: path.join(DIST, "subgraphs/mla/src/main.js"),
  recommendations: path.join(DIST, "subgraphs/recommendations/src/main.js"),
  gateway: path.join(DIST, "gateway/src/main.js"),
};

interface Child {
  name: string;
  process: ChildProcess;
  exited: Promise<number | null>;
  /** How it ended: its exit code or the signal that killed it. */
  ended: Promise<string>;
}

function spawnService(name: string, env: NodeJS.ProcessEnv): Child {
  // fork gives the child an IPC channel: when this process dies, the child sees 'disconnect' and exits.
  // With OTEL_EXPORTER_OTLP_ENDPOINT set, each service preloads tracing and names itself in its spans.
  const traced = { ...env, OTEL_SERVICE_NAME: `hub-${name}` };
  const child = fork(ENTRY_POINTS[name], [], { env: traced, execArgv: [...process.execArgv, ...tracingExecArgv(env)], stdio: ["ignore", "inherit", "inherit", "ipc"] });
  const ended = new Promise<string>((resolve) => child.once("exit", (code, signal) => resolve(signal ?? `code ${code}`)));
  const exited = ended.then(() => child.exitCode);
  return { name, process: child, exited, ended };
}

/** Polls a /health URL until it answers 200, or fails when the child exits first or time runs out. */
async function waitHealthy(child: Child, url: string, timeoutMs: number): Promise<void> {
  let exited = false;
  void child.exited.then(() => (exited = true));
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (exited) throw new Error(`${child.name} exited during start-up (see its log lines above)`);
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(1000) });
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`${child.name} did not become healthy at ${url} within ${timeoutMs / 1000}s`);
}

async function stopChild(child: Child, log: Logger): Promise<void> {
  if (child.process.exitCode !== null || child.process.signalCode !== null) return;
  child.process.kill("SIGTERM");
  const timedOut = await Promise.race([child.exited.then(() => false), new Promise((r) => setTimeout(() => r(true), 15_000))]);
  if (timedOut) {
    log.warn({ service: child.name }, "did not stop in 15s, killing");
    child.process.kill("SIGKILL");
    await child.exited;
  }
}

function localUrl(config: HubConfig, port: number, pathName: string): string {
  const host = config.host === "0.0.0.0" ? "127.0.0.1" : config.host;
  return `http://${host}:${port}${pathName}`;
}

async function main(): Promise<void> {
  const log = createLogger("hub");
  // The running process of each service, by name; a restart replaces it.
  const children = new Map<string, Child>();
  const supervisors: Supervisor[] = [];
  let database: EmbeddedDatabase | undefined;
  const stopAll = async () => {
    for (const supervisor of supervisors) supervisor.stop();
    // Gateway first (no new requests), then subgraphs (finish in-flight writes), then the database.
    for (const name of ["gateway", ...[...SUBGRAPH_NAMES].reverse()]) {
      const child = children.get(name);
      if (child) await stopChild(child, log);
    }
    if (database) await database.stop();
  };
  stopOnSignals(log, [stopAll]);
  try {
    const config = loadConfig();
    log.level = config.logLevel;
    const secrets = resolveSecrets(config);
    let databaseUrl = config.databaseUrl;
    if (!databaseUrl) {
      const startDatabase = async () =>
        (database = await startEmbeddedPostgres({
          dataDir: config.dataDir,
          port: config.embeddedPgPort,
          password: secrets.embeddedPgPassword,
          database: "hub",
          log,
        }));
      databaseUrl = (await startDatabase()).url;
      log.info({ database: redactDatabaseUrl(databaseUrl) }, "embedded PostgreSQL ready");
      // A PostgreSQL that dies (killed, out of memory) is started again on the same data; the services'
      // connection pools reconnect by themselves.
      const postgres = new Supervisor("postgres", async () => ({ exited: (await startDatabase()).exited.then(() => "exited") }), log);
      postgres.watch({ exited: database!.exited.then(() => "exited") });
      supervisors.push(postgres);
    } else {
      log.info({ database: redactDatabaseUrl(databaseUrl) }, "using DATABASE_URL");
    }
    const env = serviceEnvironment(process.env, { DATABASE_URL: databaseUrl, HUB_DATA_DIR: config.dataDir, HUB_SEED_DEMO: String(config.seedDemo) });
    const launch = (name: string) => {
      const child = spawnService(name, env);
      children.set(name, child);
      return child;
    };
    // All four start side by side: the subgraphs migrate and seed under one advisory lock, and the gateway
    // needs no subgraph to start (it serves the checked-in supergraph); its /health turns 200 only when the
    // database and every subgraph answer.
    const subgraphs = SUBGRAPH_NAMES.map((name) => launch(name));
    const gateway = launch("gateway");
    await Promise.all([
      ...subgraphs.map((child) => waitHealthy(child, localUrl(config, config.subgraphs[child.name as (typeof SUBGRAPH_NAMES)[number]].port, "/health"), 120_000)),
      waitHealthy(gateway, localUrl(config, config.gateway.port, "/health"), 120_000),
    ]);
    // From now on a service that exits is restarted (with backoff and a log line); the others go on
    // serving, and the gateway answers with partial data meanwhile.
    for (const child of children.values()) {
      const supervisor = new Supervisor(child.name, async () => ({ exited: launch(child.name).ended }), log);
      supervisor.watch({ exited: child.ended });
      supervisors.push(supervisor);
    }
    log.info(
      {
        gateway: localUrl(config, config.gateway.port, "/graphql"),
        health: localUrl(config, config.gateway.port, "/health"),
        subgraphs: Object.fromEntries(SUBGRAPH_NAMES.map((name) => [name, localUrl(config, config.subgraphs[name].port, "/graphql")])),
      },
      "Cooperation Hub is up. Get a staff token: npm run --silent hub -- token --role viewer --name \"Your Name\"",
    );
  } catch (error) {
    log.fatal({ err: { message: error instanceof Error ? error.message : String(error) } }, "hub failed to start");
    await stopAll().catch(() => undefined);
    process.exit(1);
  }
}

void main();
