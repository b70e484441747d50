import DataLoader from "dataloader";
import { In, type DataSource } from "typeorm";
import type { SubgraphContext } from "../../../shared/src/subgraph/context";
import { Recommendation } from "./recommendation/recommendation";
import { RecommendationSource } from "./recommendation/recommendation-source";

export function createRecommendationsLoaders(dataSource: DataSource) {
  return {
    recommendation: new DataLoader<string, Recommendation | null>(async (ids) => {
      const rows = await dataSource.getRepository(Recommendation).findBy({ id: In([...ids]) });
      const found = new Map(rows.map((row) => [row.id, row]));
      return ids.map((id) => found.get(id) ?? null);
    }),
    source: new DataLoader<string, RecommendationSource | null>(async (ids) => {
      const rows = await dataSource.getRepository(RecommendationSource).findBy({ id: In([...ids]) });
      const found = new Map(rows.map((row) => [row.id, row]));
      return ids.map((id) => found.get(id) ?? null);
    }),
    /** Two statements for every agreement on the page: the links, then the recommendations they name. */
    recommendationsByAgreement: new DataLoader<string, Recommendation[]>(async (agreementIds) => {
      const links: { agreement_id: string; recommendation_id: string }[] = await dataSource.query(
        `SELECT agreement_id, recommendation_id FROM recommendations.recommendation_agreement
          WHERE agreement_id = ANY($1) ORDER BY recommendation_id`,
        [[...agreementIds]],
      );
      const ids = [...new Set(links.map((link) => link.recommendation_id))];
      const rows = ids.length ? await dataSource.getRepository(Recommendation).findBy({ id: In(ids) }) : [];
      const byId = new Map(rows.map((row) => [row.id, row]));
      const groups = new Map<string, Recommendation[]>(agreementIds.map((id) => [id, []]));
      for (const link of links) {
        const recommendation = byId.get(link.recommendation_id);
        if (recommendation) groups.get(link.agreement_id)?.push(recommendation);
      }
      return agreementIds.map((id) => groups.get(id) ?? []);
    }),
  };
}

export type RecommendationsLoaders = ReturnType<typeof createRecommendationsLoaders>;
export type RecommendationsContext = SubgraphContext<RecommendationsLoaders>;
