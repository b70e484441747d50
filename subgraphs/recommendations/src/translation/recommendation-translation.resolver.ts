import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Resolver, Root } from "type-graphql";
import { PartnerVisible } from "#shared/subgraph/partner-visible";
import type { RecommendationsContext } from "../loaders";
import { Recommendation } from "../recommendation/recommendation";
import { RecommendationTranslation, TranslationInput } from "./recommendation-translation";
import { RecommendationTranslations, unofficialTexts } from "./recommendation-translation.service";

@Resolver(() => Recommendation)
export class RecommendationTranslationResolver {
  @PartnerVisible()
  @FieldResolver(() => [RecommendationTranslation], {
    description: "Staff translations of the text, the newest per language, only in languages the source gives no text in (the source's text always wins). Show them marked unofficial.",
  })
  async unofficialTexts(@Root() recommendation: Recommendation, @Ctx() { loaders }: RecommendationsContext) {
    return unofficialTexts(recommendation, await loaders.translationsByRecommendation.load(recommendation.id));
  }

  @Authorized("officer")
  @Mutation(() => Recommendation, {
    description: "Add an unofficial translation of the text in a language the source does not give it in, kept with who and when (officer; admins too).",
  })
  addRecommendationTranslation(
    @Ctx() { db, identity }: RecommendationsContext,
    @Arg("recommendationId", () => ID) recommendationId: string,
    @Arg("input", () => TranslationInput) input: TranslationInput,
  ) {
    return new RecommendationTranslations(db, identity).add(recommendationId, input);
  }
}
