import { LocalDateResolver } from "graphql-scalars";
import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from "type-graphql";
import { PartnerVisible } from "#shared/subgraph/partner-visible";
import { SmallCells } from "#shared/subgraph/small-cells";
import { Agreement } from "../agreement/agreement";
import { suppressCooperation } from "./cooperation-small-cells";
import { RefusalGroundCode } from "../mla-request/refusal-ground";

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
  @PartnerVisible()
  @Field(() => LocalDateResolver, { nullable: true })
  from?: string;

  @PartnerVisible()
  @Field(() => LocalDateResolver, { nullable: true })
  to?: string;
}

/** The `suppressed` marker of every object carrying figures (small-cell suppression, docs/security.md). */
const SUPPRESSED =
  "Figures of this object withheld from partner keys (null): counts from 1 to PARTNER_MIN_CELL - 1, cells that would let one be computed back, and the median and assets behind fewer than PARTNER_MIN_CELL executed requests. Always empty for staff.";

@ObjectType({ description: "Case results that executed requests contributed to (each outcome counted once)." })
export class OutcomeTotals {
  @PartnerVisible()
  @Field(() => Int, { nullable: true })
  suspectsArrested!: number | null;

  @PartnerVisible()
  @Field(() => Int, { nullable: true })
  victimsIdentified!: number | null;

  @PartnerVisible()
  @Field(() => Int, { nullable: true })
  victimsAssisted!: number | null;

  @PartnerVisible()
  @Field(() => Int, { nullable: true })
  indictments!: number | null;

  @PartnerVisible()
  @Field(() => Int, { nullable: true })
  convictions!: number | null;

  @PartnerVisible()
  @Field(() => Float, { nullable: true, description: "AZN." })
  assetsSeized!: number | null;

  @PartnerVisible()
  @Field(() => [String], { description: SUPPRESSED })
  suppressed?: string[];
}

@ObjectType({ description: "Refused requests that gave this ground (staff only: grounds are officers' words)." })
export class RefusalGroundCount {
  @Field(() => RefusalGroundCode, { description: "The listed ground; refusals recorded in words only count as OTHER." })
  ground!: RefusalGroundCode;

  @Field(() => Int)
  refused!: number;
}

@SmallCells(suppressCooperation)
@ObjectType({ description: "What the MLA requests under an agreement, or with a country, produced." })
export class CooperationSummary {
  @PartnerVisible()
  @Field(() => Int, { nullable: true })
  requestsIn!: number | null;

  @PartnerVisible()
  @Field(() => Int, { nullable: true })
  requestsOut!: number | null;

  @PartnerVisible()
  @Field(() => Int, { nullable: true, description: "EXECUTED or PARTIALLY_EXECUTED." })
  executed!: number | null;

  @PartnerVisible()
  @Field(() => Int, { nullable: true })
  refused!: number | null;

  @PartnerVisible()
  @Field(() => Int, { nullable: true, description: "Open and past the draft stage." })
  pending!: number | null;

  @PartnerVisible()
  @Field(() => Int, { nullable: true, description: "Pending and past the due date, today." })
  overdue!: number | null;

  @PartnerVisible()
  @Field(() => Float, { nullable: true, description: "Median days from opening to closing of executed requests whose two dates are known." })
  medianDaysToExecute!: number | null;

  @PartnerVisible()
  @Field(() => OutcomeTotals)
  outcomes!: OutcomeTotals;

  @PartnerVisible()
  @Field(() => CooperationLevel)
  level!: CooperationLevel;

  @Field(() => [RefusalGroundCount], { description: "Grounds of the refusals counted in `refused`, most frequent first." })
  refusalGrounds!: RefusalGroundCount[];

  @Field(() => Int, {
    description: "Generated demo requests counted in these figures: always 0 unless includeSynthetic is true; mark the figures as demo data when it is not 0.",
  })
  syntheticRequests!: number;

  @PartnerVisible()
  @Field(() => LocalDateResolver, { nullable: true, description: "First day counted (the period's `from` taken back to the first of its month); null: from the first request." })
  periodFrom!: string | null;

  @PartnerVisible()
  @Field(() => LocalDateResolver, { nullable: true, description: "Last day counted (the period's `to` taken to the end of its month); null: up to the last request." })
  periodTo!: string | null;

  @PartnerVisible()
  @Field(() => [String], { description: SUPPRESSED })
  suppressed?: string[];
}

@ObjectType()
export class CooperationRankingRow {
  @PartnerVisible()
  @Field(() => Int, { description: "1 for the agreement that produced most on cases." })
  rank!: number;

  @PartnerVisible()
  @Field(() => ID, { description: "The agreement's id as the requests name it." })
  agreementId!: string;

  @PartnerVisible()
  @Field(() => Agreement, { nullable: true, description: "Resolved by the agreements subgraph; null if it does not know agreementId, so the other rows stay intact." })
  agreement!: Agreement | null;

  @PartnerVisible()
  @Field(() => CooperationSummary)
  cooperation!: CooperationSummary;
}
