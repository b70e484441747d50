import { Arg, Ctx, FieldResolver, Int, Resolver, Root, UseMiddleware } from "type-graphql";
import { CooperationPeriod, CooperationSummary } from "../cooperation/cooperation-summary";
import { checkPeriod } from "../cooperation/cooperation.service";
import { OneYearForPartners } from "../cooperation/partner-period";
import type { MlaContext } from "../loaders";
import { MlaRequestFilter } from "../mla-request/mla-request.filter";
import { MlaRequestConnection } from "../mla-request/mla-request.resolver";
import { Country } from "./country";
import { PartnerVisible } from "#shared/subgraph/partner-visible";

@Resolver(() => Country)
export class CountryMlaResolver {
  @FieldResolver(() => MlaRequestConnection, { description: "MLA requests exchanged with this country (mla subgraph)." })
  mlaRequests(
    @Root() country: Country,
    @Ctx() { loaders }: MlaContext,
    @Arg("filter", () => MlaRequestFilter, { nullable: true }) filter?: MlaRequestFilter,
    @Arg("first", () => Int, { nullable: true }) first?: number,
    @Arg("after", () => String, { nullable: true }) after?: string,
  ) {
    return loaders.requestsByCountry.load({ key: country.code, args: { filter: { ...filter, counterpartCountry: undefined }, first, after } });
  }

  @PartnerVisible()
  @UseMiddleware(OneYearForPartners)
  @FieldResolver(() => CooperationSummary, { description: "What the requests exchanged with this country produced (mla subgraph)." })
  cooperation(@Root() country: Country, @Ctx() { loaders }: MlaContext, @Arg("period", () => CooperationPeriod, { nullable: true }) period?: CooperationPeriod) {
    checkPeriod(period);
    return loaders.cooperationByCountry.load({ key: country.code, args: period ? { ...period } : undefined });
  }
}
