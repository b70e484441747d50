import { Arg, Ctx, FieldResolver, Query, Resolver, Root } from "type-graphql";
import { Country } from "../country/country";
import type { MlaContext } from "../loaders";
import { ReportedCooperation, ReportedCooperationFilter } from "./reported-cooperation";
import { listReportedCooperation, reportedCooperationByCountry } from "./reported-cooperation.service";

@Resolver(() => ReportedCooperation)
export class ReportedCooperationResolver {
  @Query(() => [ReportedCooperation], {
    description: "Cooperation the sources report in general terms (Azerbaijan answered a number of MLA requests from Turkey; 2023's partners). Never counted as MLA requests.",
  })
  reportedCooperation(@Ctx() { db }: MlaContext, @Arg("filter", () => ReportedCooperationFilter, { nullable: true }) filter?: ReportedCooperationFilter) {
    return listReportedCooperation(db, filter);
  }
}

@Resolver(() => Country)
export class CountryReportedCooperationResolver {
  @FieldResolver(() => [ReportedCooperation], { description: "Cooperation with this country the sources report without records (mla subgraph); not in cooperation figures." })
  reportedCooperation(@Root() country: Country, @Ctx() context: MlaContext) {
    return reportedCooperationByCountry(context).load(country.code);
  }
}
