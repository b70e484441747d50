import { LocalDateResolver } from "graphql-scalars";
import { Field, Float, ID, InputType } from "type-graphql";
import { References } from "#shared/subgraph/references";
import { OutcomeKind } from "../case/case-outcome";
import { AssistanceType, Direction, LegalBasisKind, MlaStatus, Priority } from "./mla-request";
import { MaxLength } from "#shared/subgraph/input-limits";
import { RefusalGroundCode } from "./refusal-ground";

@InputType()
export class CreateMlaRequestInput {
  @MaxLength(200)
  @Field({ description: "Chosen by the client once per form; a retry with the same key returns the same request." })
  idempotencyKey!: string;

  @MaxLength(100)
  @Field()
  reference!: string;

  @Field(() => Direction)
  direction!: Direction;

  @References("Country")
  @MaxLength(10)
  @Field({ description: "ISO 3166-1 alpha-2 code of a country the hub knows." })
  counterpartCountry!: string;

  @MaxLength(300)
  @Field(() => String, { nullable: true })
  counterpartAuthority?: string | null;

  @Field(() => LegalBasisKind)
  legalBasisKind!: LegalBasisKind;

  @References("Agreement")
  @Field(() => ID, { nullable: true, description: "Required when legalBasisKind is AGREEMENT." })
  legalBasisAgreementId?: string | null;

  @References("Case")
  @Field(() => ID, { nullable: true })
  caseId?: string | null;

  @Field(() => [AssistanceType], { defaultValue: [] })
  assistanceTypes!: AssistanceType[];

  @Field(() => Priority, { defaultValue: Priority.NORMAL })
  priority!: Priority;

  @Field({ defaultValue: false })
  spontaneous!: boolean;

  @Field(() => LocalDateResolver, { nullable: true, description: "Received on (incoming); sent on is set when it is SENT." })
  openedOn?: string | null;

  @Field(() => LocalDateResolver, { nullable: true })
  dueOn?: string | null;

  @Field(() => String, { nullable: true })
  internalNote?: string | null;
}

@InputType()
export class TransitionInput {
  @Field(() => MlaStatus)
  to!: MlaStatus;

  @Field(() => LocalDateResolver, { nullable: true, description: "When it happened (default today)." })
  on?: string | null;

  @Field(() => String, { nullable: true })
  note?: string | null;

  @Field(() => RefusalGroundCode, { nullable: true, description: "When refusing: the ground from the list (a refusal given in words only is recorded as OTHER)." })
  refusalGroundCode?: RefusalGroundCode | null;

  @MaxLength(2000)
  @Field(() => String, { nullable: true, description: "When refusing: the ground in words, or the details of the listed ground; required with OTHER." })
  refusalGround?: string | null;
}

@InputType()
export class CreateCaseInput {
  @MaxLength(100)
  @Field()
  reference!: string;

  @MaxLength(20)
  @Field(() => [String], { description: "Criminal Code articles, e.g. 144-1." })
  articles!: string[];

  @Field(() => LocalDateResolver, { nullable: true })
  openedOn?: string | null;

  @Field(() => String, { nullable: true })
  summary?: string | null;

  @Field(() => String, { nullable: true })
  victimDetails?: string | null;

  @Field(() => String, { nullable: true })
  internalNotes?: string | null;
}

@InputType()
export class RecordOutcomeInput {
  @Field(() => OutcomeKind)
  kind!: OutcomeKind;

  @Field(() => Float)
  quantity!: number;

  @Field(() => LocalDateResolver)
  recordedOn!: string;

  @References("MlaRequest")
  @Field(() => [ID], { description: "The requests (serving this case) that contributed to it." })
  requestIds!: string[];

  @Field(() => String, { nullable: true })
  note?: string | null;
}

@InputType({ description: "The case a request is to serve." })
export class CaseAttachmentInput {
  @References("Case")
  @Field(() => ID)
  caseId!: string;
}
