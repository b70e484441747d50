import type { DataSource } from "typeorm";
import { azSearchCondition, azSearchRank, checkSearchText } from "#shared/database/az-search";
import { offsetFromCursor, pageSize, toConnection, type Connection } from "#shared/subgraph/connection";
import { Recommendation } from "./recommendation";
import type { RecommendationFilter } from "./recommendation.filter";
import { recommendationOrderBy, type RecommendationOrder } from "./recommendation.order";
import { CURRENT_STATUS_SQL } from "./current-status.sql";

export class RecommendationService {
  constructor(private readonly dataSource: DataSource) {}

  /** In each source's own order (section, position); ranked by relevance when searching. Two statements. */
  async list(filter: RecommendationFilter = {}, first?: number, after?: string, orderBy?: RecommendationOrder | null): Promise<Connection<Recommendation>> {
    const size = pageSize(first);
    const offset = offsetFromCursor(after);
    const query = this.dataSource.getRepository(Recommendation).createQueryBuilder("r");
    if (filter.sourceId) query.andWhere("r.source_id = :sourceId", { sourceId: filter.sourceId });
    if (filter.body) {
      query.andWhere("r.source_id IN (SELECT s.id FROM recommendations.recommendation_source s WHERE s.body = :body)", { body: filter.body });
    }
    if (filter.theme) query.andWhere("r.theme = :theme", { theme: filter.theme });
    if (filter.institution) {
      query.andWhere("EXISTS (SELECT 1 FROM recommendations.recommendation_institution i WHERE i.recommendation_id = r.id AND i.organization_id = :institution)", {
        institution: filter.institution,
      });
    }
    if (filter.status) query.andWhere(`${CURRENT_STATUS_SQL} = :status`, { status: filter.status });
    if (filter.reportingPeriod) {
      query.andWhere("EXISTS (SELECT 1 FROM recommendations.status_update u WHERE u.recommendation_id = r.id AND u.reporting_period = :period)", {
        period: filter.reportingPeriod,
      });
    }
    const text = checkSearchText(filter.text);
    if (orderBy) {
      if (text) query.andWhere(azSearchCondition("recommendations", "r.search_document"), { q: text });
      const { expression, direction } = recommendationOrderBy(orderBy);
      query.orderBy(expression, direction, "NULLS LAST").addOrderBy("r.source_id").addOrderBy("r.position").addOrderBy("r.id");
    } else if (text) {
      query
        .andWhere(azSearchCondition("recommendations", "r.search_document"), { q: text })
        .orderBy(azSearchRank("recommendations", "recommendations.az_fold(r.code || ' ' || coalesce(r.text_az, ''))", "r.search_document"), "DESC")
        .addOrderBy("r.id");
    } else {
      query.orderBy("r.source_id").addOrderBy("r.position").addOrderBy("r.id");
    }
    const [nodes, totalCount] = await query.offset(offset).limit(size + 1).getManyAndCount();
    return toConnection(nodes, size, { hasPreviousPage: offset > 0, totalCount, position: (_n, i) => [offset + i + 1] });
  }
}
