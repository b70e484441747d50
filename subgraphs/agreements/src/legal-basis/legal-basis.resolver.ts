import { LocalDateResolver } from "graphql-scalars";
import { Arg, Authorized, Ctx, FieldResolver, Query, Resolver, Root } from "type-graphql";
import { Agreement, Lang } from "../agreement/agreement";
import { Country } from "../country/country";
import type { AgreementsContext } from "../loaders";
import { AssistanceType } from "./assistance-type";
import { LegalBasisLimitation, LegalBasisOption, LegalBasisSide } from "./legal-basis-option";
import { parseLegalBasisOptionId } from "#shared/subgraph/legal-basis-option-id";
import { AZERBAIJAN } from "./legal-basis.rules";
import { LegalBasisService, type OptionsQuery } from "./legal-basis.service";
import { explain } from "./legal-basis.why";
import { rankingFiguresFromMla } from "./ranking-figures";

export function legalBasisOptions(context: AgreementsContext, query: OptionsQuery): Promise<LegalBasisOption[]> {
  return new LegalBasisService(context.db, context.loaders, rankingFiguresFromMla(context.peers)).options(query);
}

/** `_entities` for LegalBasisOption: the option as of today (no assistance type), ranked among its country's. */
export async function resolveLegalBasisOption(reference: { id: string }, context: AgreementsContext): Promise<LegalBasisOption | null> {
  const parsed = parseLegalBasisOptionId(reference.id);
  if (!parsed || parsed.countryCode === AZERBAIJAN || !(await context.loaders.country.load(parsed.countryCode))) return null;
  const options = await legalBasisOptions(context, { counterpartCountry: parsed.countryCode });
  return options.find((option) => option.id === reference.id) ?? null;
}

@Resolver(() => LegalBasisOption)
export class LegalBasisResolver {
  @Authorized("viewer")
  @Query(() => [LegalBasisOption], {
    description:
      "Which instruments Azerbaijan can rely on with a country on a day: every agreement binding both (or possibly both, where the party list is incomplete) and reciprocity, ranked (docs/legal-basis.md). Staff only.",
  })
  legalBasisOptions(
    @Ctx() context: AgreementsContext,
    @Arg("counterpartCountry", { description: "ISO 3166-1 alpha-2 code of the other state." }) counterpartCountry: string,
    @Arg("assistanceType", () => AssistanceType, { nullable: true, description: "Reservations mentioning this kind of assistance are listed first." }) assistanceType?: AssistanceType,
    @Arg("on", () => LocalDateResolver, { nullable: true, description: "The day the instruments must be in force (default today)." }) on?: string,
    @Arg("includeSynthetic", { defaultValue: false, description: "Rank with generated demo requests too (pass the same to trackRecord)." }) includeSynthetic?: boolean,
  ): Promise<LegalBasisOption[]> {
    return legalBasisOptions(context, { counterpartCountry, assistanceType, on, includeSynthetic });
  }

  @FieldResolver(() => Agreement, { nullable: true, description: "Null for reciprocity." })
  agreement(@Root() option: LegalBasisOption, @Ctx() { loaders }: AgreementsContext) {
    return option.agreementId ? loaders.agreement.load(option.agreementId) : null;
  }

  @FieldResolver(() => Country, { nullable: true })
  counterpartCountry(@Root() option: LegalBasisOption, @Ctx() { loaders }: AgreementsContext) {
    return loaders.country.load(option.counterpartCountryCode);
  }

  @FieldResolver(() => String, { description: "Why it applies: which parties, their status, since when (or that it is reciprocity)." })
  async why(@Root() option: LegalBasisOption, @Ctx() { loaders }: AgreementsContext, @Arg("lang", () => Lang, { defaultValue: Lang.AZ }) lang: Lang) {
    const [azerbaijan, counterpart] = await Promise.all([loaders.country.load(AZERBAIJAN), loaders.country.load(option.counterpartCountryCode)]);
    return explain(option, { azerbaijan, counterpart }, lang);
  }
}

@Resolver(() => LegalBasisSide)
export class LegalBasisSideResolver {
  @FieldResolver(() => Country, { nullable: true })
  country(@Root() side: LegalBasisSide, @Ctx() { loaders }: AgreementsContext) {
    return loaders.country.load(side.countryCode);
  }
}

@Resolver(() => LegalBasisLimitation)
export class LegalBasisLimitationResolver {
  @FieldResolver(() => Country, { nullable: true })
  country(@Root() limitation: LegalBasisLimitation, @Ctx() { loaders }: AgreementsContext) {
    return loaders.country.load(limitation.countryCode);
  }
}
