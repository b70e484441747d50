import { Field, ID, ObjectType, registerEnumType } from "type-graphql";
import { Column, Entity, PrimaryGeneratedColumn } from "typeorm";
import { PartnerVisible } from "#shared/subgraph/partner-visible";

export enum RelationKind {
  IMPLEMENTS = "IMPLEMENTS",
  SUPPLEMENTS = "SUPPLEMENTS",
  AMENDS = "AMENDS",
  /** The CIS programme's annex lists the core treaties it asks states to join. */
  ANNEX_LISTS = "ANNEX_LISTS",
  REFERS_TO = "REFERS_TO",
}
registerEnumType(RelationKind, { name: "RelationKind" });

export enum RelationDirection {
  /** This agreement is the subject: "this SUPPLEMENTS that". */
  OUTGOING = "OUTGOING",
  /** This agreement is the object: "that SUPPLEMENTS this". */
  INCOMING = "INCOMING",
}
registerEnumType(RelationDirection, { name: "RelationDirection" });

@ObjectType()
@Entity({ name: "agreement_relation" })
export class AgreementRelation {
  @PartnerVisible()
  @Field(() => ID)
  @PrimaryGeneratedColumn({ type: "bigint" })
  id!: string;

  @Column({ name: "from_agreement_id", type: "text" })
  fromAgreementId!: string;

  @Column({ name: "to_agreement_id", type: "text" })
  toAgreementId!: string;

  @PartnerVisible()
  @Field(() => RelationKind)
  @Column({ type: "text" })
  kind!: RelationKind;

  @Field(() => String, { nullable: true })
  @Column({ type: "text", nullable: true })
  note!: string | null;

  @PartnerVisible()
  @Field()
  @Column({ type: "text" })
  source!: string;

  /** Set by the loader, relative to the agreement being viewed. */
  @PartnerVisible()
  @Field(() => RelationDirection)
  direction!: RelationDirection;
}
