import { Field, ID, ObjectType, registerEnumType } from "type-graphql";
import { Column, Entity, PrimaryGeneratedColumn } from "typeorm";

export enum EvidenceKind {
  AGREEMENT = "AGREEMENT",
  MLA_REQUEST = "MLA_REQUEST",
  MEASURE = "MEASURE",
  DOCUMENT = "DOCUMENT",
}
registerEnumType(EvidenceKind, { name: "EvidenceKind" });

/** What proves a status update: a hub record (by federation reference) or a document. */
@ObjectType()
@Entity({ name: "evidence" })
export class Evidence {
  @Field(() => ID)
  @PrimaryGeneratedColumn("uuid")
  id!: string;

  @Column({ name: "status_update_id", type: "uuid" })
  statusUpdateId!: string;

  @Field(() => EvidenceKind)
  @Column({ type: "text" })
  kind!: EvidenceKind;

  @Field(() => ID, { nullable: true, description: "For AGREEMENT, as stored (shown even if the agreements subgraph does not know it)." })
  @Column({ name: "agreement_id", type: "text", nullable: true })
  agreementId!: string | null;

  @Field(() => ID, { nullable: true, description: "For MLA_REQUEST, as stored (shown even if the mla subgraph does not know it)." })
  @Column({ name: "mla_request_id", type: "uuid", nullable: true })
  mlaRequestId!: string | null;

  @Field(() => ID, { nullable: true, description: "For MEASURE, as stored (shown even if the agreements subgraph does not know it)." })
  @Column({ name: "measure_id", type: "text", nullable: true })
  measureId!: string | null;

  @Field(() => String, { nullable: true })
  @Column({ name: "document_title", type: "text", nullable: true })
  documentTitle!: string | null;

  @Field(() => String, { nullable: true })
  @Column({ name: "document_url", type: "text", nullable: true })
  documentUrl!: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: "text", nullable: true })
  note!: string | null;
}
