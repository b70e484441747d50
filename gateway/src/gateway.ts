import { readFileSync } from "node:fs";
import { ApolloGateway } from "@apollo/gateway";
import { ApolloServer } from "@apollo/server";
import { ApolloServerPluginCacheControlDisabled } from "@apollo/server/plugin/disabled";
import { fastifyApolloDrainPlugin } from "@as-integrations/fastify";
import { ApolloArmor } from "@escape.tech/graphql-armor";
import { buildSchema } from "graphql";
import type { Pool } from "pg";
import { DEFAULT_MAX_IMPORT_BYTES, digestConfig, type DigestConfig, type SubgraphName } from "#shared/config";
import { maskErrors } from "#shared/errors";
import { createHttpServer, listen } from "#shared/http/server";
import type { Logger } from "#shared/logger";
import { ApiKeyService } from "./api-key/api-key.service";
import { registerApiKeyRoutes } from "./api-key/api-key.routes";
import { auditPlugin } from "./audit/audit";
import { AuditLog } from "./audit/audit-log";
import { registerAuditRoutes } from "./audit/audit.routes";
import { createIdentifier, type StaffTokenVerifier } from "./authentication";
import { registerConsole, registerSecurityHeaders } from "./console";
import type { GatewayContext } from "./context";
import { registerDocumentRoutes } from "./documents/documents";
import { DOCUMENT_ROUTES } from "./documents/routes";
import { registerGraphqlRoute } from "./graphql-route";
import { checkHealth } from "./health";
import { statusFromErrorsPlugin } from "./http-status";
import { registerImportRoutes } from "./import/import-route";
import { accessPlugin, AuthFailureThrottle, RateLimiter, RequestCounters } from "./limits";
import { GatewayMetrics } from "./metrics";
import { PartnerOperations } from "./partner-operations";
import { SubgraphDataSource } from "./subgraph-source";
import { DailyDigest, runThrough } from "./digest/daily-digest";
import { registerDigestRoutes } from "./digest/digest.routes";

export interface GatewayOptions {
  supergraphPath: string;
  /** The registered operations partner keys may run (partner-operations/). */
  partnerOperationsDir: string;
  /** PARTNER_MIN_CELL (default 5), as the subgraphs apply it: GET /partner-operations says it, so a client can write "fewer than 5". */
  partnerMinCell?: number;
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
  /** Failed authentications per minute per source address before 429. */
  authFailuresPerMinute: number;
  /** Longest a subgraph fetch may take. */
  subgraphTimeoutMs: number;
  /** The daily digest of deadlines (SMTP_URL, DIGEST_*); off when absent or without smtpUrl. */
  digest?: DigestConfig;
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

export interface RunningGateway {
  url: string;
  port: number;
  /** The daily digest (main.ts starts its schedule; every gateway may: it still goes out once a day). */
  digest: DailyDigest;
  stop(): Promise<void>;
}

/**
 * The only public entry: serves the checked-in supergraph (no introspection of subgraphs at run time,
 * so what runs is what was composed and reviewed), authenticates every request, runs only registered
 * operations for partner keys, and answers /health.
 */
export async function startGateway(options: GatewayOptions): Promise<RunningGateway> {
  const { log } = options;
  const supergraphSdl = readFileSync(options.supergraphPath, "utf8");
  const supergraph = buildSchema(supergraphSdl);
  const operations = PartnerOperations.load(options.partnerOperationsDir, supergraph);
  const metrics = new GatewayMetrics(options.pool);
  const gateway = new ApolloGateway({
    supergraphSdl,
    buildService: ({ name }) => {
      const url = options.subgraphUrls[name as SubgraphName];
      if (!url) throw new Error(`supergraph names an unknown subgraph "${name}"`);
      return metrics.observeSubgraph(name, new SubgraphDataSource(name, url, options.internalSecret, options.subgraphTimeoutMs, log));
    },
  });
  const app = createHttpServer({ log, maxBodyBytes: options.maxBodyBytes });
  const protection = armor.protect();
  const apiKeys = new ApiKeyService(options.pool);
  const audit = new AuditLog(options.pool);
  const counters = new RequestCounters(options.pool);
  const throttle = new AuthFailureThrottle(counters, options.authFailuresPerMinute);
  const identify = createIdentifier(options.verifyStaffToken, (key) => apiKeys.verify(key), throttle);
  const apollo = new ApolloServer<GatewayContext>({
    gateway,
    includeStacktraceInErrorResponses: false,
    formatError: maskErrors(log),
    // Introspection is on for staff; accessPlugin refuses it to partner keys.
    introspection: true,
    csrfPrevention: true,
    // No automatic persisted queries: a client must not register documents. Registered ones are
    // resolved before Apollo (graphql-route.ts).
    persistedQueries: false,
    validationRules: protection.validationRules,
    allowBatchedHttpRequests: false,
    // The hub's own shutdown decides the order of stops; Apollo must not act on signals by itself.
    stopOnTerminationSignals: false,
    plugins: [
      metrics.plugin,
      // The audit row is written before the access check can refuse, so refused mutations are recorded.
      auditPlugin(audit, supergraph, log),
      ...protection.plugins,
      accessPlugin(),
      statusFromErrorsPlugin(),
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
  // What a partner integration may send: each registered operation's name, hash and text.
  app.get("/partner-operations", async (request, reply) => {
    try {
      await identify(request);
    } catch {
      return reply.code(401).send({ error: "UNAUTHENTICATED", message: "send a staff token or a partner key" });
    }
    return reply.send({ operations: operations.list().map(({ name, sha256, document }) => ({ name, sha256, document })), partnerMinCell: options.partnerMinCell ?? 5 });
  });
  registerAuditRoutes(app, audit, identify);
  registerApiKeyRoutes(app, apiKeys, audit, identify);
  metrics.registerRoute(app, identify);
  await registerConsole(app);
  await registerImportRoutes(app, { identify, subgraphUrls: options.subgraphUrls, internalSecret: options.internalSecret, pool: options.pool, maxImportBytes: options.maxImportBytes ?? DEFAULT_MAX_IMPORT_BYTES, log });
  registerDocumentRoutes(app, { identify, apollo, log }, DOCUMENT_ROUTES);
  const digest = new DailyDigest({ config: options.digest ?? digestConfig(), pool: options.pool, runAs: runThrough(apollo), log });
  registerDigestRoutes(app, { identify, digest, audit });
  registerGraphqlRoute(app, {
    apollo,
    identify,
    throttle,
    rateLimiter: new RateLimiter(counters, options.rateLimits),
    operations,
    audit,
    log,
  });
  const pruning = setInterval(() => void counters.prune().catch(() => undefined), 60_000);
  pruning.unref();

  const { url, port } = await listen(app, options.port, options.host);
  log.info({ url }, "gateway ready");
  return {
    url,
    port,
    digest,
    stop: async () => {
      clearInterval(pruning);
      await digest.stop();
      await apollo.stop();
    },
  };
}
