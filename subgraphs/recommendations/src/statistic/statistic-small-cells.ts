import { suppressedCells, withheld } from "#shared/subgraph/small-cells";

interface Figure {
  sourceId: string;
  metric: string;
  year: number;
  category: string;
  value: number | null;
}

const TOTAL = "TOTAL";

/**
 * A figure from 1 to k-1 is withheld. Within one source, metric and year the TOTAL is taken to be the sum
 * of the other categories (forced labour + sexual exploitation), so a withheld category is never left the
 * only one missing from that sum.
 */
export function suppressStatistics<T extends Figure>(figures: T[], minCell: number | null): T[] {
  if (minCell === null) return figures.map((figure) => ({ ...figure, suppressed: [] }));
  const groups = new Map<string, T[]>();
  for (const figure of figures) {
    const key = JSON.stringify([figure.sourceId, figure.metric, figure.year]);
    groups.set(key, [...(groups.get(key) ?? []), figure]);
  }
  const hidden = new Set<T>();
  for (const group of groups.values()) {
    const values = Object.fromEntries(group.map((figure, i) => [String(i), figure.value]));
    const total = group.findIndex((figure) => figure.category === TOTAL);
    const parts = group.map((_, i) => String(i)).filter((i) => Number(i) !== total);
    const relations = total >= 0 && parts.length > 0 ? [{ left: parts, right: [String(total)] }] : [];
    for (const i of suppressedCells(values, minCell, relations)) hidden.add(group[Number(i)]);
  }
  return figures.map((figure) => withheld(figure, new Set(hidden.has(figure) ? ["value"] : [])));
}
