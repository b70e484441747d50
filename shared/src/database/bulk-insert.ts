import type { EntityManager } from "typeorm";

/** A column's PostgreSQL type; arrays of text travel as array literals (unnest cannot take arrays of arrays). */
export type BulkType = "text" | "uuid" | "date" | "integer" | "numeric" | "boolean" | "text[]";

/** rows per statement: well under PostgreSQL's parameter and memory limits. */
const CHUNK = 5000;

function arrayLiteral(values: readonly string[]): string {
  return `{${values.map((value) => `"${value.replace(/\\/g, "\\\\").replace(/"/g, '\\"')}"`).join(",")}}`;
}

/**
 * Inserts many rows with one statement per 5000: each column travels as one array parameter and
 * `unnest` turns them back into rows. Returns the `returning` columns of every inserted row, in order.
 */
export async function bulkInsert<R = Record<string, unknown>>(
  manager: EntityManager,
  table: string,
  types: Record<string, BulkType>,
  rows: readonly Record<string, unknown>[],
  returning?: string,
): Promise<R[]> {
  const columns = Object.keys(types);
  const inserted: R[] = [];
  for (let start = 0; start < rows.length; start += CHUNK) {
    const chunk = rows.slice(start, start + CHUNK);
    const params = columns.map((column) =>
      chunk.map((row) => {
        const value = row[column] ?? null;
        return types[column] === "text[]" && value !== null ? arrayLiteral(value as string[]) : value;
      }),
    );
    const selected = columns.map((column, i) => (types[column] === "text[]" ? `u.c${i}::text[]` : `u.c${i}`));
    const arrays = columns.map((column, i) => `$${i + 1}::${types[column] === "text[]" ? "text" : types[column]}[]`);
    const result: R[] = await manager.query(
      `INSERT INTO ${table} (${columns.join(", ")})
       SELECT ${selected.join(", ")} FROM unnest(${arrays.join(", ")}) WITH ORDINALITY AS u(${columns.map((_, i) => `c${i}`).join(", ")}, n)
       ORDER BY u.n ${returning ? `RETURNING ${returning}` : ""}`,
      params,
    );
    if (returning) inserted.push(...result);
  }
  return inserted;
}
