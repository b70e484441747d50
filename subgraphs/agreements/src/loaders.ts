import DataLoader from "dataloader";
import { In, type DataSource, type ObjectLiteral, type EntityTarget } from "typeorm";
import type { SubgraphContext } from "../../../shared/src/subgraph/context";
import { Agreement } from "./agreement/agreement";
import { Country } from "./country/country";
import { Party } from "./agreement/party";
import { Organization } from "./organization/organization";

/** One loader per entity and request: references and lookups become one `WHERE key = ANY(...)` each. */
function byKey<E extends ObjectLiteral>(dataSource: DataSource, entity: EntityTarget<E>, key: keyof E & string) {
  return new DataLoader<string, E | null>(async (keys) => {
    const rows = await dataSource.getRepository(entity).findBy({ [key]: In([...keys]) } as never);
    const found = new Map(rows.map((row) => [String(row[key]), row]));
    return keys.map((k) => found.get(k) ?? null);
  });
}

/** Groups rows by a column: all the parties of each agreement in one statement. */
function groupedBy<E extends ObjectLiteral>(dataSource: DataSource, entity: EntityTarget<E>, key: keyof E & string) {
  return new DataLoader<string, E[]>(async (keys) => {
    const rows = await dataSource.getRepository(entity).find({ where: { [key]: In([...keys]) } as never, order: { id: "ASC" } as never });
    const groups = new Map<string, E[]>(keys.map((k) => [k, []]));
    for (const row of rows) groups.get(String(row[key]))?.push(row);
    return keys.map((k) => groups.get(k) ?? []);
  });
}

export function createAgreementsLoaders(dataSource: DataSource) {
  return {
    agreement: byKey(dataSource, Agreement, "id"),
    country: byKey(dataSource, Country, "code"),
    organization: byKey(dataSource, Organization, "id"),
    partiesByAgreement: groupedBy(dataSource, Party, "agreementId"),
    partiesByCountry: groupedBy(dataSource, Party, "countryCode"),
  };
}

export type AgreementsLoaders = ReturnType<typeof createAgreementsLoaders>;
export type AgreementsContext = SubgraphContext<AgreementsLoaders>;
