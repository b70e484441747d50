import type { EntityManager } from "typeorm";
import { ChangedWhileImportingError } from "#shared/import/importer";

/** Imports into the mla subgraph run one at a time: two files naming the same new request cannot race. */
export async function lockForImport(manager: EntityManager): Promise<void> {
  await manager.query(`SELECT pg_advisory_xact_lock(hashtext('mla-import'))`);
}

/**
 * A unique key taken meanwhile (someone created the same request through the console while the file was
 * checked) means the plan is stale: nothing is written and the user imports again.
 */
export function rethrowConcurrentChange(error: unknown): never {
  const code = (error as { code?: string; driverError?: { code?: string } }).driverError?.code ?? (error as { code?: string }).code;
  if (code === "23505") throw new ChangedWhileImportingError();
  throw error;
}
