import { Arg, Ctx, Int, Query, Resolver, UseMiddleware } from "type-graphql";
import { pageSize } from "#shared/subgraph/connection";
import type { MlaContext } from "../loaders";
import { CooperationPeriod, CooperationRankingRow } from "./cooperation-summary";
import { checkPeriod, CooperationService } from "./cooperation.service";
import { OneYearForPartners } from "./partner-period";
import { PartnerVisible } from "#shared/subgraph/partner-visible";

@Resolver()
export class CooperationResolver {
  @PartnerVisible()
  @UseMiddleware(OneYearForPartners)
  @Query(() => [CooperationRankingRow], {
    description: "Agreements ranked by what their MLA requests produced on cases (level, then arrests + victims identified + convictions, then executed requests). Counts real records only unless includeSynthetic. Agreements with no request in the period are not listed: ask Agreement.cooperation for those.",
  })
  async cooperationRanking(
    @Ctx() { db }: MlaContext,
    @Arg("period", () => CooperationPeriod, { nullable: true }) period?: CooperationPeriod,
    @Arg("first", () => Int, { nullable: true, defaultValue: 20 }) first?: number,
    @Arg("includeSynthetic", () => Boolean, { nullable: true, defaultValue: false, description: "Count generated demo requests too (see syntheticRequests)." }) includeSynthetic?: boolean | null,
  ): Promise<CooperationRankingRow[]> {
    checkPeriod(period);
    const rows = await new CooperationService(db).rank({ period, includeSynthetic: includeSynthetic ?? false }, pageSize(first));
    return rows.map((row, index) => ({ rank: index + 1, agreementId: row.agreementId, agreement: { id: row.agreementId }, cooperation: row.summary }));
  }
}
