import { LocalDateResolver } from "graphql-scalars";
import { Directive, Field, ID, Int, ObjectType, registerEnumType } from "type-graphql";
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, VersionColumn } from "typeorm";

export enum Direction {
  INCOMING = "INCOMING",
  OUTGOING = "OUTGOING",
}
registerEnumType(Direction, { name: "Direction" });

export enum LegalBasisKind {
  AGREEMENT = "AGREEMENT",
  /** No treaty: assistance on the promise of reciprocity. */
  RECIPROCITY = "RECIPROCITY",
  /** The record does not say (the needs assessment does not name the basis of Turkey's requests). */
  NOT_STATED = "NOT_STATED",
}
registerEnumType(LegalBasisKind, { name: "LegalBasisKind" });

export enum MlaStatus {
  DRAFT = "DRAFT",
  SENT = "SENT",
  RECEIVED = "RECEIVED",
  IN_PROGRESS = "IN_PROGRESS",
  ADDITIONAL_INFO_REQUESTED = "ADDITIONAL_INFO_REQUESTED",
  EXECUTED = "EXECUTED",
  PARTIALLY_EXECUTED = "PARTIALLY_EXECUTED",
  REFUSED = "REFUSED",
  WITHDRAWN = "WITHDRAWN",
}
registerEnumType(MlaStatus, { name: "MlaStatus" });

@Directive('@key(fields: "id")')
@ObjectType({ description: "A mutual legal assistance request, incoming or outgoing." })
@Entity({ name: "mla_request" })
export class MlaRequest {
  @Field(() => ID)
  @PrimaryGeneratedColumn("uuid")
  id!: string;

  @Field({ description: "Reference number, unique per direction." })
  @Column({ type: "text" })
  reference!: string;

  @Field(() => Direction)
  @Column({ type: "text" })
  direction!: Direction;

  @Column({ name: "counterpart_country_code", type: "char", length: 2 })
  counterpartCountryCode!: string;

  @Field(() => String, { nullable: true })
  @Column({ name: "counterpart_authority", type: "text", nullable: true })
  counterpartAuthority!: string | null;

  @Field(() => LegalBasisKind)
  @Column({ name: "legal_basis_kind", type: "text" })
  legalBasisKind!: LegalBasisKind;

  @Column({ name: "legal_basis_agreement_id", type: "text", nullable: true })
  legalBasisAgreementId!: string | null;

  @Field(() => MlaStatus)
  @Column({ type: "text" })
  status!: MlaStatus;

  @Field(() => LocalDateResolver, { nullable: true, description: "Sent (outgoing) or received (incoming)." })
  @Column({ name: "opened_on", type: "date", nullable: true })
  openedOn!: string | null;

  @Field(() => LocalDateResolver, { nullable: true })
  @Column({ name: "due_on", type: "date", nullable: true })
  dueOn!: string | null;

  @Field(() => LocalDateResolver, { nullable: true })
  @Column({ name: "closed_on", type: "date", nullable: true })
  closedOn!: string | null;

  @Field({ description: "True for generated demo data, which is not from any source." })
  @Column({ type: "boolean", default: false })
  synthetic!: boolean;

  @Field(() => String, { nullable: true, description: "Where in ../shared/sources a real record comes from." })
  @Column({ type: "text", nullable: true })
  source!: string | null;

  @Field(() => Int)
  @VersionColumn()
  version!: number;

  @CreateDateColumn({ name: "created_at", type: "timestamptz" })
  createdAt!: Date;
}
