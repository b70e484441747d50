import { buildFederatedSchema } from "#shared/subgraph/federated-schema";
import type { SubgraphModule } from "#shared/subgraph/subgraph";
import { Agreement } from "./agreement/agreement";
import { AgreementRecommendationsResolver, MlaRequestRecommendationsResolver } from "./agreement/agreement.resolver";
import { Measure, MlaRequest, Organization } from "./agreement/references";
import { Indicator, IndicatorAssessment, IndicatorItem } from "./indicator/indicator";
import { IndicatorItemResolver, IndicatorResolver } from "./indicator/indicator.resolver";
import { createRecommendationsLoaders, type RecommendationsContext, type RecommendationsLoaders } from "./loaders";
import { RecommendationsFoundation1763830000000 } from "./migrations/1763830000000-RecommendationsFoundation";
import { RecommendationsModel1763860000000 } from "./migrations/1763860000000-RecommendationsModel";
import { RecommendationsSources1764100000001 } from "./migrations/1764100000001-RecommendationsSources";
import { Recommendation } from "./recommendation/recommendation";
import { RecommendationSource } from "./recommendation/recommendation-source";
import { RecommendationResolver } from "./recommendation/recommendation.resolver";
import { seedRecommendations } from "./seeds";
import { statusUpdateImporter } from "./import/status-update.importer";
import { RecommendationsImport1764310000000 } from "./migrations/1764310000000-RecommendationsImport";
import { Statistic } from "./statistic/statistic";
import { Evidence } from "./status/evidence";
import { StatusUpdate } from "./status/status-update";
import { EvidenceResolver, StatusUpdateResolver } from "./status/status-update.resolver";
import { RecommendationTranslations1764700000020 } from "./migrations/1764700000020-RecommendationTranslations";
import { RecommendationTranslation } from "./translation/recommendation-translation";
import { RecommendationTranslationResolver } from "./translation/recommendation-translation.resolver";
import { IndicatorCriterionTranslations1765000000001 } from "./migrations/1765000000001-IndicatorCriterionTranslations";
import { IndicatorCriterionTranslation } from "./translation/indicator-criterion-translation";
import { IndicatorCriterionTranslationResolver } from "./translation/indicator-criterion-translation.resolver";

/** Owns monitoring bodies' recommendations, their status over time and evidence (schema `recommendations`). */
export const recommendationsSubgraph: SubgraphModule<RecommendationsLoaders> = {
  name: "recommendations",
  entities: [Recommendation, RecommendationSource, StatusUpdate, Evidence, Indicator, IndicatorItem, IndicatorAssessment, Statistic, RecommendationTranslation, IndicatorCriterionTranslation],
  migrations: [RecommendationsFoundation1763830000000, RecommendationsModel1763860000000, RecommendationsSources1764100000001, RecommendationsImport1764310000000,
    RecommendationTranslations1764700000020, IndicatorCriterionTranslations1765000000001],
  buildSchema: () =>
    buildFederatedSchema(
      {
        resolvers: [RecommendationResolver, StatusUpdateResolver, EvidenceResolver, IndicatorResolver, IndicatorItemResolver,
          AgreementRecommendationsResolver, MlaRequestRecommendationsResolver, RecommendationTranslationResolver,
          IndicatorCriterionTranslationResolver],
        orphanedTypes: [Agreement, MlaRequest, Measure, Organization, Recommendation],
      },
      {
        Agreement: { __resolveReference: (ref: { id: string }) => ref },
        MlaRequest: { __resolveReference: (ref: { id: string }) => ref },
        Measure: { __resolveReference: (ref: { id: string }) => ref },
        Organization: { __resolveReference: (ref: { id: string }) => ref },
        Recommendation: {
          __resolveReference: (ref: { id: string }, ctx: RecommendationsContext) => ctx.loaders.recommendation.load(ref.id),
        },
      },
    ),
  createLoaders: createRecommendationsLoaders,
  seed: (dataSource) => seedRecommendations(dataSource),
  importers: [statusUpdateImporter],
};
