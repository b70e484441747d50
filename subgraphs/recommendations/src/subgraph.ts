import { buildFederatedSchema } from "../../../shared/src/subgraph/federated-schema";
import type { SubgraphModule } from "../../../shared/src/subgraph/subgraph";
import { Agreement } from "./agreement/agreement";
import { AgreementRecommendationsResolver } from "./agreement/agreement.resolver";
import { createRecommendationsLoaders, type RecommendationsContext, type RecommendationsLoaders } from "./loaders";
import { RecommendationsFoundation1763830000000 } from "./migrations/1763830000000-RecommendationsFoundation";
import { Recommendation } from "./recommendation/recommendation";
import { RecommendationSource } from "./recommendation/recommendation-source";
import { RecommendationResolver } from "./recommendation/recommendation.resolver";
import { seedRecommendations } from "./seeds";

/** Owns monitoring bodies' recommendations and their evidence (schema `recommendations`). */
export const recommendationsSubgraph: SubgraphModule<RecommendationsLoaders> = {
  name: "recommendations",
  entities: [Recommendation, RecommendationSource],
  migrations: [RecommendationsFoundation1763830000000],
  buildSchema: () =>
    buildFederatedSchema(
      { resolvers: [RecommendationResolver, AgreementRecommendationsResolver], orphanedTypes: [Agreement, Recommendation] },
      {
        Agreement: { __resolveReference: (ref: { id: string }) => ref },
        Recommendation: {
          __resolveReference: (ref: { id: string }, ctx: RecommendationsContext) => ctx.loaders.recommendation.load(ref.id),
        },
      },
    ),
  createLoaders: createRecommendationsLoaders,
  seed: (dataSource) => seedRecommendations(dataSource),
};
