import type { GraphQLDataSource } from "@apollo/gateway";
import type { FastifyInstance } from "fastify";
import type { Pool } from "pg";
import { hasRole } from "#shared/auth/identity";
import { registerMetricsRoute } from "#shared/metrics/metrics-route";
import { operationMetricsPlugin } from "#shared/metrics/operation-metrics";
import { createServiceMetrics, type ServiceMetrics } from "#shared/metrics/service-metrics";
import { observeDatabasePool } from "#shared/metrics/sql-metrics";
import type { Identify } from "./admin-access";
import type { GatewayContext } from "./context";

/**
 * The gateway's metrics: its operations, its fetches from each subgraph, its own SQL (API keys, audit)
 * and pool, and the process. `GET /metrics` answers admins only: a Prometheus scrape sends a long-lived
 * admin token as its bearer token (`npm run --silent hub -- token --role admin --name Prometheus --expires 365d`).
 */
export class GatewayMetrics {
  readonly metrics: ServiceMetrics = createServiceMetrics("gateway");
  readonly plugin = operationMetricsPlugin<GatewayContext>(this.metrics);

  constructor(pool: Pool) {
    observeDatabasePool(this.metrics, pool);
  }

  /** Times each fetch from `subgraph`: "ok", "error" (the subgraph answered with GraphQL errors) or "failed" (no usable answer). */
  observeSubgraph<T extends GraphQLDataSource<GatewayContext>>(subgraph: string, source: T): T {
    const send = source.process.bind(source);
    const histogram = this.metrics.subgraphFetches;
    source.process = async (options) => {
      const stop = histogram.startTimer({ subgraph });
      try {
        const response = await send(options);
        stop({ outcome: response.errors?.length ? "error" : "ok" });
        return response;
      } catch (error) {
        stop({ outcome: "failed" });
        throw error;
      }
    };
    return source;
  }

  /** `GET /metrics` for a staff token with the admin role: 401 without a valid credential, 403 for anyone else. */
  registerRoute(app: FastifyInstance, identify: Identify): void {
    registerMetricsRoute(app, this.metrics.registry, async (request) => {
      const identity = await identify(request).catch(() => null);
      if (!identity) return 401;
      return identity.kind === "staff" && hasRole(identity, "admin") ? 200 : 403;
    });
  }
}
