import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import type { RecommendationsContext } from "../loaders";
import { Recommendation } from "../recommendation/recommendation";
import { Agreement } from "./agreement";

@Resolver(() => Agreement)
export class AgreementRecommendationsResolver {
  @FieldResolver(() => [Recommendation], { description: "Recommendations that concern this agreement (recommendations subgraph)." })
  recommendations(@Root() agreement: Agreement, @Ctx() { loaders }: RecommendationsContext) {
    return loaders.recommendationsByAgreement.load(agreement.id);
  }
}
