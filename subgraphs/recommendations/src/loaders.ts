import DataLoader from "dataloader";
import type { DataSource } from "typeorm";
import { loadByKey, loadGroupedBy } from "#shared/subgraph/batch-loaders";
import type { SubgraphContext } from "#shared/subgraph/context";
import { Indicator, IndicatorAssessment, IndicatorItem } from "./indicator/indicator";
import { Recommendation } from "./recommendation/recommendation";
import { RecommendationSource } from "./recommendation/recommendation-source";
import { Evidence } from "./status/evidence";
import { StatusUpdate } from "./status/status-update";
import { IndicatorCriterionTranslation } from "./translation/indicator-criterion-translation";
import { RecommendationTranslation } from "./translation/recommendation-translation";

/** Recommendation ids per referenced record (agreement or MLA request), from links and evidence. */
function recommendationIdsBy(dataSource: DataSource, sql: string) {
  return new DataLoader<string, string[]>(async (keys) => {
    const rows: { key: string; recommendation_id: string }[] = await dataSource.query(sql, [[...keys]]);
    return keys.map((key) => [...new Set(rows.filter((row) => row.key === key).map((row) => row.recommendation_id))]);
  });
}

export function createRecommendationsLoaders(dataSource: DataSource) {
  return {
    recommendation: loadByKey(dataSource, Recommendation, "id"),
    source: loadByKey(dataSource, RecommendationSource, "id"),
    statusUpdate: loadByKey(dataSource, StatusUpdate, "id"),
    updatesByRecommendation: loadGroupedBy(dataSource, StatusUpdate, "recommendationId", { recordedAt: "ASC", id: "ASC" }),
    evidenceByUpdate: loadGroupedBy(dataSource, Evidence, "statusUpdateId", { id: "ASC" }),
    itemsByIndicator: loadGroupedBy(dataSource, IndicatorItem, "indicatorId", { dimension: "DESC", level: "ASC" }),
    assessmentsByItem: loadGroupedBy(dataSource, IndicatorAssessment, "itemId", { reportingPeriod: "ASC", recordedAt: "ASC" }),
    /** Institution links per recommendation, by organisation id. */
    institutionsByRecommendation: new DataLoader<string, { organizationId: string; namedAs: string }[]>(async (ids) => {
      const rows: { recommendation_id: string; organization_id: string; named_as: string }[] = await dataSource.query(
        `SELECT recommendation_id, organization_id, named_as FROM recommendations.recommendation_institution
          WHERE recommendation_id = ANY($1) ORDER BY organization_id`,
        [[...ids]],
      );
      return ids.map((id) => rows.filter((r) => r.recommendation_id === id).map((r) => ({ organizationId: r.organization_id, namedAs: r.named_as })));
    }),
    indicator: loadByKey(dataSource, Indicator, "id"),
    translationsByRecommendation: loadGroupedBy(dataSource, RecommendationTranslation, "recommendationId", { id: "ASC" }),
    translationsByIndicatorItem: loadGroupedBy(dataSource, IndicatorCriterionTranslation, "itemId", { id: "ASC" }),
    recommendationIdsByAgreement: recommendationIdsBy(
      dataSource,
      `SELECT agreement_id AS key, recommendation_id FROM recommendations.recommendation_agreement WHERE agreement_id = ANY($1)
       UNION SELECT e.agreement_id, u.recommendation_id FROM recommendations.evidence e
         JOIN recommendations.status_update u ON u.id = e.status_update_id WHERE e.agreement_id = ANY($1)`,
    ),
    recommendationIdsByMlaRequest: recommendationIdsBy(
      dataSource,
      `SELECT e.mla_request_id::text AS key, u.recommendation_id FROM recommendations.evidence e
         JOIN recommendations.status_update u ON u.id = e.status_update_id WHERE e.mla_request_id::text = ANY($1)`,
    ),
  };
}

export type RecommendationsLoaders = ReturnType<typeof createRecommendationsLoaders>;
export type RecommendationsContext = SubgraphContext<RecommendationsLoaders>;
