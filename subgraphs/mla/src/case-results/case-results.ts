import { Field, Int, ObjectType } from "type-graphql";
import { OutcomeTotals } from "../cooperation/cooperation-summary";

/**
 * What a calendar year holds in the hub's register: cases opened, results recorded, requests opened. The
 * yearly figures of the reports the department owes (TIP data sheet, the National Coordinator's chapter).
 */
@ObjectType({ description: "A year's figures in the hub's register: cases opened, results recorded on them, MLA requests opened (staff only)." })
export class CaseResultsYear {
  @Field(() => Int)
  year!: number;

  @Field(() => Int, { description: "Cases opened in the year." })
  casesOpened!: number;

  @Field(() => Int, { description: "Cases with a result recorded in the year." })
  casesWithResults!: number;

  @Field(() => Int, { description: "Cases with a result recorded in the year that an executed MLA request contributed to." })
  casesWithResultsThroughCooperation!: number;

  @Field(() => OutcomeTotals, { description: "Results recorded in the year on the cases the hub holds." })
  outcomes!: OutcomeTotals;

  @Field(() => OutcomeTotals, { description: "Of those, the results at least one executed MLA request contributed to." })
  outcomesThroughCooperation!: OutcomeTotals;

  @Field(() => Int, { description: "MLA requests received in the year." })
  requestsIncoming!: number;

  @Field(() => Int, { description: "MLA requests sent in the year." })
  requestsOutgoing!: number;

  @Field(() => Int, { description: "Of the requests opened in the year, those executed (fully or partly)." })
  requestsExecuted!: number;

  @Field(() => Int, { description: "Of the requests opened in the year, those refused." })
  requestsRefused!: number;

  @Field(() => Int, { description: "Of the requests opened in the year, those asking for extradition." })
  extraditionRequests!: number;
}
