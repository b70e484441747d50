import DataLoader from "dataloader";
import { In, type DataSource, type EntityTarget, type ObjectLiteral } from "typeorm";
import type { SubgraphContext } from "../../../shared/src/subgraph/context";
import { Indicator, IndicatorAssessment, IndicatorItem } from "./indicator/indicator";
import { Recommendation } from "./recommendation/recommendation";
import { RecommendationSource } from "./recommendation/recommendation-source";
import { Evidence } from "./status/evidence";
import { StatusUpdate } from "./status/status-update";

function byId<E extends ObjectLiteral & { id: string }>(dataSource: DataSource, entity: EntityTarget<E>) {
  return new DataLoader<string, E | null>(async (ids) => {
    const rows = await dataSource.getRepository(entity).findBy({ id: In([...ids]) } as never);
    const found = new Map(rows.map((row) => [row.id, row]));
    return ids.map((id) => found.get(id) ?? null);
  });
}

function grouped<E extends ObjectLiteral>(dataSource: DataSource, entity: EntityTarget<E>, key: keyof E & string, order: Record<string, "ASC" | "DESC">) {
  return new DataLoader<string, E[]>(async (keys) => {
    const rows = await dataSource.getRepository(entity).find({ where: { [key]: In([...keys]) } as never, order: order as never });
    const groups = new Map<string, E[]>(keys.map((k) => [k, []]));
    for (const row of rows) groups.get(String(row[key]))?.push(row);
    return keys.map((k) => groups.get(k) ?? []);
  });
}

/** Recommendation ids per referenced record (agreement or MLA request), from links and evidence. */
function recommendationIdsBy(dataSource: DataSource, sql: string) {
  return new DataLoader<string, string[]>(async (keys) => {
    const rows: { key: string; recommendation_id: string }[] = await dataSource.query(sql, [[...keys]]);
    return keys.map((key) => [...new Set(rows.filter((row) => row.key === key).map((row) => row.recommendation_id))]);
  });
}

export function createRecommendationsLoaders(dataSource: DataSource) {
  return {
    recommendation: byId(dataSource, Recommendation),
    source: byId(dataSource, RecommendationSource),
    statusUpdate: byId(dataSource, StatusUpdate),
    updatesByRecommendation: grouped(dataSource, StatusUpdate, "recommendationId", { recordedAt: "ASC", id: "ASC" }),
    evidenceByUpdate: grouped(dataSource, Evidence, "statusUpdateId", { id: "ASC" }),
    itemsByIndicator: grouped(dataSource, IndicatorItem, "indicatorId", { dimension: "DESC", level: "ASC" }),
    assessmentsByItem: grouped(dataSource, IndicatorAssessment, "itemId", { recordedAt: "ASC" }),
    indicator: byId(dataSource, Indicator),
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
