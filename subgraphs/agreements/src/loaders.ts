import DataLoader from "dataloader";
import { In, type DataSource, type EntityTarget, type ObjectLiteral } from "typeorm";
import type { SubgraphContext } from "../../../shared/src/subgraph/context";
import { Agreement } from "./agreement/agreement";
import { AgreementChange } from "./agreement/agreement-change";
import { AgreementRelation, RelationDirection } from "./agreement/agreement-relation";
import { Party } from "./agreement/party";
import { Country } from "./country/country";
import { Measure } from "./measure/measure";
import { Organization } from "./organization/organization";

/** One loader per entity and request: references and lookups become one `WHERE key = ANY(...)` each. */
function byKey<E extends ObjectLiteral>(dataSource: DataSource, entity: EntityTarget<E>, key: keyof E & string) {
  return new DataLoader<string, E | null>(async (keys) => {
    const rows = await dataSource.getRepository(entity).findBy({ [key]: In([...keys]) } as never);
    const found = new Map(rows.map((row) => [String(row[key]), row]));
    return keys.map((k) => found.get(k) ?? null);
  });
}

function group<T>(keys: readonly string[], rows: T[], keyOf: (row: T) => string): T[][] {
  const groups = new Map<string, T[]>(keys.map((k) => [k, []]));
  for (const row of rows) groups.get(keyOf(row))?.push(row);
  return keys.map((k) => groups.get(k) ?? []);
}

/** Groups rows by a column: all the parties of each agreement in one statement. */
function groupedBy<E extends ObjectLiteral>(dataSource: DataSource, entity: EntityTarget<E>, key: keyof E & string, order: Record<string, "ASC" | "DESC">) {
  return new DataLoader<string, E[]>(async (keys) => {
    const rows = await dataSource.getRepository(entity).find({ where: { [key]: In([...keys]) } as never, order: order as never });
    return group(keys, rows, (row) => String(row[key]));
  });
}

export function createAgreementsLoaders(dataSource: DataSource) {
  return {
    agreement: byKey(dataSource, Agreement, "id"),
    country: byKey(dataSource, Country, "code"),
    organization: byKey(dataSource, Organization, "id"),
    measure: byKey(dataSource, Measure, "id"),
    partiesByAgreement: groupedBy(dataSource, Party, "agreementId", { id: "ASC" }),
    partiesByCountry: groupedBy(dataSource, Party, "countryCode", { id: "ASC" }),
    historyByAgreement: groupedBy(dataSource, AgreementChange, "agreementId", { id: "ASC" }),
    itemsByMeasure: groupedBy(dataSource, Measure, "parentId", { position: "ASC" }),
    /** Top-level measures only; sub-items come through `items`. */
    measuresByAgreement: new DataLoader<string, Measure[]>(async (ids) => {
      const rows = await dataSource
        .getRepository(Measure)
        .createQueryBuilder("m")
        .where("m.agreement_id = ANY(:ids) AND m.parent_id IS NULL", { ids: [...ids] })
        .orderBy("m.position")
        .getMany();
      return group(ids, rows, (m) => m.agreementId);
    }),
    /** Executor organisation ids per measure; the organisations themselves come through `organization`. */
    executorIdsByMeasure: new DataLoader<string, string[]>(async (ids) => {
      const rows: { measure_id: string; organization_id: string }[] = await dataSource.query(
        `SELECT measure_id::text, organization_id FROM agreements.measure_executor WHERE measure_id = ANY($1::bigint[]) ORDER BY organization_id`,
        [[...ids]],
      );
      return group(ids, rows, (row) => row.measure_id).map((links) => links.map((link) => link.organization_id));
    }),
    relationsByAgreement: new DataLoader<string, AgreementRelation[]>(async (ids) => {
      const rows = await dataSource.getRepository(AgreementRelation).find({
        where: [{ fromAgreementId: In([...ids]) }, { toAgreementId: In([...ids]) }],
        order: { id: "ASC" },
      });
      return ids.map((id) =>
        rows
          .filter((r) => r.fromAgreementId === id || r.toAgreementId === id)
          .map((r) => Object.assign(new AgreementRelation(), r, { direction: r.fromAgreementId === id ? RelationDirection.OUTGOING : RelationDirection.INCOMING })),
      );
    }),
  };
}

export type AgreementsLoaders = ReturnType<typeof createAgreementsLoaders>;
export type AgreementsContext = SubgraphContext<AgreementsLoaders>;
