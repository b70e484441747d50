import { ApolloServer } from "@apollo/server";
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginInlineTraceDisabled } from "@apollo/server/plugin/disabled";
import { fastifyApolloDrainPlugin } from "@as-integrations/fastify";
import type { FastifyRequest } from "fastify";
import type { GraphQLSchema } from "graphql";
import type { DataSource } from "typeorm";
import { IDENTITY_HEADER, verifyIdentity } from "../auth/gateway-signature";
import type { Identity } from "../auth/identity";
import { maskErrors } from "../errors";
import { createHttpServer, errorBody, graphqlRoute, listen } from "../http/server";
import type { TableImporter } from "../import/importer";
import type { Logger } from "../logger";
import { gatewayOrLoopback, registerMetricsRoute } from "../metrics/metrics-route";
import { operationMetricsPlugin } from "../metrics/operation-metrics";
import type { ServiceMetrics } from "../metrics/service-metrics";
import type { SubgraphContext } from "./context";
import { registerImportRoutes } from "./import-routes";
import type { SubgraphPeers } from "./peers";
import { partnerGuardPlugin } from "./partner-visible";

export interface SubgraphServerOptions<Loaders> {
  name: string;
  schema: GraphQLSchema;
  dataSource: DataSource;
  createLoaders: (dataSource: DataSource) => Loaders;
  internalSecret: string;
  peers: SubgraphPeers;
  importers: readonly TableImporter[];
  host: string;
  port: number;
  maxBodyBytes: number;
  maxImportBytes: number;
  partnerMinCell: number;
  metrics: ServiceMetrics;
  log: Logger;
}

export interface RunningServer {
  url: string;
  port: number;
  stop(): Promise<void>;
}

export async function databaseIsUp(dataSource: DataSource): Promise<boolean> {
  try {
    await dataSource.query("SELECT 1");
    return true;
  } catch {
    return false;
  }
}

/** Routes that answer only requests the gateway (or a peer subgraph) signed. */
const GATEWAY_ONLY = new Set(["/graphql", "/import/:kind", "/import/:kind/template"]);

/**
 * One subgraph over HTTP: `/graphql` and `/import/:kind` only for requests the gateway signed, `/health`
 * for anyone (it says up or down and nothing else), `/metrics` for the gateway's signature or a scraper on
 * loopback.
 */
export async function startSubgraphServer<Loaders>(options: SubgraphServerOptions<Loaders>): Promise<RunningServer> {
  const { log } = options;
  const app = createHttpServer({ log, maxBodyBytes: options.maxBodyBytes });
  const apollo = new ApolloServer<SubgraphContext<Loaders>>({
    schema: options.schema,
    includeStacktraceInErrorResponses: false,
    formatError: maskErrors(log),
    // The hub's own shutdown decides the order of stops; Apollo must not act on signals by itself.
    stopOnTerminationSignals: false,
    // Inline traces are for Apollo Studio and cache hints for HTTP caches, neither of which the hub uses:
    // the cache-control plugin alone costs a hook on every resolved field.
    plugins: [
      operationMetricsPlugin(options.metrics),
      partnerGuardPlugin(options.schema),
      fastifyApolloDrainPlugin(app),
      ApolloServerPluginInlineTraceDisabled(),
      ApolloServerPluginCacheControlDisabled(),
    ],
  });
  await apollo.start();

  app.get("/health", async (_request, reply) => {
    const up = await databaseIsUp(options.dataSource);
    return reply.code(up ? 200 : 503).send({ status: up ? "up" : "down", service: options.name, database: up ? "up" : "down" });
  });
  registerMetricsRoute(app, options.metrics.registry, gatewayOrLoopback(options.internalSecret));
  // Checked before the body is parsed: nothing from an unsigned caller is read, let alone executed.
  const identities = new WeakMap<FastifyRequest, Identity>();
  app.addHook("onRequest", async (request, reply) => {
    if (!GATEWAY_ONLY.has(request.routeOptions.url ?? "")) return;
    const header = request.headers[IDENTITY_HEADER];
    try {
      identities.set(request, await verifyIdentity(options.internalSecret, Array.isArray(header) ? header[0] : header));
    } catch (error) {
      log.warn({ remote: request.ip, reason: (error as Error).message }, "refused request without gateway signature");
      return reply.code(401).send(errorBody("only the gateway may call this service", "UNAUTHENTICATED"));
    }
  });
  graphqlRoute(app, apollo, async (request) => ({
    identity: identities.get(request)!,
    loaders: options.createLoaders(options.dataSource),
    db: options.dataSource,
    peers: options.peers,
    partnerMinCell: options.partnerMinCell,
  }));
  await registerImportRoutes(app, { ...options, identityOf: (request) => identities.get(request)! });

  const { url, port } = await listen(app, options.port, options.host);
  return { url, port, stop: () => apollo.stop() };
}
