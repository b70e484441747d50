import { readFileSync } from "node:fs";
import path from "node:path";
import Fastify from "fastify";
import { signIdentity } from "#shared/auth/gateway-signature";
import { gatewayOrLoopback, isLoopback, registerMetricsRoute } from "#shared/metrics/metrics-route";
import { createServiceMetrics, HUB_METRICS } from "#shared/metrics/service-metrics";
import { statementKind } from "#shared/metrics/sql-metrics";
import { repoRoot } from "#shared/paths";
import { parsePrometheusText, sumOf } from "./bench/prometheus-text";
import { startTestHub, type TestHub } from "./support/test-hub";

let hub: TestHub;
beforeAll(async () => {
  hub = await startTestHub();
});
afterAll(() => hub?.stop());

const PROBE = `query MetricsProbe { agreements(first: 3) { edges { node { id mlaRequests { totalCount } } } } }`;

async function gatewayMetrics(headers: Record<string, string>) {
  const response = await fetch(`${hub.gatewayOrigin}/metrics`, { headers });
  return { status: response.status, type: response.headers.get("content-type"), text: await response.text() };
}

async function scrapeGateway() {
  const { status, text } = await gatewayMetrics({ authorization: `Bearer ${await hub.token("admin")}` });
  expect(status).toBe(200);
  return parsePrometheusText(text);
}

async function scrapeSubgraph(name: keyof TestHub["subgraphs"]) {
  const response = await fetch(hub.subgraphs[name].url.replace(/graphql$/, "metrics"));
  expect(response.status).toBe(200);
  return parsePrometheusText(await response.text());
}

describe("GET /metrics on the gateway", () => {
  it("answers a Prometheus scrape with an admin token, and refuses anyone else", async () => {
    expect((await gatewayMetrics({})).status).toBe(401);
    expect((await gatewayMetrics({ authorization: "Bearer not-a-token" })).status).toBe(401);
    expect((await gatewayMetrics({ authorization: `Bearer ${await hub.token("officer")}` })).status).toBe(403);
    expect((await gatewayMetrics({ "x-api-key": await hub.partnerKey() })).status).toBe(403);
    const admin = await gatewayMetrics({ authorization: `Bearer ${await hub.token("admin")}` });
    expect(admin.status).toBe(200);
    expect(admin.type).toMatch(/^text\/plain; version=0\.0\.4/);
    // prom-client's process metrics, under the hub's prefix and labelled with the service.
    expect(sumOf(parsePrometheusText(admin.text), "hub_process_cpu_seconds_total", { service: "gateway" })).toBeGreaterThan(0);
  });

  it("counts a named operation and the fetches it made from each subgraph", async () => {
    const before = await scrapeGateway();
    const { body } = await hub.query(PROBE);
    expect(body.errors).toBeUndefined();
    const after = await scrapeGateway();
    const moved = (name: string, labels: Record<string, string>) => sumOf(after, name, labels) - sumOf(before, name, labels);
    expect(moved("hub_graphql_operation_duration_seconds_count", { operation: "MetricsProbe", outcome: "ok" })).toBe(1);
    expect(moved("hub_subgraph_fetch_duration_seconds_count", { subgraph: "agreements", outcome: "ok" })).toBe(1);
    expect(moved("hub_subgraph_fetch_duration_seconds_count", { subgraph: "mla", outcome: "ok" })).toBe(1);
    expect(sumOf(after, "hub_graphql_operation_duration_seconds_sum", { operation: "MetricsProbe" })).toBeGreaterThan(0);
    expect(sumOf(after, "hub_graphql_operations_in_flight")).toBe(0);
  });

  it("labels a query that cannot run as (invalid) with outcome error, not with a name the client chose", async () => {
    const before = await scrapeGateway();
    const { body } = await hub.query(`query Typo { agreementz { id } }`);
    expect(body.errors?.length).toBeGreaterThan(0);
    const after = await scrapeGateway();
    const labels = { operation: "(invalid)", outcome: "error" };
    expect(sumOf(after, "hub_graphql_operation_duration_seconds_count", labels) - sumOf(before, "hub_graphql_operation_duration_seconds_count", labels)).toBe(1);
    expect(after.some((sample) => sample.labels.operation === "Typo")).toBe(false);
  });

  it("counts the gateway's own SQL (its rate-limit counter) and shows its pool", async () => {
    const before = await scrapeGateway();
    // A caller the gateway has not seen: its first operation claims rate-limit tokens (later ones spend them).
    const { body } = await hub.query(PROBE, {}, { headers: { authorization: `Bearer ${await hub.token("viewer", "Metrics First Caller")}` } });
    expect(body.errors).toBeUndefined();
    const after = await scrapeGateway();
    expect(sumOf(after, "hub_sql_statements_total", { outcome: "ok" })).toBeGreaterThan(sumOf(before, "hub_sql_statements_total", { outcome: "ok" }));
    expect(sumOf(after, "hub_db_pool_connections", { state: "total" })).toBeGreaterThanOrEqual(1);
    expect(after.some((sample) => sample.name === "hub_db_pool_waiting")).toBe(true);
  });
});

describe("GET /metrics on a subgraph", () => {
  it("counts the operation the gateway sent and its SQL statements by kind, never their text or parameters", async () => {
    const before = await scrapeSubgraph("agreements");
    const secret = "zz-metrics-search-text";
    const { body } = await hub.query(`query Search($text: String!) { agreements(filter: { text: $text }, first: 5) { totalCount } }`, { text: secret });
    expect(body.errors).toBeUndefined();
    const after = await scrapeSubgraph("agreements");
    expect(sumOf(after, "hub_graphql_operation_duration_seconds_count", { outcome: "ok", service: "agreements" })).toBe(
      sumOf(before, "hub_graphql_operation_duration_seconds_count", { outcome: "ok", service: "agreements" }) + 1,
    );
    expect(sumOf(after, "hub_sql_statements_total", { kind: "select", outcome: "ok" })).toBeGreaterThan(sumOf(before, "hub_sql_statements_total", { kind: "select", outcome: "ok" }));
    expect(sumOf(after, "hub_sql_statement_duration_seconds_count", { kind: "select" })).toBeGreaterThan(0);
    const text = await (await fetch(hub.subgraphs.agreements.url.replace(/graphql$/, "metrics"))).text();
    expect(text).not.toContain(secret);
    expect(text).not.toMatch(/\bSELECT\b|"agreements"\./);
  });

  it("answers loopback, or elsewhere only a caller holding the gateway's signature", async () => {
    const metrics = createServiceMetrics("probe");
    const app = Fastify();
    registerMetricsRoute(app, metrics.registry, gatewayOrLoopback(hub.internalSecret));
    await app.ready();
    const remote = (headers: Record<string, string> = {}) => app.inject({ method: "GET", url: "/metrics", remoteAddress: "203.0.113.7", headers });
    const identity = { kind: "staff" as const, subject: "s", name: "S", roles: ["viewer" as const] };
    try {
      expect((await remote()).statusCode).toBe(401);
      expect((await remote({ "x-hub-identity": await signIdentity("not-the-hub-secret-not-the-hub-secret", identity) })).statusCode).toBe(401);
      const signed = await remote({ "x-hub-identity": await signIdentity(hub.internalSecret, identity) });
      expect(signed.statusCode).toBe(200);
      expect(signed.body).toContain("hub_process_cpu_seconds_total");
      expect((await app.inject({ method: "GET", url: "/metrics", remoteAddress: "127.0.0.1" })).statusCode).toBe(200);
      expect((await app.inject({ method: "GET", url: "/metrics", remoteAddress: "::ffff:10.1.2.3" })).statusCode).toBe(401);
    } finally {
      await app.close();
    }
    expect(["127.0.0.1", "127.9.9.9", "::1", "::ffff:127.0.0.1"].map(isLoopback)).toEqual([true, true, true, true]);
    expect(["10.0.0.1", "::ffff:192.168.1.1", "fe80::1", "", undefined].map(isLoopback)).toEqual([false, false, false, false, false]);
  });
});

describe("metric names and statement kinds", () => {
  it("README documents every hub_ metric", () => {
    const readme = readFileSync(path.join(repoRoot(), "README.md"), "utf8");
    expect(Object.keys(HUB_METRICS).filter((name) => !readme.includes(`\`${name}\``))).toEqual([]);
  });

  it("a statement's kind is its first keyword from a closed list", () => {
    expect(statementKind(`SELECT "a"."id" FROM "agreements"."agreement" "a" WHERE "a"."id" = $1`)).toBe("select");
    expect(statementKind(`  /* typeorm */ -- note\n WITH open AS (SELECT 1) SELECT * FROM open`)).toBe("with");
    expect(statementKind(`(SELECT 1) UNION (SELECT 2)`)).toBe("select");
    expect(statementKind("INSERT INTO x VALUES ($1)")).toBe("insert");
    expect(statementKind("victim-name")).toBe("other");
    expect(statementKind(undefined)).toBe("other");
  });
});
