import { Field, ID, Int, ObjectType, registerEnumType } from "type-graphql";
import { Column, Entity, PrimaryColumn } from "typeorm";
import { PartnerVisible } from "#shared/subgraph/partner-visible";

export enum MonitoringBody {
  US_TIP_REPORT = "US_TIP_REPORT",
  GRETA = "GRETA",
  OSCE = "OSCE",
  NEEDS_ASSESSMENT = "NEEDS_ASSESSMENT",
  PROGRAMME = "PROGRAMME",
}
registerEnumType(MonitoringBody, { name: "MonitoringBody" });

/** A report or document that makes recommendations ("TIP Report 2013", "Needs assessment, ch. 3"). */
@ObjectType()
@Entity({ name: "recommendation_source" })
export class RecommendationSource {
  @PartnerVisible()
  @Field(() => ID)
  @PrimaryColumn({ type: "text" })
  id!: string;

  @PartnerVisible()
  @Field(() => MonitoringBody)
  @Column({ type: "text" })
  body!: MonitoringBody;

  @PartnerVisible()
  @Field()
  @Column({ type: "text" })
  title!: string;

  @PartnerVisible()
  @Field(() => Int, { nullable: true })
  @Column({ type: "integer", nullable: true })
  year!: number | null;

  @PartnerVisible()
  @Field(() => String, { nullable: true, description: 'The period the report covers, e.g. "2012" for the 2013 TIP report.' })
  @Column({ name: "reporting_period", type: "text", nullable: true })
  reportingPeriod!: string | null;

  @PartnerVisible()
  @Field(() => String, { nullable: true, description: "The document in ../shared/sources, or a citation." })
  @Column({ name: "document_ref", type: "text", nullable: true })
  documentRef!: string | null;

  @PartnerVisible()
  @Field()
  @Column({ type: "text" })
  source!: string;
}
