import "reflect-metadata";
import { randomBytes } from "node:crypto";
import { chmodSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { Client, Pool } from "pg";
import { startGateway } from "../../gateway/src/gateway";
import { migrateGatewaySchema } from "../../gateway/src/gateway-database";
import { IDENTITY_HEADER, signIdentity } from "#shared/auth/gateway-signature";
import { createStaffTokenVerifier, issueStaffToken } from "#shared/auth/staff-token";
import type { SubgraphName } from "#shared/config";
import { StatementCounter } from "#shared/database/data-source";
import { ensureDatabase, startEmbeddedPostgres, type EmbeddedDatabase } from "#shared/database/embedded-postgres";
import { createLogger } from "#shared/logger";
import { partnerOperationsDir, supergraphPath } from "#shared/paths";
import { runSubgraph, type RunningSubgraph } from "#shared/subgraph/subgraph";
import { agreementsSubgraph } from "../../subgraphs/agreements/src/subgraph";
import { mlaSubgraph } from "../../subgraphs/mla/src/subgraph";
import { recommendationsSubgraph } from "../../subgraphs/recommendations/src/subgraph";
import { CooperationService } from "../../subgraphs/mla/src/cooperation/cooperation.service";
import { loadSyntheticCooperation } from "../../subgraphs/mla/src/demo/synthetic-cooperation";
import { benchImport } from "./import-bench";
import { benchLegalBasis, LEGAL_BASIS_HEADER, LEGAL_BASIS_QUERY } from "./legal-basis-bench";

/**
 * `npm run bench`: medians and ratios, never a verdict. Runs the hub in this process on its own
 * database (embedded unless DATABASE_URL is set) and compares the same agreements page sent through
 * the gateway and directly to the agreements subgraph.
 */
const ITERATIONS = Number(process.env.BENCH_ITERATIONS ?? 200);
const SIZES = (process.env.BENCH_SIZES ?? "1000,10000,100000").split(",").map(Number);
const RANKING = `{ cooperationRanking(first: 100, includeSynthetic: true) { rank agreement { id title } cooperation { requestsIn requestsOut executed refused pending overdue medianDaysToExecute outcomes { suspectsArrested victimsIdentified convictions } level } } }`;
const QUERY = `{ agreements(first: 50) { totalCount edges { node { id title signedOn parties { status country { code nameAz } } } } } }`;
const FEDERATED = `{ agreements(first: 50) { edges { node { id title parties { status country { code } } mlaRequests(first: 5) { totalCount edges { node { reference } } } cooperation { level } recommendations { code } } } } }`;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

async function timeCall(iterations: number, call: () => Promise<unknown>): Promise<number> {
  const samples: number[] = [];
  for (let i = 0; i < iterations; i++) {
    const started = process.hrtime.bigint();
    await call();
    samples.push(Number(process.hrtime.bigint() - started) / 1e6);
  }
  return median(samples);
}

async function time(iterations: number, send: () => Promise<Response>): Promise<number> {
  const samples: number[] = [];
  for (let i = 0; i < iterations; i++) {
    const started = process.hrtime.bigint();
    const response = await send();
    await response.text();
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    samples.push(Number(process.hrtime.bigint() - started) / 1e6);
  }
  return median(samples);
}

async function main(): Promise<void> {
  const log = createLogger("bench", "warn");
  let embedded: EmbeddedDatabase | undefined;
  let dataDir: string | undefined;
  let admin = process.env.DATABASE_URL;
  if (!admin) {
    dataDir = mkdtempSync(path.join(tmpdir(), "hub-bench-"));
    chmodSync(dataDir, 0o755);
    embedded = await startEmbeddedPostgres({ dataDir, port: Number(process.env.BENCH_PG_PORT ?? 54361), password: "bench", database: "postgres", log });
    admin = embedded.url;
  }
  const database = `hub_bench_${randomBytes(4).toString("hex")}`;
  await ensureDatabase(admin, database);
  const url = new URL(admin);
  url.pathname = `/${database}`;
  // The gateway's own tables: rate limits are counted there.
  await migrateGatewaySchema(url.toString(), log);
  const internalSecret = randomBytes(32).toString("base64url");
  const staffSecret = randomBytes(32).toString("base64url");
  const counters: Record<SubgraphName, StatementCounter> = { agreements: new StatementCounter(), mla: new StatementCounter(), recommendations: new StatementCounter() };
  const subgraphs: RunningSubgraph[] = [];
  const subgraphUrls: Partial<Record<SubgraphName, string>> = {};
  for (const module of [agreementsSubgraph, mlaSubgraph, recommendationsSubgraph]) {
    subgraphs.push(
      await runSubgraph(module as never, {
        databaseUrl: url.toString(), poolSize: 5, host: "127.0.0.1", port: 0, maxBodyBytes: 102400,
        internalSecret, subgraphUrls, seedDemo: false, log, counter: counters[module.name],
      }),
    );
    subgraphUrls[module.name] = subgraphs.at(-1)!.url;
  }
  // The gateway's own schema (audit log): imports and mutations are audited.
  await migrateGatewaySchema(url.toString(), log);
  const pool = new Pool({ connectionString: url.toString(), max: 2 });
  const gateway = await startGateway({
    supergraphPath: supergraphPath(),
    partnerOperationsDir: partnerOperationsDir(),
    subgraphUrls: { agreements: subgraphs[0].url, mla: subgraphs[1].url, recommendations: subgraphs[2].url },
    internalSecret, verifyStaffToken: createStaffTokenVerifier({ secret: staffSecret }), pool,
    host: "127.0.0.1", port: 0, maxBodyBytes: 102400, rateLimits: { staff: 1_000_000, partner: 1_000_000 },
    authFailuresPerMinute: 1_000_000, subgraphTimeoutMs: 60_000, log,
  });
  try {
    const token = await issueStaffToken(staffSecret, { name: "Bench", role: "viewer" });
    const signed = await signIdentity(internalSecret, { kind: "staff", subject: "bench", name: "Bench", roles: ["viewer"] });
    const post = (target: string, headers: Record<string, string>, query: string) => () =>
      fetch(target, { method: "POST", headers: { "content-type": "application/json", ...headers }, body: JSON.stringify({ query }) });
    const viaGateway = post(gateway.url, { authorization: `Bearer ${token}` }, QUERY);
    const direct = post(subgraphs[0].url, { [IDENTITY_HEADER]: signed }, QUERY);
    await time(20, viaGateway); // warm-up: query plans, JIT, pools
    await time(20, direct);
    const gatewayMs = await time(ITERATIONS, viaGateway);
    const directMs = await time(ITERATIONS, direct);

    for (const counter of Object.values(counters)) counter.reset();
    await time(1, post(gateway.url, { authorization: `Bearer ${token}` }, FEDERATED));
    const perSubgraph = Object.fromEntries(Object.entries(counters).map(([name, counter]) => [name, counter.reset()]));
    const statements = Object.values(perSubgraph).reduce((a, b) => a + b, 0);

    console.log(`agreements page (50 agreements with parties), ${ITERATIONS} requests each`);
    console.log(`  through gateway   median ${gatewayMs.toFixed(2)} ms`);
    console.log(`  direct subgraph   median ${directMs.toFixed(2)} ms`);
    console.log(`  ratio gateway/direct      ${(gatewayMs / directMs).toFixed(2)}`);
    console.log(`federated page (agreements + parties + mlaRequests + recommendations)`);
    console.log(`  SQL statements per GraphQL operation: ${statements} ${JSON.stringify(perSubgraph)}`);

    // cooperationRanking through the gateway vs the one SQL statement behind it, at growing sizes.
    const ranking = post(gateway.url, { authorization: `Bearer ${token}` }, RANKING);
    const service = new CooperationService(subgraphs[1].dataSource);
    console.log(`\ncooperationRanking(first: 100), ${ITERATIONS} requests each; synthetic MLA requests:`);
    console.log(`  ${"requests".padStart(8)} ${"gateway ms".padStart(11)} ${"direct SQL ms".padStart(14)} ${"ratio".padStart(6)} ${"SQL/op".padStart(7)}`);
    const legalBasis: string[] = [];
    for (const size of SIZES) {
      await loadSyntheticCooperation(subgraphs[1].dataSource, size);
      await subgraphs[1].dataSource.query("ANALYZE");
      await time(10, ranking);
      const rankingMs = await time(ITERATIONS, ranking);
      const sqlMs = await timeCall(ITERATIONS, () => service.rank({ includeSynthetic: true }, 100));
      for (const counter of Object.values(counters)) counter.reset();
      await time(1, ranking);
      const perOperation = Object.values(counters).reduce((a, counter) => a + counter.reset(), 0);
      console.log(`  ${String(size).padStart(8)} ${rankingMs.toFixed(2).padStart(11)} ${sqlMs.toFixed(2).padStart(14)} ${(rankingMs / sqlMs).toFixed(2).padStart(6)} ${String(perOperation).padStart(7)}`);
      legalBasis.push(await benchLegalBasis(size, post(gateway.url, { authorization: `Bearer ${token}` }, LEGAL_BASIS_QUERY), counters, time, ITERATIONS));
    }
    console.log(`\nlegalBasisOptions(counterpartCountry: "TR") with track records, ${ITERATIONS} requests each; synthetic MLA requests:`);
    console.log(LEGAL_BASIS_HEADER);
    for (const line of legalBasis) console.log(line);
    // Last: the imported requests are real rows, which would change the ranking's figures above.
    await benchImport(gateway.url.replace(/\/graphql$/, ""), await issueStaffToken(staffSecret, { name: "Bench", role: "officer" }));
  } finally {
    await gateway.stop();
    for (const subgraph of subgraphs) await subgraph.stop();
    await pool.end();
    const client = new Client({ connectionString: admin });
    await client.connect();
    await client.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
    await client.end();
    await embedded?.stop();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  }
}

void main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
