import { Arg, Authorized, Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import { CooperationPeriod } from "../cooperation/cooperation-summary";
import { checkPeriod } from "../cooperation/cooperation.service";
import { Country } from "../country/country";
import type { MlaContext } from "../loaders";
import { LegalBasisCooperation } from "./legal-basis-cooperation";

@Resolver(() => Country)
export class CountryLegalBasisResolver {
  @Authorized("viewer")
  @FieldResolver(() => [LegalBasisCooperation], {
    description: "What the requests with this country produced under each legal basis used (agreements, reciprocity, not stated), most requests first (mla subgraph, staff).",
  })
  cooperationByLegalBasis(
    @Root() country: Country,
    @Ctx() { loaders }: MlaContext,
    @Arg("period", () => CooperationPeriod, { nullable: true }) period?: CooperationPeriod,
    @Arg("includeSynthetic", () => Boolean, { nullable: true, defaultValue: false, description: "Count generated demo requests too (see syntheticRequests)." }) includeSynthetic?: boolean | null,
  ) {
    checkPeriod(period);
    return loaders.cooperationByLegalBasisOfCountry.load({ key: country.code, args: { period: period ? { ...period } : undefined, includeSynthetic: includeSynthetic ?? false } });
  }
}
