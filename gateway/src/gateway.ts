import { readFileSync } from "node:fs";
import type { IncomingHttpHeaders } from "node:http";
import { ApolloGateway, RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from "@apollo/gateway";
import { ApolloServer } from "@apollo/server";
import type { FetcherResponse } from "@apollo/utils.fetcher";
import { GraphQLError } from "graphql";
import { ApolloServerPluginCacheControlDisabled } from "@apollo/server/plugin/disabled";
import type { Pool } from "pg";
import { signIdentity, IDENTITY_HEADER } from "#shared/auth/gateway-signature";
import { DEFAULT_MAX_IMPORT_BYTES, type SubgraphName } from "#shared/config";
import { maskErrors } from "#shared/errors";
import { fastifyApolloDrainPlugin } from "@as-integrations/fastify";
import { createHttpServer, graphqlRoute, listen } from "#shared/http/server";
import type { Logger } from "#shared/logger";
import { ApolloArmor } from "@escape.tech/graphql-armor";
import { hasRole } from "#shared/auth/identity";
import { ApiKeyService } from "./api-key/api-key.service";
import type { GatewayContext } from "./context";
import { auditPlugin, readAuditLog } from "./audit/audit";
import { authenticate, type StaffTokenVerifier } from "./authentication";
import { registerConsole, registerSecurityHeaders } from "./console";
import { checkHealth } from "./health";
import { accessPlugin, RateLimiter } from "./limits";
import { registerDocumentRoutes } from "./documents/documents";
import { DOCUMENT_ROUTES } from "./documents/routes";
import { registerImportRoutes } from "./import/import-route";

export interface GatewayOptions {
  supergraphPath: string;
  subgraphUrls: Record<SubgraphName, string>;
  internalSecret: string;
  verifyStaffToken: StaffTokenVerifier;
  pool: Pool;
  host: string;
  port: number;
  maxBodyBytes: number;
  /** Largest spreadsheet for POST /import/:kind (MAX_IMPORT_BYTES). */
  maxImportBytes?: number;
  /** Operations per minute per staff member and per partner key. */
  rateLimits: { staff: number; partner: number };
  log: Logger;
}

/**
 * Query limits (graphql-armor): deep enough for the federated views staff use (agreement → requests →
 * case → outcomes → requests), far from what a hostile query needs.
 */
const armor = new ApolloArmor({
  maxDepth: { n: 15 },
  costLimit: { maxCost: 20000 },
  maxAliases: { n: 20 },
  maxTokens: { n: 5000 },
  maxDirectives: { n: 20 },
  blockFieldSuggestion: { enabled: true },
});

/** Forwards the verified identity, signed, in place of the caller's own credentials. */
class SignedIdentityDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  constructor(url: string, private readonly internalSecret: string) {
    super({ url });
  }

  /**
   * A subgraph answers a bad variable (a LocalDate "2024-13-45", which the gateway cannot check: custom
   * scalars are opaque to it) with HTTP 400 and a BAD_USER_INPUT error; pass that error on as it is
   * instead of the generic "400: Bad Request".
   */
  override async errorFromResponse(response: FetcherResponse): Promise<GraphQLError> {
    if (response.status === 400) {
      const body = (await response.clone().json().catch(() => undefined)) as { errors?: { message?: string; extensions?: { code?: string } }[] } | undefined;
      const first = body?.errors?.[0];
      if (first?.extensions?.code === "BAD_USER_INPUT" && first.message) {
        return new GraphQLError(first.message, { extensions: { code: "BAD_USER_INPUT" } });
      }
    }
    return super.errorFromResponse(response);
  }

  override async willSendRequest({ request, context }: GraphQLDataSourceProcessOptions<GatewayContext>): Promise<void> {
    if (!("identity" in context) || !context.identity) throw new Error("gateway context has no identity");
    request.http?.headers.set(IDENTITY_HEADER, await signIdentity(this.internalSecret, context.identity));
  }
}

export interface RunningGateway {
  url: string;
  port: number;
  stop(): Promise<void>;
}

/**
 * The only public entry: serves the checked-in supergraph (no introspection of subgraphs at run time,
 * so what runs is what was composed and reviewed), authenticates every request, and answers /health.
 */
export async function startGateway(options: GatewayOptions): Promise<RunningGateway> {
  const { log } = options;
  const gateway = new ApolloGateway({
    supergraphSdl: readFileSync(options.supergraphPath, "utf8"),
    buildService: ({ name }) => {
      const url = options.subgraphUrls[name as SubgraphName];
      if (!url) throw new Error(`supergraph names an unknown subgraph "${name}"`);
      return new SignedIdentityDataSource(url, options.internalSecret);
    },
  });
  const app = createHttpServer({ log, maxBodyBytes: options.maxBodyBytes });
  const protection = armor.protect();
  const apiKeys = new ApiKeyService(options.pool);
  const rateLimiter = new RateLimiter(options.rateLimits);
  const identify = (headers: IncomingHttpHeaders) => authenticate(headers, options.verifyStaffToken, (key) => apiKeys.verify(key));
  const apollo = new ApolloServer<GatewayContext>({
    gateway,
    includeStacktraceInErrorResponses: false,
    formatError: maskErrors(log),
    // Introspection is on for staff; accessPlugin refuses it to partner keys.
    introspection: true,
    csrfPrevention: true,
    validationRules: protection.validationRules,
    allowBatchedHttpRequests: false,
    // The hub's own shutdown decides the order of stops; Apollo must not act on signals by itself.
    stopOnTerminationSignals: false,
    plugins: [
      ...protection.plugins,
      accessPlugin(),
      auditPlugin(options.pool, log),
      fastifyApolloDrainPlugin(app),
      // No HTTP caching anywhere in the hub (every answer depends on who asks): skip the per-field hook.
      ApolloServerPluginCacheControlDisabled(),
    ],
  });
  await apollo.start();

  await registerSecurityHeaders(app);
  app.get("/health", async (_request, reply) => {
    const report = await checkHealth(options.pool, options.subgraphUrls);
    return reply.code(report.status === "up" ? 200 : 503).send(report);
  });
  app.get<{ Querystring: { limit?: string } }>("/audit", async (request, reply) => {
    // The audit log, newest first, for staff with the admin role only.
    const identity = await identify(request.headers).catch(() => null);
    if (!identity) return reply.code(401).send({ error: "UNAUTHENTICATED" });
    if (!hasRole(identity, "admin")) return reply.code(403).send({ error: "FORBIDDEN" });
    const limit = Math.min(Math.max(Number(request.query.limit ?? 100) || 100, 1), 1000);
    return reply.send({ entries: await readAuditLog(options.pool, limit) });
  });
  await registerConsole(app);
  await registerImportRoutes(app, { identify, subgraphUrls: options.subgraphUrls, internalSecret: options.internalSecret, pool: options.pool, maxImportBytes: options.maxImportBytes ?? DEFAULT_MAX_IMPORT_BYTES, log });
  registerDocumentRoutes(app, { identify, apollo, log }, DOCUMENT_ROUTES);
  graphqlRoute(app, apollo, async (request) => {
    const identity = await identify(request.headers);
    const wait = rateLimiter.take(identity.subject, identity.kind);
    if (wait > 0) {
      throw new GraphQLError(`rate limit reached; retry in ${wait}s`, {
        extensions: { code: "TOO_MANY_REQUESTS", http: { status: 429, headers: new Map([["retry-after", String(wait)]]) } },
      });
    }
    return { identity };
  });

  const { url, port } = await listen(app, options.port, options.host);
  log.info({ url }, "gateway ready");
  return { url, port, stop: () => apollo.stop() };
}
