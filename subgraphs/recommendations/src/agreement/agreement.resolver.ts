import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import type { RecommendationsContext } from "../loaders";
import { Recommendation } from "../recommendation/recommendation";
import { Agreement } from "./agreement";
import { MlaRequest } from "./references";
import { PartnerVisible } from "#shared/subgraph/partner-visible";

async function recommendations(ids: string[], { loaders }: RecommendationsContext): Promise<Recommendation[]> {
  return (await loaders.recommendation.loadMany(ids)).filter((r): r is Recommendation => r instanceof Recommendation);
}

@Resolver(() => Agreement)
export class AgreementRecommendationsResolver {
  @PartnerVisible()
  @FieldResolver(() => [Recommendation], { description: "Recommendations that concern this agreement or name it as evidence (recommendations subgraph)." })
  async recommendations(@Root() agreement: Agreement, @Ctx() context: RecommendationsContext) {
    return recommendations(await context.loaders.recommendationIdsByAgreement.load(agreement.id), context);
  }
}

@Resolver(() => MlaRequest)
export class MlaRequestRecommendationsResolver {
  @FieldResolver(() => [Recommendation], { description: "Recommendations whose status updates cite this request as evidence (recommendations subgraph)." })
  async evidenceFor(@Root() request: MlaRequest, @Ctx() context: RecommendationsContext) {
    return recommendations(await context.loaders.recommendationIdsByMlaRequest.load(request.id), context);
  }
}
