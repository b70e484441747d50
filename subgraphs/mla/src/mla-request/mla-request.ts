import { LocalDateResolver } from "graphql-scalars";
import { Directive, Field, ID, Int, ObjectType, registerEnumType } from "type-graphql";
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from "typeorm";
import type { RefusalGroundCode } from "./refusal-ground";

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

export enum AssistanceType {
  EVIDENCE = "EVIDENCE",
  WITNESS_VICTIM_INTERVIEW = "WITNESS_VICTIM_INTERVIEW",
  IDENTIFICATION = "IDENTIFICATION",
  SEARCH_AND_SEIZURE = "SEARCH_AND_SEIZURE",
  ASSET_TRACING = "ASSET_TRACING",
  EXTRADITION = "EXTRADITION",
  TRANSFER_OF_PROCEEDINGS = "TRANSFER_OF_PROCEEDINGS",
  VICTIM_REPATRIATION = "VICTIM_REPATRIATION",
  INFORMATION_EXCHANGE = "INFORMATION_EXCHANGE",
  JOINT_INVESTIGATION = "JOINT_INVESTIGATION",
}
registerEnumType(AssistanceType, { name: "AssistanceType" });

export enum Priority {
  LOW = "LOW",
  NORMAL = "NORMAL",
  HIGH = "HIGH",
  URGENT = "URGENT",
}
registerEnumType(Priority, { name: "Priority" });

/**
 * Read through the view `mla_request_state`, which adds what SQL computes (closed, overdue, days open);
 * writes go to the table `mla_request` through the workflow service only.
 */
@Directive('@key(fields: "id")')
@ObjectType({ description: "A mutual legal assistance request, incoming or outgoing." })
@Entity({ name: "mla_request_state" })
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

  @Field({ description: "ISO 3166-1 alpha-2 code of the counterpart country, as stored (shown even if the agreements subgraph does not know it)." })
  @Column({ name: "counterpart_country_code", type: "char", length: 2 })
  counterpartCountryCode!: string;

  @Field(() => String, { nullable: true, description: "The foreign authority that sent or received it." })
  @Column({ name: "counterpart_authority", type: "text", nullable: true })
  counterpartAuthority!: string | null;

  @Field(() => LegalBasisKind)
  @Column({ name: "legal_basis_kind", type: "text" })
  legalBasisKind!: LegalBasisKind;

  @Field(() => ID, { nullable: true, description: "The id of the agreement relied on, as stored (shown even if the agreements subgraph does not know it)." })
  @Column({ name: "legal_basis_agreement_id", type: "text", nullable: true })
  legalBasisAgreementId!: string | null;

  @Column({ name: "case_id", type: "uuid", nullable: true })
  caseId!: string | null;

  @Field(() => [AssistanceType])
  @Column({ name: "assistance_types", type: "text", array: true })
  assistanceTypes!: AssistanceType[];

  @Field(() => MlaStatus)
  @Column({ type: "text" })
  status!: MlaStatus;

  @Field(() => Priority)
  @Column({ type: "text" })
  priority!: Priority;

  @Field({ description: "Spontaneous information, sent without a request (proactive cooperation)." })
  @Column({ type: "boolean" })
  spontaneous!: boolean;

  @Field(() => LocalDateResolver, { nullable: true, description: "Sent (outgoing) or received (incoming)." })
  @Column({ name: "opened_on", type: "date", nullable: true })
  openedOn!: string | null;

  @Field(() => LocalDateResolver, { nullable: true })
  @Column({ name: "acknowledged_on", type: "date", nullable: true })
  acknowledgedOn!: string | null;

  @Field(() => LocalDateResolver, { nullable: true })
  @Column({ name: "due_on", type: "date", nullable: true })
  dueOn!: string | null;

  @Field(() => LocalDateResolver, { nullable: true })
  @Column({ name: "closed_on", type: "date", nullable: true })
  closedOn!: string | null;

  @Field(() => String, {
    nullable: true,
    description: "Why it was refused, in words: the details beside refusalGroundCode (before codes existed, the whole ground as written).",
  })
  @Column({ name: "refusal_ground", type: "text", nullable: true })
  refusalGround!: string | null;

  /** Exposed by MlaRequestResolver.refusalGroundCode (a refusal recorded in words only reads OTHER). */
  @Column({ name: "refusal_ground_code", type: "text", nullable: true })
  refusalGroundCode!: RefusalGroundCode | null;

  @Field(() => String, { nullable: true, description: "CONFIDENTIAL. Internal note of the department." })
  @Column({ name: "internal_note", type: "text", nullable: true })
  internalNote!: string | null;

  @Field(() => String, { nullable: true, description: "The article of the agreement the request relies on (e.g. 'art. 18'), when known." })
  @Column({ name: "legal_basis_article", type: "text", nullable: true })
  legalBasisArticle!: string | null;

  @Field(() => String, { nullable: true, description: "CONFIDENTIAL. The facts as the officer writes them for the requested authority (the drafted letter's summary); may name people." })
  @Column({ name: "facts_summary", type: "text", nullable: true })
  factsSummary!: string | null;

  @Field(() => String, { nullable: true, description: "CONFIDENTIAL. The assistance sought, in words (whom to hear, what to obtain); may name people." })
  @Column({ name: "assistance_sought", type: "text", nullable: true })
  assistanceSought!: string | null;

  @Field(() => String, { nullable: true, description: "The Azerbaijani authority making the request (outgoing)." })
  @Column({ name: "requesting_authority", type: "text", nullable: true })
  requestingAuthority!: string | null;

  @Field(() => String, { nullable: true, description: "CONFIDENTIAL. Whom the requested authority may contact." })
  @Column({ name: "contact_name", type: "text", nullable: true })
  contactName!: string | null;

  @Field(() => String, { nullable: true, description: "CONFIDENTIAL." })
  @Column({ name: "contact_phone", type: "text", nullable: true })
  contactPhone!: string | null;

  @Field(() => String, { nullable: true, description: "CONFIDENTIAL." })
  @Column({ name: "contact_email", type: "text", nullable: true })
  contactEmail!: string | null;

  @Field({ description: "In a final status: executed, partially executed, refused or withdrawn." })
  @Column({ type: "boolean" })
  closed!: boolean;

  @Field({ description: "Open and past its due date (computed in SQL)." })
  @Column({ type: "boolean" })
  overdue!: boolean;

  @Field(() => Int, { nullable: true, description: "Days from opening to closing, or to today while open (computed in SQL)." })
  @Column({ name: "days_open", type: "integer", nullable: true })
  daysOpen!: number | null;

  @Field({ description: "True for generated demo data, which is not from any source." })
  @Column({ type: "boolean" })
  synthetic!: boolean;

  @Field(() => String, { nullable: true, description: "Where in ../shared/sources a real record comes from." })
  @Column({ type: "text", nullable: true })
  source!: string | null;

  @Field(() => Int, { description: "Incremented on every change; send it back as expectedVersion." })
  @Column({ type: "integer" })
  version!: number;

  @CreateDateColumn({ name: "created_at", type: "timestamptz" })
  createdAt!: Date;
}
