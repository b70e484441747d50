import { LocalDateResolver } from "graphql-scalars";
import { Arg, Authorized, Ctx, FieldResolver, Int, Query, Resolver, Root } from "type-graphql";
import { UserInputError } from "#shared/errors";
import type { AgreementsContext } from "../loaders";
import { Obligation } from "../obligation/obligation";
import { ObligationService } from "../obligation/obligation.service";
import { Deadlines } from "./deadlines";

/** The longest look ahead: a year and a day, so "the next 12 months" always fits. */
const MAX_WITHIN_DAYS = 366;

function addDays(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

@Resolver(() => Deadlines)
export class DeadlinesResolver {
  @Authorized("viewer")
  @Query(() => Deadlines, {
    description:
      "Everything due, most urgent first: open MLA requests overdue or due within withinDays, and measures and reporting duties due within withinDays (staff only; see Deadlines.items).",
  })
  async deadlines(
    @Ctx() { db }: AgreementsContext,
    @Arg("withinDays", () => Int, { defaultValue: 30, description: "How many days ahead count as soon due (0-366)." }) withinDays: number,
    @Arg("asOf", () => LocalDateResolver, { nullable: true, description: "Count from this day instead of today (the database's date)." }) asOf?: string,
    @Arg("includeSynthetic", { defaultValue: false, description: "List generated demo requests too." }) includeSynthetic?: boolean,
  ): Promise<Deadlines> {
    if (!Number.isInteger(withinDays) || withinDays < 0 || withinDays > MAX_WITHIN_DAYS) {
      throw new UserInputError("withinDays", `must be between 0 and ${MAX_WITHIN_DAYS}`);
    }
    const from = asOf ?? ((await db.query(`SELECT current_date::text AS today`)) as { today: string }[])[0].today;
    return Object.assign(new Deadlines(), { asOf: from, until: addDays(from, withinDays), includeSynthetic: includeSynthetic ?? false });
  }

  @Authorized("viewer")
  @FieldResolver(() => [Obligation], { description: "Measures and reporting duties due from asOf to until, by due date (agreements subgraph)." })
  obligations(@Root() deadlines: Deadlines, @Ctx() { db }: AgreementsContext) {
    return new ObligationService(db).list({ dueFrom: deadlines.asOf, dueTo: deadlines.until });
  }
}
