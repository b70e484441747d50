import type { GraphQLSchema } from "graphql";
import type { DataSource, EntitySchema, MixedList } from "typeorm";
import type { PostgresDriver } from "typeorm/driver/postgres/PostgresDriver";
import { DEFAULT_MAX_IMPORT_BYTES, type SubgraphName } from "../config";
import { createSubgraphDataSource, type StatementCounter } from "../database/data-source";
import { prepareDatabase, type PreparedDatabase } from "../database/prepare";
import type { SeedFileResult } from "../database/seed-log";
import type { TableImporter } from "../import/importer";
import type { Logger } from "../logger";
import { createServiceMetrics } from "../metrics/service-metrics";
import { observeDatabasePool } from "../metrics/sql-metrics";
import { SubgraphPeers } from "./peers";
import { startSubgraphServer, type RunningServer } from "./subgraph-server";

/** What a subgraph folder exports: its schema, its tables and its seeds. Nothing here is shared state. */
export interface SubgraphModule<Loaders> {
  name: SubgraphName;
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  entities: MixedList<Function | string | EntitySchema>;
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  migrations: MixedList<Function | string>;
  /** `typeGraphQLSchema` keeps field extensions (`partnerVisible`, `maxLength`, `smallCells`) that the printed SDL cannot carry. */
  buildSchema(): Promise<{ schema: GraphQLSchema; sdl: string; typeGraphQLSchema: GraphQLSchema }>;
  createLoaders(dataSource: DataSource): Loaders;
  seed(dataSource: DataSource, options: { demo: boolean; log: Logger }): Promise<SeedFileResult[]>;
  /** The spreadsheet imports of the records this subgraph owns (`POST /import/:kind`). */
  importers?: readonly TableImporter[];
}

export interface SubgraphRunOptions {
  databaseUrl: string;
  poolSize: number;
  host: string;
  port: number;
  maxBodyBytes: number;
  internalSecret: string;
  /**
   * Where the other subgraphs answer (AGREEMENTS_URL, MLA_URL, RECOMMENDATIONS_URL): writes ask them whether
   * the records they name exist. Read when needed, so a caller may fill it in after starting (port 0).
   */
  subgraphUrls: Partial<Record<SubgraphName, string>>;
  maxImportBytes?: number;
  seedDemo: boolean;
  /** PARTNER_MIN_CELL (default 5). */
  partnerMinCell?: number;
  log: Logger;
  counter?: StatementCounter;
}

export interface RunningSubgraph extends RunningServer {
  dataSource: DataSource;
  prepared: PreparedDatabase;
}

/** Migrate, seed, serve: the life of one subgraph process (or of one in-process subgraph in tests). */
export async function runSubgraph<Loaders>(module: SubgraphModule<Loaders>, options: SubgraphRunOptions): Promise<RunningSubgraph> {
  const log = options.log;
  const dataSource = createSubgraphDataSource({
    url: options.databaseUrl,
    schema: module.name,
    entities: module.entities,
    migrations: module.migrations,
    poolSize: options.poolSize,
    log,
    counter: options.counter,
  });
  await dataSource.initialize();
  const metrics = createServiceMetrics(module.name);
  observeDatabasePool(metrics, (dataSource.driver as PostgresDriver).master);
  try {
    const prepared = await prepareDatabase(options.databaseUrl, dataSource, module.name, (ds) =>
      module.seed(ds, { demo: options.seedDemo, log }),
    );
    for (const migration of prepared.migrations) log.info({ migration }, "migration applied");
    for (const seed of prepared.seeds.filter((s) => s.loaded)) log.info({ seed: seed.file }, "seed loaded");
    const { schema } = await module.buildSchema();
    const server = await startSubgraphServer({
      name: module.name,
      schema,
      dataSource,
      createLoaders: module.createLoaders,
      internalSecret: options.internalSecret,
      peers: new SubgraphPeers(module.name, options.subgraphUrls, options.internalSecret),
      importers: module.importers ?? [],
      host: options.host,
      port: options.port,
      maxBodyBytes: options.maxBodyBytes,
      maxImportBytes: options.maxImportBytes ?? DEFAULT_MAX_IMPORT_BYTES,
      partnerMinCell: options.partnerMinCell ?? 5,
      metrics,
      log,
    });
    log.info({ url: server.url }, `${module.name} subgraph ready`);
    return {
      ...server,
      dataSource,
      prepared,
      stop: async () => {
        await server.stop();
        await dataSource.destroy();
      },
    };
  } catch (error) {
    await dataSource.destroy();
    throw error;
  }
}
