import { Field, ID, Int, ObjectType, registerEnumType } from "type-graphql";
import { Column, Entity, PrimaryColumn, PrimaryGeneratedColumn } from "typeorm";
import { PartnerVisible } from "#shared/subgraph/partner-visible";

export enum IndicatorDimension {
  FRAMEWORK = "FRAMEWORK",
  OPERATIONAL = "OPERATIONAL",
}
registerEnumType(IndicatorDimension, { name: "IndicatorDimension" });

export enum IndicatorStatus {
  MET = "MET",
  PARTIALLY_MET = "PARTIALLY_MET",
  NOT_MET = "NOT_MET",
}
registerEnumType(IndicatorStatus, { name: "IndicatorStatus" });

/** One of the needs assessment's indicators (4.5, 5.1-5.5). */
@ObjectType()
@Entity({ name: "indicator" })
export class Indicator {
  @PartnerVisible()
  @Field(() => ID)
  @PrimaryColumn({ type: "text" })
  id!: string;

  @PartnerVisible()
  @Field()
  @Column({ type: "text" })
  name!: string;

  @PartnerVisible()
  @Field()
  @Column({ type: "text" })
  source!: string;
}

/** An indicator's framework or operational criterion at level 1 or 2: what gets assessed. */
@ObjectType()
@Entity({ name: "indicator_item" })
export class IndicatorItem {
  @PartnerVisible()
  @Field(() => ID, { description: "e.g. 5.4-OPERATIONAL-1" })
  @PrimaryColumn({ type: "text" })
  id!: string;

  @Column({ name: "indicator_id", type: "text" })
  indicatorId!: string;

  @PartnerVisible()
  @Field(() => IndicatorDimension)
  @Column({ type: "text" })
  dimension!: IndicatorDimension;

  @PartnerVisible()
  @Field(() => Int)
  @Column({ type: "integer" })
  level!: number;

  @PartnerVisible()
  @Field()
  @Column({ type: "text" })
  text!: string;
}

@ObjectType()
@Entity({ name: "indicator_assessment" })
export class IndicatorAssessment {
  @PartnerVisible()
  @Field(() => ID)
  @PrimaryGeneratedColumn("uuid")
  id!: string;

  @Column({ name: "item_id", type: "text" })
  itemId!: string;

  @PartnerVisible()
  @Field()
  @Column({ name: "reporting_period", type: "text" })
  reportingPeriod!: string;

  @PartnerVisible()
  @Field(() => IndicatorStatus)
  @Column({ type: "text" })
  status!: IndicatorStatus;
  @Field(() => String, { nullable: true, description: "CONFIDENTIAL. Internal note." })
  @Column({ type: "text", nullable: true })
  note!: string | null;
  @Field(() => String, { nullable: true, description: "CONFIDENTIAL." })
  @Column({ name: "recorded_by_name", type: "text" })
  recordedByName!: string;

  @Field()
  @Column({ name: "recorded_at", type: "timestamptz" })
  recordedAt!: Date;

  @PartnerVisible()
  @Field({ description: "The baseline: the first assessment, from the sources (the needs assessment's finding), not by staff." })
  @Column({ type: "boolean", default: false })
  baseline!: boolean;

  @PartnerVisible()
  @Field(() => String, { nullable: true, description: "What the source says, for a baseline taken from a source (public, unlike note)." })
  @Column({ type: "text", nullable: true })
  quote!: string | null;

  @PartnerVisible()
  @Field(() => String, { nullable: true, description: "Where in ../shared/sources, for a baseline taken from a source." })
  @Column({ type: "text", nullable: true })
  source!: string | null;
}
