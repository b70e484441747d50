import { isIP } from "node:net";
import type { FastifyInstance, FastifyRequest } from "fastify";
import type { Registry } from "prom-client";
import { IDENTITY_HEADER, verifyIdentity } from "../auth/gateway-signature";

/** 200 to serve the metrics, or the status that refuses them (401 no acceptable credential, 403 not allowed). */
export type MetricsAccess = (request: FastifyRequest) => Promise<200 | 401 | 403>;

/** `GET /metrics` in Prometheus' text format, for callers `access` lets through. */
export function registerMetricsRoute(app: FastifyInstance, registry: Registry, access: MetricsAccess): void {
  app.get("/metrics", async (request, reply) => {
    const status = await access(request);
    if (status === 401) return reply.code(401).send({ error: "UNAUTHENTICATED" });
    if (status === 403) return reply.code(403).send({ error: "FORBIDDEN" });
    return reply.header("content-type", registry.contentType).header("cache-control", "no-store").send(await registry.metrics());
  });
}

/** 127.0.0.0/8, ::1 and IPv4-mapped loopback: the socket's own address (the hub trusts no X-Forwarded-For). */
export function isLoopback(address: string | undefined): boolean {
  if (!address) return false;
  const plain = address.startsWith("::ffff:") ? address.slice(7) : address;
  if (isIP(plain) === 4) return plain.startsWith("127.");
  return plain === "::1";
}

/**
 * A subgraph's metrics: for a scraper on the same host (loopback) or for anyone holding an identity the
 * gateway signed, the same proof `/graphql` asks for. Subgraph ports are not published, so a Prometheus
 * elsewhere scrapes through a local agent or sidecar.
 */
export function gatewayOrLoopback(internalSecret: string): MetricsAccess {
  return async (request) => {
    if (isLoopback(request.socket.remoteAddress)) return 200;
    const header = request.headers[IDENTITY_HEADER];
    if (!header) return 401;
    try {
      await verifyIdentity(internalSecret, Array.isArray(header) ? header[0] : header);
      return 200;
    } catch {
      return 401;
    }
  };
}
