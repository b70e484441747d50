import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Resolver, Root } from "type-graphql";
import { PartnerVisible } from "#shared/subgraph/partner-visible";
import { TranslationInput } from "../agreement/agreement-names.input";
import type { AgreementsContext } from "../loaders";
import { Measure } from "../measure/measure";
import { Obligation, ObligationKind } from "../obligation/obligation";
import { ReportingDuty } from "../obligation/reporting-duty";
import { TextTranslation } from "./text-translation";
import { currentTranslations, TextTranslations } from "./text-translation.service";

const SHOW_UNOFFICIAL = "Show them marked unofficial, and only where no official text exists (the source's Azerbaijani always wins).";

@Resolver(() => Measure)
export class MeasureTextTranslationResolver {
  @PartnerVisible()
  @FieldResolver(() => [TextTranslation], { description: `Staff translations of the text (English, Russian), the current one per language. ${SHOW_UNOFFICIAL}` })
  async unofficialTexts(@Root() measure: Measure, @Ctx() { loaders }: AgreementsContext) {
    return currentTranslations(await loaders.textTranslationsByMeasure.load(measure.id));
  }

  @Authorized("officer")
  @Mutation(() => Measure, { description: "Add an unofficial translation of the measure's text in English or Russian; it replaces the current one in that language, which is kept with who and when (officer; admins too)." })
  addMeasureTextTranslation(
    @Ctx() { db, identity }: AgreementsContext,
    @Arg("measureId", () => ID) measureId: string,
    @Arg("input", () => TranslationInput) input: TranslationInput,
  ) {
    return new TextTranslations(db, identity).addToMeasure(measureId, input);
  }
}

@Resolver(() => ReportingDuty)
export class ReportingDutyTitleTranslationResolver {
  @FieldResolver(() => [TextTranslation], { description: `Staff translations of the title (English, Russian), the current one per language. ${SHOW_UNOFFICIAL}` })
  async unofficialTitles(@Root() duty: ReportingDuty, @Ctx() { loaders }: AgreementsContext) {
    return currentTranslations(await loaders.titleTranslationsByReportingDuty.load(duty.id));
  }

  @Authorized("officer")
  @Mutation(() => ReportingDuty, { description: "Add an unofficial translation of the duty's title in English or Russian; it replaces the current one in that language, which is kept with who and when (officer; admins too)." })
  addReportingDutyTitleTranslation(
    @Ctx() { db, identity }: AgreementsContext,
    @Arg("reportingDutyId", () => ID) reportingDutyId: string,
    @Arg("input", () => TranslationInput) input: TranslationInput,
  ) {
    return new TextTranslations(db, identity).addToReportingDuty(reportingDutyId, input);
  }
}

@Resolver(() => Obligation)
export class ObligationTitleTranslationResolver {
  @FieldResolver(() => [TextTranslation], {
    description: `Staff translations of the title: the measure's text or the reporting duty's title, as translated there. ${SHOW_UNOFFICIAL}`,
  })
  async unofficialTitles(@Root() obligation: Obligation, @Ctx() { loaders }: AgreementsContext) {
    if (obligation.kind === ObligationKind.REPORTING_DUTY && obligation.reportingDutyId) {
      return currentTranslations(await loaders.titleTranslationsByReportingDuty.load(obligation.reportingDutyId));
    }
    return obligation.measureId ? currentTranslations(await loaders.textTranslationsByMeasure.load(obligation.measureId)) : [];
  }
}
