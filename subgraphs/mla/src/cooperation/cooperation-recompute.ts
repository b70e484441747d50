import type { DataSource } from "typeorm";

export interface RecomputeSummary {
  requests: number;
  outcomes: number;
  /** Rows of each figure table after the rebuild. */
  figureRows: Record<string, number>;
  /** Maintained rows that differed from the rebuild: 0 unless a write went around the triggers. */
  differences: number;
  milliseconds: number;
}

/**
 * Rebuilds every cooperation figure from the base tables (mla.recompute_cooperation(), in one
 * transaction; readers wait for it) and reports how far the maintained figures had drifted.
 */
export async function recomputeCooperationFigures(dataSource: DataSource): Promise<RecomputeSummary> {
  const started = Date.now();
  const [{ summary }]: { summary: Omit<RecomputeSummary, "milliseconds"> }[] = await dataSource.query(`SELECT mla.recompute_cooperation() AS summary`);
  return { ...summary, milliseconds: Date.now() - started };
}
