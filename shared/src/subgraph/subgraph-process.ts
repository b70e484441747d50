import { loadConfig } from "../config";
import { resolveSecrets } from "../auth/secrets";
import { createLogger } from "../logger";
import { stopOnSignals } from "../process/shutdown";
import { runSubgraph, type SubgraphModule } from "./subgraph";

/** Entry point of a subgraph process: config once, then migrate, seed and serve until a signal. */
export async function runSubgraphProcess<Loaders>(module: SubgraphModule<Loaders>): Promise<void> {
  const log = createLogger(module.name);
  try {
    const config = loadConfig();
    log.level = config.logLevel;
    if (!config.databaseUrl) {
      throw new Error("DATABASE_URL is required for a subgraph process (npm start sets it for the embedded database)");
    }
    const secrets = resolveSecrets(config);
    const running = await runSubgraph(module, {
      databaseUrl: config.databaseUrl,
      poolSize: config.databasePoolSize,
      host: config.host,
      port: config.subgraphs[module.name].port,
      maxBodyBytes: config.gateway.maxBodyBytes,
      internalSecret: secrets.internalSecret,
      subgraphUrls: Object.fromEntries(Object.entries(config.subgraphs).map(([name, subgraph]) => [name, subgraph.url])),
      maxImportBytes: config.maxImportBytes,
      seedDemo: config.seedDemo,
      partnerMinCell: config.partnerMinCell,
      log,
    });
    stopOnSignals(log, [running.stop]);
  } catch (error) {
    log.fatal({ err: { message: (error as Error).message } }, `${module.name} subgraph failed to start`);
    process.exit(1);
  }
}
