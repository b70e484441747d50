import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from "type-graphql";
import type { RecommendationsContext } from "../loaders";
import { Statistic } from "../statistic/statistic";
import { StatusRecorder } from "../status/status-recorder.service";
import { IndicatorAssessmentInput } from "../status/status-update.input";
import { Indicator, IndicatorAssessment, IndicatorItem } from "./indicator";
import { PartnerVisible } from "#shared/subgraph/partner-visible";

@Resolver(() => Indicator)
export class IndicatorResolver {
  @PartnerVisible()
  @Query(() => [Indicator], { description: "The needs assessment's indicators 4.5 and 5.1-5.5." })
  indicators(@Ctx() { db }: RecommendationsContext) {
    return db.getRepository(Indicator).find({ order: { id: "ASC" } });
  }

  @PartnerVisible()
  @FieldResolver(() => [IndicatorItem], { description: "Framework and operational criteria, level 1 and 2." })
  items(@Root() indicator: Indicator, @Ctx() { loaders }: RecommendationsContext) {
    return loaders.itemsByIndicator.load(indicator.id);
  }

  @PartnerVisible()
  @Query(() => [Statistic], { description: "Yearly figures reported by the sources (TIP report)." })
  statistics(
    @Ctx() { db }: RecommendationsContext,
    @PartnerVisible() @Arg("metric", () => String, { nullable: true }) metric?: string,
    @Arg("year", () => Int, { nullable: true }) year?: number,
  ) {
    return db.getRepository(Statistic).find({
      where: { ...(metric ? { metric } : {}), ...(year ? { year } : {}) },
      order: { metric: "ASC", year: "ASC", category: "ASC" },
    });
  }

  @Authorized("officer")
  @Mutation(() => IndicatorAssessment, { description: "Record an indicator criterion's status for a reporting period (officer)." })
  assessIndicator(
    @Ctx() { db, identity, peers }: RecommendationsContext,
    @Arg("itemId", () => ID) itemId: string,
    @Arg("input", () => IndicatorAssessmentInput) input: IndicatorAssessmentInput,
  ) {
    return new StatusRecorder(db, identity, peers).assessIndicator(itemId, input);
  }
}

@Resolver(() => IndicatorItem)
export class IndicatorItemResolver {
  @PartnerVisible()
  @FieldResolver(() => [IndicatorAssessment], { description: "Assessments per reporting period, oldest first." })
  assessments(@Root() item: IndicatorItem, @Ctx() { loaders }: RecommendationsContext) {
    return loaders.assessmentsByItem.load(item.id);
  }

  @PartnerVisible()
  @FieldResolver(() => Indicator)
  indicator(@Root() item: IndicatorItem, @Ctx() { loaders }: RecommendationsContext) {
    return loaders.indicator.load(item.indicatorId);
  }
}
