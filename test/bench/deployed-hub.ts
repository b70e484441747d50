import { fork, spawn, type ChildProcess } from "node:child_process";
import { chmodSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { Client } from "pg";
import type { StaffRole } from "#shared/auth/identity";
import { resolveSecrets, type HubSecrets } from "#shared/auth/secrets";
import { issueStaffToken } from "#shared/auth/staff-token";
import { loadConfig } from "#shared/config";
import { repoRoot } from "#shared/paths";
import { drain } from "./drain";
import type { BenchSettings } from "./settings";

/**
 * The deployed layout, as `npm start` runs it: the compiled supervisor with its embedded PostgreSQL, three
 * subgraph processes and the gateway process, on the bench's own ports and in a fresh data directory.
 * Nothing of the user's environment that would change what runs reaches it (DATABASE_URL, tracing).
 */
export interface DeployedHub {
  env: NodeJS.ProcessEnv;
  gatewayUrl: string;
  subgraphUrls: Record<"agreements" | "mla" | "recommendations", string>;
  secrets: HubSecrets;
  databaseUrl: string;
  /** Replaces the synthetic MLA set with `count` requests (`npm run seed:demo -- --requests N`), then ANALYZE; returns seconds. */
  seed(count: number): Promise<number>;
  /** A staff token of `role` (one per role, valid for the whole bench). */
  token(role: StaffRole): Promise<string>;
  /** Waits until every service has answered what a load run left in flight (drain.ts); returns seconds. */
  settle(): Promise<number>;
  stop(): Promise<void>;
}

function exitOf(child: ChildProcess): Promise<number | null> {
  return new Promise((resolve) => child.once("exit", (code) => resolve(code)));
}

async function waitForHealth(url: string, exited: Promise<unknown>): Promise<void> {
  let done = false;
  void exited.then(() => (done = true));
  const deadline = Date.now() + 180_000;
  while (Date.now() < deadline && !done) {
    try {
      if ((await fetch(url, { signal: AbortSignal.timeout(2000) })).status === 200) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`the hub did not become healthy at ${url}`);
}

export async function startDeployedHub(settings: BenchSettings): Promise<DeployedHub> {
  const dataDir = mkdtempSync(path.join(tmpdir(), "hub-bench-"));
  chmodSync(dataDir, 0o755);
  const base = settings.portBase;
  const env: NodeJS.ProcessEnv = {
    ...Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith("OTEL_"))),
    DATABASE_URL: "",
    HUB_DATA_DIR: dataDir,
    EMBEDDED_PG_PORT: String(settings.pgPort),
    PORT: String(base),
    AGREEMENTS_PORT: String(base + 1),
    MLA_PORT: String(base + 2),
    RECOMMENDATIONS_PORT: String(base + 3),
    AGREEMENTS_URL: "",
    MLA_URL: "",
    RECOMMENDATIONS_URL: "",
    HUB_SEED_DEMO: "false",
    LOG_LEVEL: "warn",
    // The bench is one staff member sending thousands of requests a second.
    RATE_LIMIT_STAFF_PER_MINUTE: "1000000000",
  };
  let hub: ChildProcess | undefined;
  let exited: Promise<number | null> = Promise.resolve(null);
  const stop = async () => {
    if (hub && hub.exitCode === null && hub.signalCode === null) {
      hub.kill("SIGTERM");
      await exited;
    }
    rmSync(dataDir, { recursive: true, force: true });
  };
  // The bench's ports may sit in Linux's range for outgoing connections (32768-60999), where a client
  // socket elsewhere on the machine can hold one for a moment: a start that fails on that is retried.
  for (let attempt = 1; ; attempt++) {
    hub = spawn(process.execPath, [path.join(repoRoot(), "dist/hub/src/start.js")], { env, stdio: ["ignore", "pipe", "inherit", "ipc"] });
    // The hub logs JSON lines on stdout (warn and above here): kept, and shown only if it fails to start.
    const log: string[] = [];
    hub.stdout?.on("data", (chunk: Buffer) => log.push(chunk.toString("utf8")));
    exited = exitOf(hub);
    try {
      await waitForHealth(`http://127.0.0.1:${base}/health`, exited);
      break;
    } catch (error) {
      if (hub.exitCode === null && hub.signalCode === null) hub.kill("SIGTERM");
      await exited;
      if (attempt < 3 && log.join("").includes("EADDRINUSE")) continue;
      console.error(log.join("").slice(-4000));
      await stop();
      throw error;
    }
  }
  const config = loadConfig(env);
  const secrets = resolveSecrets(config);
  const tokens = new Map<StaffRole, Promise<string>>();
  const token = (role: StaffRole) => {
    if (!tokens.has(role)) tokens.set(role, issueStaffToken(secrets.staffTokenSecret, { name: `Bench ${role}`, role, expiresIn: "24h" }));
    return tokens.get(role)!;
  };
  const databaseUrl = `postgres://postgres:${encodeURIComponent(secrets.embeddedPgPassword)}@127.0.0.1:${settings.pgPort}/hub`;
  return {
    env,
    gatewayUrl: `http://127.0.0.1:${base}/graphql`,
    subgraphUrls: { agreements: config.subgraphs.agreements.url, mla: config.subgraphs.mla.url, recommendations: config.subgraphs.recommendations.url },
    secrets,
    databaseUrl,
    token,
    async settle() {
      return drain(`http://127.0.0.1:${base}/graphql`, Object.values(config.subgraphs).map((subgraph) => subgraph.url), await token("admin"));
    },
    async seed(count) {
      const started = process.hrtime.bigint();
      // What `npm run seed:demo -- --requests N` runs (its build step aside); a million requests need a larger heap.
      const seeder = fork(path.join(repoRoot(), "dist/subgraphs/mla/src/demo/seed-demo.js"), ["--requests", String(count)], {
        env, execArgv: ["--max-old-space-size=8192"], stdio: ["ignore", "ignore", "inherit", "ipc"],
      });
      const code = await exitOf(seeder);
      if (code !== 0) throw new Error(`seed:demo --requests ${count} exited with ${code}`);
      const client = new Client({ connectionString: databaseUrl });
      await client.connect();
      try {
        await client.query("VACUUM ANALYZE");
      } finally {
        await client.end();
      }
      return Number(process.hrtime.bigint() - started) / 1e9;
    },
    stop,
  };
}
