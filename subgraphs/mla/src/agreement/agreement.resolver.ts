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
import { countryOrderFor } from "../mla-request/country-order";
import { Agreement } from "./agreement";
import { PartnerVisible } from "#shared/subgraph/partner-visible";

@Resolver(() => Agreement)
export class AgreementMlaResolver {
  @FieldResolver(() => MlaRequestConnection, { description: "MLA requests that rely on this agreement (mla subgraph)." })
  async mlaRequests(
    @Root() agreement: Agreement,
    @Ctx() context: MlaContext,
    @Info() info: GraphQLResolveInfo,
    @Arg("filter", () => MlaRequestFilter, { nullable: true }) filter?: MlaRequestFilter,
    @Arg("first", () => Int, { nullable: true }) first?: number,
    @Arg("after", () => String, { nullable: true }) after?: string,
    @Arg("orderBy", () => MlaRequestOrder, { nullable: true, description: "Sort column and direction (default: newest first)." }) orderBy?: MlaRequestOrder,
  ) {
    const countryOrder = await countryOrderFor(context, orderBy);
    return context.loaders.requestsByAgreement.load({
      key: agreement.id,
      args: { filter: { ...filter, legalBasisAgreementId: undefined }, first, after, orderBy: orderBy ? { ...orderBy } : undefined, countryOrder, selection: connectionSelection(info) },
    });
  }

  @PartnerVisible()
  @UseMiddleware(OneYearForPartners)
  @FieldResolver(() => CooperationSummary, { description: "What the requests under this agreement produced (mla subgraph)." })
  cooperation(
    @Root() agreement: Agreement,
    @Ctx() { loaders }: MlaContext,
    @Arg("period", () => CooperationPeriod, { nullable: true }) period?: CooperationPeriod,
    @Arg("includeSynthetic", () => Boolean, { nullable: true, defaultValue: false, description: "Count generated demo requests too (see syntheticRequests)." }) includeSynthetic?: boolean | null,
  ) {
    checkPeriod(period);
    return loaders.cooperationByAgreement.load({ key: agreement.id, args: { period: period ? { ...period } : undefined, includeSynthetic: includeSynthetic ?? false } });
  }
}
