import { Field, ID, ObjectType, registerEnumType } from "type-graphql";
import { Column, Entity, PrimaryGeneratedColumn } from "typeorm";
import { MlaStatus } from "./mla-request";
import type { RefusalGroundCode } from "./refusal-ground";

export enum HistoryEntryKind {
  /** A status step; the first one, from nothing, is the creation. */
  STATUS = "STATUS",
  /** Brought in by a spreadsheet import, already in its status (historical requests arrive closed). */
  IMPORTED = "IMPORTED",
  /** Fields other than the status changed by an import (`changedFields` names them). */
  UPDATED = "UPDATED",
  CASE_ATTACHED = "CASE_ATTACHED",
  CASE_DETACHED = "CASE_DETACHED",
}
registerEnumType(HistoryEntryKind, { name: "HistoryEntryKind" });

export enum ChangeOrigin {
  /** A person through the API or the console. */
  API = "API",
  /** A spreadsheet import (docs/import.md). */
  IMPORT = "IMPORT",
}
registerEnumType(ChangeOrigin, { name: "ChangeOrigin" });

/** One accepted change of a request (status step, import, case attachment); the table is append-only. */
@ObjectType()
@Entity({ name: "mla_request_transition" })
export class MlaRequestTransition {
  @Field(() => ID)
  @PrimaryGeneratedColumn({ type: "bigint" })
  id!: string;

  @Column({ name: "request_id", type: "uuid" })
  requestId!: string;

  @Field(() => HistoryEntryKind)
  @Column({ type: "text" })
  kind!: HistoryEntryKind;

  @Field(() => ChangeOrigin, { description: "Made through the API (a person) or by a spreadsheet import." })
  @Column({ type: "text" })
  origin!: ChangeOrigin;

  @Column({ name: "case_id", type: "uuid", nullable: true })
  caseId!: string | null;

  @Field(() => [String], { description: "For UPDATED: the import columns that changed." })
  @Column({ name: "changed_fields", type: "text", array: true })
  changedFields!: string[];

  @Field(() => MlaStatus, { nullable: true, description: "Null for the creation of the request (and for an import: it arrived in `to`)." })
  @Column({ name: "from_status", type: "text", nullable: true })
  from!: MlaStatus | null;

  @Field(() => MlaStatus, { description: "The status after the change (unchanged by a case attachment or a field update)." })
  @Column({ name: "to_status", type: "text" })
  to!: MlaStatus;
  @Field(() => String, { nullable: true, description: "CONFIDENTIAL. The officer's note." })
  @Column({ type: "text", nullable: true })
  note!: string | null;

  @Field(() => String, { nullable: true, description: "For a refusal: the ground in words (the details beside refusalGroundCode)." })
  @Column({ name: "refusal_ground", type: "text", nullable: true })
  refusalGround!: string | null;

  /** Exposed by MlaRequestHistoryResolver.refusalGroundCode (a refusal recorded in words only reads OTHER). */
  @Column({ name: "refusal_ground_code", type: "text", nullable: true })
  refusalGroundCode!: RefusalGroundCode | null;

  @Field(() => String, { nullable: true, description: "CONFIDENTIAL. Who made the change." })
  @Column({ name: "changed_by_name", type: "text" })
  changedByName!: string;

  @Column({ name: "changed_by", type: "text" })
  changedBy!: string;

  @Field()
  @Column({ name: "changed_at", type: "timestamptz" })
  changedAt!: Date;
}
