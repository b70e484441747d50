import { LocalDateResolver } from "graphql-scalars";
import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from "type-graphql";
import { Agreement } from "../agreement/agreement";

/**
 * How far an agreement (or a country) got, graded like the needs assessment's indicators 5.4/5.5: from no
 * requests at all to results on cases obtained proactively.
 */
export enum CooperationLevel {
  NO_REQUESTS = "NO_REQUESTS",
  REQUESTS_MADE = "REQUESTS_MADE",
  REQUESTS_EXECUTED = "REQUESTS_EXECUTED",
  /** Executed requests contributed to arrests, victims identified, convictions… */
  RESULTS_ON_CASES = "RESULTS_ON_CASES",
  /** Results on cases from outgoing requests, joint investigations or spontaneous information. */
  PROACTIVE = "PROACTIVE",
}
registerEnumType(CooperationLevel, { name: "CooperationLevel" });

export const LEVEL_ORDER: readonly CooperationLevel[] = [
  CooperationLevel.NO_REQUESTS,
  CooperationLevel.REQUESTS_MADE,
  CooperationLevel.REQUESTS_EXECUTED,
  CooperationLevel.RESULTS_ON_CASES,
  CooperationLevel.PROACTIVE,
];

@InputType({
  description:
    "Requests opened (sent or received) in this period, counted in whole months: `from` counts from the first day of its month, `to` up to the last day of its month (periodFrom/periodTo of the answer say which days were counted). Either end may be open.",
})
export class CooperationPeriod {
  @Field(() => LocalDateResolver, { nullable: true })
  from?: string;

  @Field(() => LocalDateResolver, { nullable: true })
  to?: string;
}

@ObjectType({ description: "Case results that executed requests contributed to (each outcome counted once)." })
export class OutcomeTotals {
  @Field(() => Int)
  suspectsArrested!: number;

  @Field(() => Int)
  victimsIdentified!: number;

  @Field(() => Int)
  victimsAssisted!: number;

  @Field(() => Int)
  indictments!: number;

  @Field(() => Int)
  convictions!: number;

  @Field(() => Float, { description: "AZN." })
  assetsSeized!: number;
}

@ObjectType({ description: "Refused requests that gave this ground." })
export class RefusalGroundCount {
  @Field()
  ground!: string;

  @Field(() => Int)
  refused!: number;
}

@ObjectType({ description: "What the MLA requests under an agreement, or with a country, produced." })
export class CooperationSummary {
  @Field(() => Int)
  requestsIn!: number;

  @Field(() => Int)
  requestsOut!: number;

  @Field(() => Int, { description: "EXECUTED or PARTIALLY_EXECUTED." })
  executed!: number;

  @Field(() => Int)
  refused!: number;

  @Field(() => Int, { description: "Open and past the draft stage." })
  pending!: number;

  @Field(() => Int, { description: "Pending and past the due date, today." })
  overdue!: number;

  @Field(() => Float, { nullable: true, description: "Median days from opening to closing of executed requests whose two dates are known." })
  medianDaysToExecute!: number | null;

  @Field(() => OutcomeTotals)
  outcomes!: OutcomeTotals;

  @Field(() => CooperationLevel)
  level!: CooperationLevel;

  @Field(() => [RefusalGroundCount], { description: "Grounds of the refusals counted in `refused`, most frequent first." })
  refusalGrounds!: RefusalGroundCount[];

  @Field(() => Int, {
    description: "Generated demo requests counted in these figures: always 0 unless includeSynthetic is true; mark the figures as demo data when it is not 0.",
  })
  syntheticRequests!: number;

  @Field(() => LocalDateResolver, { nullable: true, description: "First day counted (the period's `from` taken back to the first of its month); null: from the first request." })
  periodFrom!: string | null;

  @Field(() => LocalDateResolver, { nullable: true, description: "Last day counted (the period's `to` taken to the end of its month); null: up to the last request." })
  periodTo!: string | null;
}

@ObjectType()
export class CooperationRankingRow {
  @Field(() => Int, { description: "1 for the agreement that produced most on cases." })
  rank!: number;

  @Field(() => ID, { description: "The agreement's id as the requests name it." })
  agreementId!: string;

  @Field(() => Agreement, { nullable: true, description: "Resolved by the agreements subgraph; null if it does not know agreementId, so the other rows stay intact." })
  agreement!: Agreement | null;

  @Field(() => CooperationSummary)
  cooperation!: CooperationSummary;
}
