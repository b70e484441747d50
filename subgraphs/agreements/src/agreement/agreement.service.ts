import type { DataSource } from "typeorm";
import { decodeCursor, pageSize, toConnection, type Connection } from "../../../../shared/src/subgraph/connection";
import { Agreement, Lang } from "./agreement";

export function agreementTitle(agreement: Agreement, lang: Lang): string | null {
  switch (lang) {
    case Lang.EN:
      return agreement.titleEn;
    case Lang.RU:
      return agreement.titleRu;
    default:
      return agreement.titleAz;
  }
}

export class AgreementService {
  constructor(private readonly dataSource: DataSource) {}

  /** Keyset pagination on id: stable under inserts, two statements whatever the page. */
  async list(first: number | undefined, after: string | undefined): Promise<Connection<Agreement>> {
    const size = pageSize(first);
    const repository = this.dataSource.getRepository(Agreement);
    const query = repository.createQueryBuilder("a").orderBy("a.id", "ASC").take(size + 1);
    if (after) query.where("a.id > :id", { id: String(decodeCursor(after)[0]) });
    const [nodes, totalCount] = await Promise.all([query.getMany(), repository.count()]);
    return toConnection(nodes, size, { hasPreviousPage: Boolean(after), totalCount, position: (a) => [a.id] });
  }
}
