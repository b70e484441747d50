import { suppressedCells, withheld } from "#shared/subgraph/small-cells";

interface Row {
  total: number | null;
  counts: { status: string; count: number | null }[];
}

/**
 * A progress row's counts add up to its published total: primary suppression of every count (and total)
 * from 1 to k-1, and never a single withheld count in the row. Each StatusCount carries its own marker.
 */
export function suppressProgress<T extends Row>(rows: T[], minCell: number | null): T[] {
  return rows.map((row) => {
    if (minCell === null) return { ...row, suppressed: [], counts: row.counts.map((c) => ({ ...c, suppressed: [] })) };
    const values: Record<string, number | null> = { total: row.total };
    for (const count of row.counts) values[`count:${count.status}`] = count.count;
    const hidden = suppressedCells(values, minCell, [{ left: row.counts.map((c) => `count:${c.status}`), right: ["total"] }]);
    return {
      ...withheld(row, new Set(hidden.has("total") ? ["total"] : [])),
      counts: row.counts.map((c) => withheld(c, new Set(hidden.has(`count:${c.status}`) ? ["count"] : []))),
    };
  });
}
