import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from "type-graphql";
import type { RecommendationsContext } from "../loaders";
import { Recommendation } from "./recommendation";
import { RecommendationSource } from "./recommendation-source";

@Resolver(() => Recommendation)
export class RecommendationResolver {
  @Query(() => [Recommendation], { description: "Recommendations, by source and in the source's own order." })
  recommendations(@Ctx() { db }: RecommendationsContext, @Arg("sourceId", () => ID, { nullable: true }) sourceId?: string) {
    return db.getRepository(Recommendation).find({ where: sourceId ? { sourceId } : {}, order: { sourceId: "ASC", code: "ASC" } });
  }

  @Query(() => Recommendation, { nullable: true })
  recommendation(@Ctx() { loaders }: RecommendationsContext, @Arg("id", () => ID) id: string) {
    return loaders.recommendation.load(id);
  }

  @Query(() => [RecommendationSource])
  recommendationSources(@Ctx() { db }: RecommendationsContext) {
    return db.getRepository(RecommendationSource).find({ order: { id: "ASC" } });
  }

  @FieldResolver(() => RecommendationSource)
  source(@Root() recommendation: Recommendation, @Ctx() { loaders }: RecommendationsContext) {
    return loaders.source.load(recommendation.sourceId);
  }
}
