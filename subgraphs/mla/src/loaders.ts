import DataLoader from "dataloader";
import { In, type DataSource } from "typeorm";
import type { SubgraphContext } from "../../../shared/src/subgraph/context";
import { MlaRequest } from "./mla-request/mla-request";

function requestsGroupedBy(dataSource: DataSource, column: "legalBasisAgreementId" | "counterpartCountryCode") {
  return new DataLoader<string, MlaRequest[]>(async (keys) => {
    const rows = await dataSource.getRepository(MlaRequest).find({
      where: { [column]: In([...keys]) },
      order: { openedOn: "DESC", reference: "ASC" },
    });
    const groups = new Map<string, MlaRequest[]>(keys.map((k) => [k, []]));
    for (const row of rows) groups.get(String(row[column]))?.push(row);
    return keys.map((k) => groups.get(k) ?? []);
  });
}

export function createMlaLoaders(dataSource: DataSource) {
  return {
    request: new DataLoader<string, MlaRequest | null>(async (ids) => {
      const rows = await dataSource.getRepository(MlaRequest).findBy({ id: In([...ids]) });
      const found = new Map(rows.map((row) => [row.id, row]));
      return ids.map((id) => found.get(id) ?? null);
    }),
    requestsByAgreement: requestsGroupedBy(dataSource, "legalBasisAgreementId"),
    requestsByCountry: requestsGroupedBy(dataSource, "counterpartCountryCode"),
  };
}

export type MlaLoaders = ReturnType<typeof createMlaLoaders>;
export type MlaContext = SubgraphContext<MlaLoaders>;
