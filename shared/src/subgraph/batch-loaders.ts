import DataLoader from "dataloader";
import { In, type DataSource, type EntityTarget, type ObjectLiteral } from "typeorm";

/** One entity per key, loaded for the whole batch with one `WHERE key IN (...)`. */
export function loadByKey<E extends ObjectLiteral>(dataSource: DataSource, entity: EntityTarget<E>, key: keyof E & string) {
  return new DataLoader<string, E | null>(async (keys) => {
    const rows = await dataSource.getRepository(entity).findBy({ [key]: In([...keys]) } as never);
    const found = new Map(rows.map((row) => [String(row[key]), row]));
    return keys.map((k) => found.get(k) ?? null);
  });
}

/** Rows grouped by a column (all parties of each agreement, all updates of each recommendation): one statement a batch. */
export function loadGroupedBy<E extends ObjectLiteral>(dataSource: DataSource, entity: EntityTarget<E>, key: keyof E & string, order: Record<string, "ASC" | "DESC">) {
  return new DataLoader<string, E[]>(async (keys) => {
    const rows = await dataSource.getRepository(entity).find({ where: { [key]: In([...keys]) } as never, order: order as never });
    return groupRows(keys, rows, (row) => String(row[key]));
  });
}

export function groupRows<T>(keys: readonly string[], rows: T[], keyOf: (row: T) => string): T[][] {
  const groups = new Map<string, T[]>(keys.map((k) => [k, []]));
  for (const row of rows) groups.get(keyOf(row))?.push(row);
  return keys.map((k) => groups.get(k) ?? []);
}
