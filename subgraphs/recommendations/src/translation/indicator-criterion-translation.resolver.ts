import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Resolver, Root } from "type-graphql";
import { PartnerVisible } from "#shared/subgraph/partner-visible";
import { IndicatorItem } from "../indicator/indicator";
import type { RecommendationsContext } from "../loaders";
import { IndicatorCriterionTranslation } from "./indicator-criterion-translation";
import { currentTranslations, IndicatorCriterionTranslations } from "./indicator-criterion-translation.service";
import { TranslationInput } from "./recommendation-translation";

@Resolver(() => IndicatorItem)
export class IndicatorCriterionTranslationResolver {
  @PartnerVisible()
  @FieldResolver(() => [IndicatorCriterionTranslation], {
    description: "Staff translations of the criterion (English, Russian), the current one per language. Show them marked unofficial, and only where no official text exists (the source's Azerbaijani always wins).",
  })
  async unofficialTexts(@Root() item: IndicatorItem, @Ctx() { loaders }: RecommendationsContext) {
    return currentTranslations(await loaders.translationsByIndicatorItem.load(item.id));
  }

  @Authorized("officer")
  @Mutation(() => IndicatorItem, {
    description: "Add an unofficial translation of an indicator criterion in English or Russian; it replaces the current one in that language, which is kept with who and when (officer; admins too).",
  })
  addIndicatorCriterionTranslation(
    @Ctx() { db, identity }: RecommendationsContext,
    @Arg("itemId", () => ID) itemId: string,
    @Arg("input", () => TranslationInput) input: TranslationInput,
  ) {
    return new IndicatorCriterionTranslations(db, identity).add(itemId, input);
  }
}
