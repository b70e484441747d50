import { Field, ID, InputType } from "type-graphql";
import { References } from "#shared/subgraph/references";
import { IndicatorStatus } from "../indicator/indicator";
import { EvidenceKind } from "./evidence";
import { RecommendationStatus } from "./status-update";
import { PartnerVisible } from "#shared/subgraph/partner-visible";
import { MaxLength } from "#shared/subgraph/input-limits";

@InputType({ description: "One piece of evidence: a hub record by id, or a document (title, optional URL)." })
export class EvidenceInput {
  @Field(() => EvidenceKind)
  kind!: EvidenceKind;

  @References("Agreement")
  @Field(() => ID, { nullable: true, description: "For AGREEMENT." })
  agreementId?: string | null;

  @References("MlaRequest")
  @Field(() => ID, { nullable: true, description: "For MLA_REQUEST." })
  mlaRequestId?: string | null;

  @References("Measure")
  @Field(() => ID, { nullable: true, description: "For MEASURE." })
  measureId?: string | null;

  @MaxLength(500)
  @Field(() => String, { nullable: true, description: "For DOCUMENT." })
  documentTitle?: string | null;

  @MaxLength(2000)
  @Field(() => String, { nullable: true })
  documentUrl?: string | null;

  @Field(() => String, { nullable: true })
  note?: string | null;
}

@InputType()
export class StatusUpdateInput {
  @Field(() => RecommendationStatus)
  status!: RecommendationStatus;

  @PartnerVisible()
  @MaxLength(20)
  @Field({ description: '"2024", "2024-H1", "2024-Q3" or "2024-05".' })
  reportingPeriod!: string;

  @Field(() => String, { nullable: true })
  note?: string | null;

  @References("StatusUpdate")
  @Field(() => ID, { nullable: true, description: "The earlier update this one corrects (history is never rewritten)." })
  correctsId?: string | null;

  @Field(() => [EvidenceInput], { defaultValue: [] })
  evidence!: EvidenceInput[];
}

@InputType()
export class IndicatorAssessmentInput {
  @PartnerVisible()
  @MaxLength(20)
  @Field()
  reportingPeriod!: string;

  @Field(() => IndicatorStatus)
  status!: IndicatorStatus;

  @Field(() => String, { nullable: true })
  note?: string | null;
}
