import { createHash, randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import { Pool } from "pg";
import type { StaffRole } from "#shared/auth/identity";
import { createStaffTokenVerifier, issueStaffToken } from "#shared/auth/staff-token";
import type { DigestConfig, SubgraphName } from "#shared/config";
import { StatementCounter } from "#shared/database/data-source";
import { createLogger } from "#shared/logger";
import { partnerOperationsDir, supergraphPath } from "#shared/paths";
import { runSubgraph, type RunningSubgraph } from "#shared/subgraph/subgraph";
import { ApiKeyService } from "../../gateway/src/api-key/api-key.service";
import { startGateway, type RunningGateway } from "../../gateway/src/gateway";
import { agreementsSubgraph } from "../../subgraphs/agreements/src/subgraph";
import { mlaSubgraph } from "../../subgraphs/mla/src/subgraph";
import { recommendationsSubgraph } from "../../subgraphs/recommendations/src/subgraph";
import { createTestDatabase } from "./test-database";

export interface TestHub {
  gatewayUrl: string;
  gatewayOrigin: string;
  databaseUrl: string;
  subgraphs: Record<SubgraphName, RunningSubgraph>;
  counters: Record<SubgraphName, StatementCounter>;
  pool: Pool;
  internalSecret: string;
  staffTokenSecret: string;
  token(role: StaffRole, name?: string): Promise<string>;
  /** A fresh read-only partner key bound to `organization`. */
  partnerKey(organization?: string): Promise<string>;
  /** POST a GraphQL operation to the gateway with a staff token of `role` (or the given headers). */
  query<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    options?: { role?: StaffRole; headers?: Record<string, string> },
  ): Promise<{ status: number; body: { data?: T; errors?: { message: string; extensions?: Record<string, unknown> }[] } }>;
  /** POST a registered operation (partner-operations/<name>.graphql) by its sha256 hash, with the given headers. */
  registered<T = Record<string, unknown>>(
    name: string,
    variables: Record<string, unknown> | undefined,
    headers: Record<string, string>,
  ): Promise<{ status: number; body: { data?: T; errors?: { message: string; extensions?: Record<string, unknown> }[] } }>;
  /** Another gateway process's worth of gateway (own pool, own memory) on the same database and subgraphs. */
  secondGateway(): Promise<RunningGateway>;
  /** Stops the gateway only (it drains requests in flight); stop() still stops the rest. */
  stopGateway(): Promise<void>;
  stop(): Promise<void>;
}

const MODULES = { agreements: agreementsSubgraph, mla: mlaSubgraph, recommendations: recommendationsSubgraph } as const;

export interface TestHubOptions {
  rateLimits?: { staff: number; partner: number };
  authFailuresPerMinute?: number;
  subgraphTimeoutMs?: number;
  partnerMinCell?: number;
  /** The daily digest (off unless given with an smtpUrl: the test SMTP sink's). */
  digest?: DigestConfig;
}

/**
 * The real hub in one process: three subgraphs and the gateway on real HTTP ports, each subgraph with
 * its own pool on this test file's own PostgreSQL database.
 */
export async function startTestHub(options: TestHubOptions = {}): Promise<TestHub> {
  const database = await createTestDatabase();
  const log = createLogger("test", process.env.LOG_LEVEL ?? "silent");
  const internalSecret = randomBytes(32).toString("base64url");
  const staffTokenSecret = randomBytes(32).toString("base64url");
  const counters = { agreements: new StatementCounter(), mla: new StatementCounter(), recommendations: new StatementCounter() };
  const subgraphs = {} as Record<SubgraphName, RunningSubgraph>;
  // Filled as each subgraph starts on its ephemeral port; subgraphs read it when a write checks a reference.
  const subgraphUrls: Partial<Record<SubgraphName, string>> = {};
  for (const [name, module] of Object.entries(MODULES) as [SubgraphName, (typeof MODULES)[SubgraphName]][]) {
    subgraphs[name] = await runSubgraph(module as never, {
      subgraphUrls,
      databaseUrl: database.url,
      poolSize: 3,
      host: "127.0.0.1",
      port: 0,
      maxBodyBytes: 102400,
      internalSecret,
      seedDemo: false,
      partnerMinCell: options.partnerMinCell ?? 5,
      log: log.child({ service: name }),
      counter: counters[name],
    });
    subgraphUrls[name] = subgraphs[name].url;
  }
  const pool = new Pool({ connectionString: database.url, max: 3 });
  // Dropping the database at the end ends idle connections: expected, not a crash.
  pool.on("error", () => undefined);
  const extraPools: Pool[] = [];
  const extraGateways: RunningGateway[] = [];
  const launchGateway = (gatewayPool: Pool) =>
    startGateway({
      supergraphPath: supergraphPath(),
      partnerOperationsDir: partnerOperationsDir(),
      partnerMinCell: options.partnerMinCell ?? 5,
      subgraphUrls: { agreements: subgraphs.agreements.url, mla: subgraphs.mla.url, recommendations: subgraphs.recommendations.url },
      internalSecret,
      verifyStaffToken: createStaffTokenVerifier({ secret: staffTokenSecret }),
      pool: gatewayPool,
      host: "127.0.0.1",
      port: 0,
      maxBodyBytes: 102400,
      rateLimits: options.rateLimits ?? { staff: 100_000, partner: 100_000 },
      authFailuresPerMinute: options.authFailuresPerMinute ?? 100_000,
      subgraphTimeoutMs: options.subgraphTimeoutMs ?? 10_000,
      ...(options.digest ? { digest: options.digest } : {}),
      log: log.child({ service: "gateway" }),
    });
  const gateway: RunningGateway = await launchGateway(pool);
  const token = (role: StaffRole, name = `Test ${role}`) => issueStaffToken(staffTokenSecret, { name, role });
  let gatewayStopped: Promise<void> | undefined;
  const stopGateway = () => (gatewayStopped ??= gateway.stop());
  return {
    gatewayUrl: gateway.url,
    gatewayOrigin: gateway.url.replace(/\/graphql$/, ""),
    databaseUrl: database.url,
    subgraphs,
    counters,
    pool,
    internalSecret,
    staffTokenSecret,
    token,
    partnerKey: async (organization = "IOM") => (await new ApiKeyService(pool).create(organization, `${organization} test`, 30, "test")).key,
    async query(query, variables, options = {}) {
      const headers: Record<string, string> = options.headers ?? { authorization: `Bearer ${await token(options.role ?? "viewer")}` };
      const response = await fetch(gateway.url, {
        method: "POST",
        headers: { "content-type": "application/json", ...headers },
        body: JSON.stringify({ query, variables }),
      });
      return { status: response.status, body: (await response.json()) as never };
    },
    async registered(name, variables, headers) {
      const document = readFileSync(path.join(partnerOperationsDir(), `${name}.graphql`), "utf8");
      const response = await fetch(gateway.url, {
        method: "POST",
        headers: { "content-type": "application/json", ...headers },
        body: JSON.stringify({ operationName: name, variables, extensions: { persistedQuery: { version: 1, sha256Hash: createHash("sha256").update(document).digest("hex") } } }),
      });
      return { status: response.status, body: (await response.json()) as never };
    },
    async secondGateway() {
      const second = new Pool({ connectionString: database.url, max: 3 });
      second.on("error", () => undefined);
      extraPools.push(second);
      const running = await launchGateway(second);
      extraGateways.push(running);
      return running;
    },
    stopGateway,
    async stop() {
      await stopGateway();
      for (const extra of extraGateways) await extra.stop();
      for (const subgraph of Object.values(subgraphs)) await subgraph.stop();
      for (const extra of extraPools) await extra.end();
      await pool.end();
      await database.drop();
    },
  };
}
