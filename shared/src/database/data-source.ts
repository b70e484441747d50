import { types } from "pg";
import { DataSource, type Logger as TypeOrmLogger, type MixedList, type EntitySchema } from "typeorm";
import type { Logger } from "../logger";
import { describeDatabaseError, withoutQuotedValues } from "./database-error";

// A `date` is a calendar day (signature, deadline), not an instant: keep PostgreSQL's 'YYYY-MM-DD' as is
// instead of letting node-postgres shift it through the process's time zone.
types.setTypeParser(types.builtins.DATE, (value) => value);

/** Counts every SQL statement a data source sends; `npm run bench` reports statements per operation. */
export class StatementCounter {
  count = 0;
  reset(): number {
    const previous = this.count;
    this.count = 0;
    return previous;
  }
}

function statementKind(query: string): string {
  return query.trim().split(/\s+/)[0]?.toUpperCase() ?? "";
}

class HubTypeOrmLogger implements TypeOrmLogger {
  constructor(private readonly logger: Logger, private readonly counter: StatementCounter) {}
  logQuery(): void {
    this.counter.count += 1;
  }
  // Neither SQL nor parameters reach the log (parameters may carry victim data, and PostgreSQL quotes
  // the offending value in its messages); the statement's kind, the SQLSTATE and the message's shape are
  // enough to find it in the code.
  logQueryError(error: string | Error, query: string): void {
    const err = describeDatabaseError(error) ?? { message: withoutQuotedValues(String(error instanceof Error ? error.message : error)) };
    this.logger.error({ err, statement: statementKind(query) }, "query failed");
  }
  logQuerySlow(time: number, query: string): void {
    this.logger.warn({ time, statement: statementKind(query) }, "slow query");
  }
  logSchemaBuild(): void {}
  logMigration(message: string): void {
    this.logger.info({ migration: message }, "migration");
  }
  log(level: "log" | "info" | "warn", message: unknown): void {
    if (level === "warn") this.logger.warn({ message }, "typeorm");
  }
}

export interface SubgraphDataSourceOptions {
  url: string;
  /** The PostgreSQL schema this subgraph owns; nothing else writes to it. */
  schema: string;
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  entities: MixedList<Function | string | EntitySchema>;
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  migrations: MixedList<Function | string>;
  poolSize: number;
  log: Logger;
  counter?: StatementCounter;
}

export function createSubgraphDataSource(options: SubgraphDataSourceOptions): DataSource {
  return new DataSource({
    type: "postgres",
    url: options.url,
    schema: options.schema,
    entities: options.entities,
    migrations: options.migrations,
    migrationsTableName: "migrations",
    migrationsTransactionMode: "each",
    synchronize: false,
    poolSize: options.poolSize,
    applicationName: `hub-${options.schema}`,
    logging: ["query", "error", "warn", "migration"],
    maxQueryExecutionTime: 1000,
    // Word similarity above 0.5 counts as a match for `<%` (pg_trgm's default 0.6 misses a one-letter
    // typo in a short Azerbaijani word such as "proqrami" typed "programi").
    extra: { options: "-c pg_trgm.word_similarity_threshold=0.5" },
    logger: new HubTypeOrmLogger(options.log, options.counter ?? new StatementCounter()),
  });
}

/**
 * Creates the subgraph's schema (TypeORM keeps its migrations table inside it, so the schema must exist
 * first) and runs pending migrations, each in its own transaction.
 */
export async function migrate(dataSource: DataSource, schema: string): Promise<string[]> {
  await dataSource.query(`CREATE SCHEMA IF NOT EXISTS "${schema}"`);
  const applied = await dataSource.runMigrations({ transaction: "each" });
  return applied.map((migration) => migration.name);
}

/**
 * TypeORM's postgres `query()` returns `[rows, rowCount]` for UPDATE and DELETE but plain rows for
 * SELECT and INSERT; this gives the rows of a `... RETURNING` statement either way.
 */
export function returnedRows<T>(result: unknown): T[] {
  if (Array.isArray(result) && result.length === 2 && Array.isArray(result[0]) && typeof result[1] === "number") return result[0] as T[];
  return result as T[];
}
