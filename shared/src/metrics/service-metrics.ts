import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from "prom-client";

/** Seconds: a GraphQL operation or a subgraph fetch (a cached agreement page ~2 ms, a cold report ~seconds). */
const REQUEST_BUCKETS = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];
/** Seconds: one SQL statement (an index lookup ~0.1 ms, a ranking over a million requests ~seconds). */
const SQL_BUCKETS = [0.0001, 0.00025, 0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 10];

/**
 * Every metric the hub exports, with its help text: README's table is checked against this list
 * (test/metrics.test.ts), so a new metric cannot go undocumented. prom-client's default process metrics
 * carry the same `hub_` prefix.
 */
export const HUB_METRICS = {
  hub_graphql_operation_duration_seconds: "GraphQL operations served, by operation name and outcome (ok, error)",
  hub_graphql_operations_in_flight: "GraphQL operations started and not yet answered",
  hub_subgraph_fetch_duration_seconds: "Gateway fetches from a subgraph, by subgraph and outcome (ok, error, failed)",
  hub_sql_statements_total: "SQL statements sent to PostgreSQL, by statement kind and outcome (ok, error)",
  hub_sql_statement_duration_seconds: "SQL statement durations, by statement kind",
  hub_db_pool_connections: "Database pool connections, by state (total, idle)",
  hub_db_pool_waiting: "Requests waiting for a database connection",
} as const;

export type HubMetricName = keyof typeof HUB_METRICS;

/** One registry per service (in tests the gateway and three subgraphs share a process, never a registry). */
export interface ServiceMetrics {
  service: string;
  registry: Registry;
  operations: Histogram<"operation" | "outcome">;
  operationsInFlight: Gauge;
  subgraphFetches: Histogram<"subgraph" | "outcome">;
  sqlStatements: Counter<"kind" | "outcome">;
  sqlDurations: Histogram<"kind">;
}

/** What the pool gauges read at scrape time (a pg `Pool` has these counters). */
export interface PoolCounts {
  totalCount: number;
  idleCount: number;
  waitingCount: number;
}

export function createServiceMetrics(service: string): ServiceMetrics {
  const registry = new Registry();
  registry.setDefaultLabels({ service });
  collectDefaultMetrics({ register: registry, prefix: "hub_" });
  const registers = [registry];
  const help = (name: HubMetricName) => ({ name, help: HUB_METRICS[name], registers });
  return {
    service,
    registry,
    operations: new Histogram({ ...help("hub_graphql_operation_duration_seconds"), labelNames: ["operation", "outcome"], buckets: REQUEST_BUCKETS }),
    operationsInFlight: new Gauge(help("hub_graphql_operations_in_flight")),
    subgraphFetches: new Histogram({ ...help("hub_subgraph_fetch_duration_seconds"), labelNames: ["subgraph", "outcome"], buckets: REQUEST_BUCKETS }),
    sqlStatements: new Counter({ ...help("hub_sql_statements_total"), labelNames: ["kind", "outcome"] }),
    sqlDurations: new Histogram({ ...help("hub_sql_statement_duration_seconds"), labelNames: ["kind"], buckets: SQL_BUCKETS }),
  };
}

/** Pool gauges that read `pool` when Prometheus scrapes (nothing runs in between). */
export function observePoolUsage(metrics: ServiceMetrics, pool: PoolCounts): void {
  const registers = [metrics.registry];
  new Gauge({
    name: "hub_db_pool_connections",
    help: HUB_METRICS.hub_db_pool_connections,
    labelNames: ["state"],
    registers,
    collect() {
      this.set({ state: "total" }, pool.totalCount);
      this.set({ state: "idle" }, pool.idleCount);
    },
  });
  new Gauge({
    name: "hub_db_pool_waiting",
    help: HUB_METRICS.hub_db_pool_waiting,
    registers,
    collect() {
      this.set(pool.waitingCount);
    },
  });
}
