import { Field, ID, ObjectType, registerEnumType } from "type-graphql";
import { Column, Entity, PrimaryGeneratedColumn } from "typeorm";

export enum RecommendationStatus {
  NOT_STARTED = "NOT_STARTED",
  IN_PROGRESS = "IN_PROGRESS",
  PARTIALLY_IMPLEMENTED = "PARTIALLY_IMPLEMENTED",
  IMPLEMENTED = "IMPLEMENTED",
  NO_LONGER_RELEVANT = "NO_LONGER_RELEVANT",
}
registerEnumType(RecommendationStatus, { name: "RecommendationStatus" });

/** Who wrote a status update: a person (API, console) or a spreadsheet import (same values as mla's). */
export enum ChangeOrigin {
  API = "API",
  IMPORT = "IMPORT",
}
registerEnumType(ChangeOrigin, { name: "ChangeOrigin" });

/** Where a recommendation stood in a reporting period. Never changed: a correction is a new update. */
@ObjectType()
@Entity({ name: "status_update" })
export class StatusUpdate {
  @Field(() => ID)
  @PrimaryGeneratedColumn("uuid")
  id!: string;

  @Column({ name: "recommendation_id", type: "text" })
  recommendationId!: string;

  @Field(() => RecommendationStatus)
  @Column({ type: "text" })
  status!: RecommendationStatus;

  @Field({ description: 'Reporting period: "2024", "2024-H1", "2024-Q3" or "2024-05".' })
  @Column({ name: "reporting_period", type: "text" })
  reportingPeriod!: string;
  @Field(() => String, { nullable: true, description: "CONFIDENTIAL. Internal note." })
  @Column({ type: "text", nullable: true })
  note!: string | null;

  @Column({ name: "corrects_id", type: "uuid", nullable: true })
  correctsId!: string | null;

  @Column({ name: "recorded_by", type: "text" })
  recordedBy!: string;
  @Field(() => String, { nullable: true, description: "CONFIDENTIAL. The officer who recorded it." })
  @Column({ name: "recorded_by_name", type: "text" })
  recordedByName!: string;

  @Field()
  @Column({ name: "recorded_at", type: "timestamptz" })
  recordedAt!: Date;

  @Field(() => ChangeOrigin, { description: "Recorded by a person (API) or by a spreadsheet import." })
  @Column({ type: "text" })
  origin!: ChangeOrigin;
}
