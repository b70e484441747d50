import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import type { DataSource, EntityManager } from "typeorm";
import { parse } from "yaml";

export interface SeedFileResult {
  file: string;
  loaded: boolean;
}

/**
 * Seeds are YAML files loaded once per content: a file is applied when its hash is not yet in
 * `<schema>.seed_log`. Rows are inserted with ON CONFLICT DO NOTHING, so reloading a changed file adds
 * its new records without touching what staff have edited since.
 */
export async function loadSeedDirectory(
  dataSource: DataSource,
  schema: string,
  dir: string,
  apply: (manager: EntityManager, document: unknown, file: string) => Promise<void>,
): Promise<SeedFileResult[]> {
  const files = readdirSync(dir)
    .filter((name) => name.endsWith(".yaml"))
    .sort();
  const results: SeedFileResult[] = [];
  for (const file of files) {
    const text = readFileSync(path.join(dir, file), "utf8");
    const sha256 = createHash("sha256").update(text).digest("hex");
    const loaded = await dataSource.transaction(async (manager) => {
      const seen = await manager.query(`SELECT 1 FROM "${schema}".seed_log WHERE file = $1 AND sha256 = $2`, [file, sha256]);
      if (seen.length > 0) return false;
      await apply(manager, parse(text), file);
      await manager.query(
        `INSERT INTO "${schema}".seed_log (file, sha256) VALUES ($1, $2)
         ON CONFLICT (file) DO UPDATE SET sha256 = EXCLUDED.sha256, loaded_at = now()`,
        [file, sha256],
      );
      return true;
    });
    results.push({ file, loaded });
  }
  return results;
}

/** Inserts rows given as column → value maps; a row whose key (any unique index) exists is left as it is. */
export async function insertIgnoringExisting(manager: EntityManager, table: string, rows: Record<string, unknown>[]): Promise<void> {
  if (rows.length === 0) return;
  const columns = Object.keys(rows[0]);
  const params: unknown[] = [];
  const values = rows.map((row) => {
    const placeholders = columns.map((column) => {
      params.push(row[column] ?? null);
      return `$${params.length}`;
    });
    return `(${placeholders.join(", ")})`;
  });
  await manager.query(
    `INSERT INTO ${table} (${columns.map((c) => `"${c}"`).join(", ")}) VALUES ${values.join(", ")}
     ON CONFLICT DO NOTHING`,
    params,
  );
}
