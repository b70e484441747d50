import { LocalDateResolver } from "graphql-scalars";
import { Directive, Field, ObjectType } from "type-graphql";

/**
 * Everything falling due, as of a day: an entity both subgraphs resolve from its key, so each answers for
 * its own records. Agreements lists the obligations due from `asOf` to `until`; mla merges them with its
 * open MLA requests (overdue, or due by `until`) into one list, most urgent first (docs/deadlines.md).
 */
@Directive('@key(fields: "asOf until includeSynthetic")')
@ObjectType({ description: "Everything due as of a day: overdue and soon-due MLA requests, measures and reporting duties (staff only)." })
export class Deadlines {
  @Field(() => LocalDateResolver, { description: "The day deadlines are counted from (default: today); anything due before it is overdue." })
  asOf!: string;

  @Field(() => LocalDateResolver, { description: "The last day counted as soon due: asOf + withinDays." })
  until!: string;

  @Field({ description: "Whether generated demo requests are listed (false unless asked)." })
  includeSynthetic!: boolean;
}
