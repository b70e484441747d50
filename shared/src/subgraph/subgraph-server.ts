import { createServer, type Server } from "node:http";
import { ApolloServer } from "@apollo/server";
import { ApolloServerPluginDrainHttpServer } from "@apollo/server/plugin/drainHttpServer";
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginInlineTraceDisabled } from "@apollo/server/plugin/disabled";
import type { GraphQLSchema } from "graphql";
import type { DataSource } from "typeorm";
import { verifyIdentity } from "../auth/gateway-signature";
import { IDENTITY_HEADER } from "../auth/gateway-signature";
import { maskErrors } from "../errors";
import { listen, onRequests, sendJson, serveGraphQL } from "../http/graphql-http";
import type { Logger } from "../logger";
import type { SubgraphContext } from "./context";

export interface SubgraphServerOptions<Loaders> {
  name: string;
  schema: GraphQLSchema;
  dataSource: DataSource;
  createLoaders: (dataSource: DataSource) => Loaders;
  internalSecret: string;
  host: string;
  port: number;
  maxBodyBytes: number;
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

/**
 * One subgraph over HTTP: `/graphql` only for requests the gateway signed, `/health` for anyone (it
 * says up or down and nothing else).
 */
export async function startSubgraphServer<Loaders>(options: SubgraphServerOptions<Loaders>): Promise<RunningServer> {
  const { log } = options;
  const httpServer: Server = createServer();
  const apollo = new ApolloServer<SubgraphContext<Loaders>>({
    schema: options.schema,
    includeStacktraceInErrorResponses: false,
    formatError: maskErrors(log),
    // The hub's own shutdown decides the order of stops; Apollo must not act on signals by itself.
    stopOnTerminationSignals: false,
    // Inline traces are for Apollo Studio and cache hints for HTTP caches, neither of which the hub uses:
    // the cache-control plugin alone costs a hook on every resolved field.
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer, stopGracePeriodMillis: 5000 }),
      ApolloServerPluginInlineTraceDisabled(),
      ApolloServerPluginCacheControlDisabled(),
    ],
  });
  await apollo.start();

  onRequests(httpServer, log, async (req, res, path) => {
      if (path === "/health" && req.method === "GET") {
        const up = await databaseIsUp(options.dataSource);
        sendJson(res, up ? 200 : 503, { status: up ? "up" : "down", service: options.name, database: up ? "up" : "down" });
        return;
      }
      if (path !== "/graphql") {
        sendJson(res, 404, { error: "not found" });
        return;
      }
      const header = req.headers[IDENTITY_HEADER];
      let identity;
      try {
        identity = await verifyIdentity(options.internalSecret, Array.isArray(header) ? header[0] : header);
      } catch (error) {
        log.warn({ remote: req.socket.remoteAddress, reason: (error as Error).message }, "refused request without gateway signature");
        sendJson(res, 401, { errors: [{ message: "only the gateway may call this service", extensions: { code: "UNAUTHENTICATED" } }] });
        return;
      }
      await serveGraphQL(apollo, req, res, {
        maxBodyBytes: options.maxBodyBytes,
        context: async () => ({ identity, loaders: options.createLoaders(options.dataSource), db: options.dataSource }),
      });
  });

  const { url, port } = await listen(httpServer, options.port, options.host);
  return { url, port, stop: () => apollo.stop() };
}
