import { Pool } from "pg";
import { resolveSecrets } from "#shared/auth/secrets";
import { createStaffTokenVerifier } from "#shared/auth/staff-token";
import { loadConfig, SUBGRAPH_NAMES } from "#shared/config";
import { stopOnSignals } from "#shared/process/shutdown";
import { createLogger } from "#shared/logger";
import { partnerOperationsDir, supergraphPath } from "#shared/paths";
import { startGateway } from "./gateway";
import { migrateGatewaySchema } from "./gateway-database";

async function main(): Promise<void> {
  const log = createLogger("gateway");
  try {
    const config = loadConfig();
    log.level = config.logLevel;
    if (!config.databaseUrl) throw new Error("DATABASE_URL is required for the gateway (npm start sets it for the embedded database)");
    const secrets = resolveSecrets(config);
    await migrateGatewaySchema(config.databaseUrl, log);
    const pool = new Pool({ connectionString: config.databaseUrl, max: 2 });
    // An idle connection dropped by the server (restart, shutdown) must not crash the gateway.
    pool.on("error", (error) => log.warn({ err: { message: error.message } }, "database connection lost"));
    const running = await startGateway({
      supergraphPath: supergraphPath(),
      partnerOperationsDir: partnerOperationsDir(),
      partnerMinCell: config.partnerMinCell,
      subgraphUrls: Object.fromEntries(SUBGRAPH_NAMES.map((name) => [name, config.subgraphs[name].url])) as Record<(typeof SUBGRAPH_NAMES)[number], string>,
      internalSecret: secrets.internalSecret,
      verifyStaffToken: createStaffTokenVerifier({
        secret: secrets.staffTokenSecret,
        oidc: config.oidc.issuer ? { issuer: config.oidc.issuer, jwksUrl: config.oidc.jwksUrl, audience: config.oidc.audience } : undefined,
      }),
      pool,
      host: config.host,
      port: config.gateway.port,
      maxBodyBytes: config.gateway.maxBodyBytes,
      maxImportBytes: config.maxImportBytes,
      rateLimits: config.gateway.rateLimits,
      authFailuresPerMinute: config.gateway.authFailuresPerMinute,
      subgraphTimeoutMs: config.gateway.subgraphTimeoutMs,
      digest: config.digest,
      log,
    });
    // Every gateway process schedules the digest; the database makes sure it goes out once a day.
    running.digest.start();
    stopOnSignals(log, [running.stop, () => pool.end()]);
  } catch (error) {
    log.fatal({ err: { message: (error as Error).message } }, "gateway failed to start");
    process.exit(1);
  }
}

void main();
