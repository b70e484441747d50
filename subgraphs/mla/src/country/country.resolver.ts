import type { GraphQLResolveInfo } from "graphql";
import { Arg, Ctx, FieldResolver, Info, Int, Resolver, Root, UseMiddleware } from "type-graphql";
import { connectionSelection } from "#shared/subgraph/selection";
import { CooperationPeriod, CooperationSummary } from "../cooperation/cooperation-summary";
import { checkPeriod } from "../cooperation/cooperation.service";
import { OneYearForPartners } from "../cooperation/partner-period";
import type { MlaContext } from "../loaders";
import { MlaRequestFilter } from "../mla-request/mla-request.filter";
import { MlaRequestOrder } from "../mla-request/mla-request.order";
import { MlaRequestConnection } from "../mla-request/mla-request.resolver";
import { Country } from "./country";
import { PartnerVisible } from "#shared/subgraph/partner-visible";

@Resolver(() => Country)
export class CountryMlaResolver {
  @FieldResolver(() => MlaRequestConnection, { description: "MLA requests exchanged with this country (mla subgraph)." })
  mlaRequests(
    @Root() country: Country,
    @Ctx() { loaders }: MlaContext,
    @Info() info: GraphQLResolveInfo,
    @Arg("filter", () => MlaRequestFilter, { nullable: true }) filter?: MlaRequestFilter,
    @Arg("first", () => Int, { nullable: true }) first?: number,
    @Arg("after", () => String, { nullable: true }) after?: string,
    @Arg("orderBy", () => MlaRequestOrder, { nullable: true, description: "Sort column and direction (default: newest first)." }) orderBy?: MlaRequestOrder,
  ) {
    return loaders.requestsByCountry.load({ key: country.code, args: { filter: { ...filter, counterpartCountry: undefined }, first, after, orderBy: orderBy ? { ...orderBy } : undefined, selection: connectionSelection(info) } });
  }

  @PartnerVisible()
  @UseMiddleware(OneYearForPartners)
  @FieldResolver(() => CooperationSummary, { description: "What the requests exchanged with this country produced (mla subgraph)." })
  cooperation(
    @Root() country: Country,
    @Ctx() { loaders }: MlaContext,
    @Arg("period", () => CooperationPeriod, { nullable: true }) period?: CooperationPeriod,
    @Arg("includeSynthetic", () => Boolean, { nullable: true, defaultValue: false, description: "Count generated demo requests too (see syntheticRequests)." }) includeSynthetic?: boolean | null,
  ) {
    checkPeriod(period);
    return loaders.cooperationByCountry.load({ key: country.code, args: { period: period ? { ...period } : undefined, includeSynthetic: includeSynthetic ?? false } });
  }
}
