import type { DataSource } from "typeorm";
import { offsetFromCursor, pageSize, toConnection, type Connection } from "#shared/subgraph/connection";
import { azSearchCondition, azSearchRank, checkSearchText } from "#shared/database/az-search";
import { LegalAct } from "./legal-act";
import type { LegalActFilter } from "./legal-act.filter";
import { legalActOrderBy, type LegalActOrder } from "./legal-act.order";

export class LegalActService {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * By date of adoption (undated last), then id; ranked by relevance when searching. Cursors are offsets,
   * as for agreements. Two statements a page.
   */
  async list(filter: LegalActFilter = {}, first?: number, after?: string, orderBy?: LegalActOrder | null): Promise<Connection<LegalAct>> {
    const size = pageSize(first);
    const offset = offsetFromCursor(after);
    const query = this.dataSource.getRepository(LegalAct).createQueryBuilder("l");
    if (filter.kind) query.andWhere("l.kind = :kind", { kind: filter.kind });
    const text = checkSearchText(filter.text);
    if (orderBy) {
      const { expression, direction } = legalActOrderBy(orderBy);
      if (text) query.andWhere(azSearchCondition("agreements", "l.search_document"), { q: text });
      query.orderBy(expression, direction, "NULLS LAST").addOrderBy("l.id", "ASC");
    } else if (text) {
      query
        .andWhere(azSearchCondition("agreements", "l.search_document"), { q: text })
        // An act whose number is the text ("609-IVQD", "144-1") comes first.
        .orderBy(`(CASE WHEN agreements.az_fold(l.number) = agreements.az_fold(:q) THEN 3 ELSE 0 END
          + ${azSearchRank("agreements", "agreements.az_fold(coalesce(l.number, '') || ' ' || l.title_az)", "l.search_document")})`, "DESC")
        .addOrderBy("l.id", "ASC");
    } else {
      query.orderBy("l.adopted_on", "ASC", "NULLS LAST").addOrderBy("l.id", "ASC");
    }
    const [nodes, totalCount] = await query.offset(offset).limit(size + 1).getManyAndCount();
    return toConnection(nodes, size, { hasPreviousPage: offset > 0, totalCount, position: (_node, index) => [offset + index + 1] });
  }
}
