import { LocalDateResolver } from "graphql-scalars";
import { Field, ObjectType } from "type-graphql";
import type { Agreement } from "./agreement";
import { PartnerVisible } from "#shared/subgraph/partner-visible";

/** The national act approving an agreement, e.g. Law 749-IIIQ of 30.12.2008 for the CIS programme. */
@ObjectType()
export class ApprovalAct {
  @PartnerVisible()
  @Field(() => String, { nullable: true, description: "Kind of act as the source names it (Qanun, Fərman…)." })
  kind!: string | null;

  @PartnerVisible()
  @Field({ description: "Registration number, e.g. 749-IIIQ." })
  number!: string;

  @PartnerVisible()
  @Field(() => LocalDateResolver, { nullable: true })
  adoptedOn!: string | null;

  @PartnerVisible()
  @Field(() => LocalDateResolver, { nullable: true })
  publishedOn!: string | null;

  @PartnerVisible()
  @Field(() => String, { nullable: true, description: "Official publication (gazette, issue, article)." })
  publication!: string | null;

  @PartnerVisible()
  @Field(() => LocalDateResolver, { nullable: true })
  inForceOn!: string | null;
}

export function approvalActOf(agreement: Agreement): ApprovalAct | null {
  if (!agreement.approvalActNumber) return null;
  return {
    kind: agreement.approvalActKind,
    number: agreement.approvalActNumber,
    adoptedOn: agreement.approvalAdoptedOn,
    publishedOn: agreement.approvalPublishedOn,
    publication: agreement.approvalPublication,
    inForceOn: agreement.approvalInForceOn,
  };
}
