import { Arg, Authorized, Ctx, Int, Query, Resolver } from "type-graphql";
import type { MlaContext } from "../loaders";
import { CaseResultsYear } from "./case-results";
import { CaseResultsService } from "./case-results.service";

@Resolver(() => CaseResultsYear)
export class CaseResultsResolver {
  @Authorized("viewer")
  @Query(() => [CaseResultsYear], {
    description: "Cases opened, results recorded and MLA requests opened, per calendar year, oldest first (staff only). Real records only unless includeSynthetic.",
  })
  caseResults(
    @Ctx() { db }: MlaContext,
    @Arg("years", () => [Int], { description: "1 to 20 years." }) years: number[],
    @Arg("includeSynthetic", { defaultValue: false, description: "Count generated demo data too." }) includeSynthetic: boolean,
  ) {
    return new CaseResultsService(db).years(years, includeSynthetic);
  }
}
