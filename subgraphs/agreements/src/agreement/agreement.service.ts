import type { DataSource, SelectQueryBuilder } from "typeorm";
import { azSearchCondition, azSearchRank, checkSearchText } from "#shared/database/az-search";
import { UserInputError } from "#shared/errors";
import { offsetFromCursor, pageSize, toConnection, type Connection } from "#shared/subgraph/connection";
import { Agreement, Lang } from "./agreement";
import type { AgreementFilter } from "./agreement.filter";
import { agreementOrderBy, type AgreementOrder } from "./agreement.order";

export function agreementTitleSource(agreement: Agreement, lang: Lang): string | null {
  if (lang === Lang.EN) return agreement.titleEn ? agreement.titleEnSource : null;
  if (lang === Lang.RU) return agreement.titleRu ? agreement.titleRuSource : null;
  return agreement.titleAz ? agreement.source : null;
}

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

function applyFilter(query: SelectQueryBuilder<Agreement>, filter: AgreementFilter): void {
  if (filter.kind) query.andWhere("a.kind = :kind", { kind: filter.kind });
  if (filter.organizationId) {
    query.andWhere(
      `(a.framework_organization_id = :organizationId OR EXISTS (SELECT 1 FROM agreements.party po WHERE po.agreement_id = a.id AND po.organization_id = :organizationId))`,
      { organizationId: filter.organizationId },
    );
  }
  if (filter.partyCountry || filter.partyStatus) {
    const conditions = ["p.agreement_id = a.id"];
    if (filter.partyCountry) conditions.push("p.country_code = :partyCountry");
    if (filter.partyStatus) conditions.push("p.status = :partyStatus");
    query.andWhere(`EXISTS (SELECT 1 FROM agreements.party p WHERE ${conditions.join(" AND ")})`, {
      partyCountry: filter.partyCountry?.toUpperCase(),
      partyStatus: filter.partyStatus,
    });
  }
  if (filter.topic) query.andWhere(":topic = ANY(a.topics)", { topic: filter.topic });
  if (filter.inForceDuring) {
    const { from, to } = filter.inForceDuring;
    if (from && to && from > to) throw new UserInputError("filter.inForceDuring", "from must not be after to");
    query.andWhere("coalesce(a.entered_into_force_on, a.signed_on, a.adopted_on) IS NOT NULL");
    if (to) query.andWhere("coalesce(a.entered_into_force_on, a.signed_on, a.adopted_on) <= :periodTo", { periodTo: to });
    if (from) query.andWhere("(a.period_to IS NULL OR a.period_to >= :periodFrom)", { periodFrom: from });
  }
}

export class AgreementService {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * Filtered, searched, paged. Cursors are offsets into the ordering (rank for searches, id otherwise):
   * the list is small and the ordering by rank has no stable key. Two statements whatever the page.
   */
  async list(filter: AgreementFilter = {}, first?: number, after?: string, orderBy?: AgreementOrder | null): Promise<Connection<Agreement>> {
    const size = pageSize(first);
    const offset = offsetFromCursor(after);
    const query = this.dataSource.getRepository(Agreement).createQueryBuilder("a");
    applyFilter(query, filter);
    const text = checkSearchText(filter.text);
    if (text) query.andWhere(azSearchCondition("agreements", "a.search_document"), { q: text });
    if (orderBy) {
      // A column the user chose wins over relevance; empty values last either way.
      const { expression, direction } = agreementOrderBy(orderBy);
      query.orderBy(expression, direction, "NULLS LAST");
      // TypeORM keys ORDER BY terms by expression: the tie-breaker only when it is another column.
      if (expression !== "a.id") query.addOrderBy("a.id", "ASC");
    } else if (text) {
      query.orderBy(azSearchRank("agreements", "a.title_document", "a.search_document"), "DESC").addOrderBy("a.id", "ASC");
    } else {
      query.orderBy("a.id", "ASC");
    }
    const [nodes, totalCount] = await query.offset(offset).limit(size + 1).getManyAndCount();
    return toConnection(nodes, size, { hasPreviousPage: offset > 0, totalCount, position: (_node, index) => [offset + index + 1] });
  }
}
