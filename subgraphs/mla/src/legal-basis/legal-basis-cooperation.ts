import { Field, ID, ObjectType } from "type-graphql";
import { Agreement } from "../agreement/agreement";
import { CooperationSummary } from "../cooperation/cooperation-summary";
import { LegalBasisKind } from "../mla-request/mla-request";

@ObjectType({ description: "What the requests with a country under one legal basis produced." })
export class LegalBasisCooperation {
  @Field(() => LegalBasisKind)
  legalBasisKind!: LegalBasisKind;

  @Field(() => ID, { nullable: true, description: "The agreement's id as the requests name it; null for reciprocity and for requests whose basis is not stated." })
  agreementId!: string | null;

  @Field(() => Agreement, { nullable: true, description: "Resolved by the agreements subgraph; null without an agreement or when it does not know agreementId." })
  agreement!: Agreement | null;

  @Field(() => CooperationSummary)
  cooperation!: CooperationSummary;
}
