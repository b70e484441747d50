import { Directive, Field, ID, Int, ObjectType, registerEnumType } from "type-graphql";
import { Column, Entity, PrimaryColumn } from "typeorm";
import { PartnerVisible } from "#shared/subgraph/partner-visible";

export enum Theme {
  PREVENTION = "PREVENTION",
  PROTECTION = "PROTECTION",
  PROSECUTION = "PROSECUTION",
  PARTNERSHIP = "PARTNERSHIP",
}
registerEnumType(Theme, { name: "Theme" });

@Directive('@key(fields: "id")')
@ObjectType({ description: "A monitoring body's recommendation, in the source's own numbering." })
@Entity({ name: "recommendation" })
export class Recommendation {
  @PartnerVisible()
  @Field(() => ID, { description: "Source id and code, e.g. needs-assessment-ch3:O." })
  @PrimaryColumn({ type: "text" })
  id!: string;

  @Column({ name: "source_id", type: "text" })
  sourceId!: string;

  @PartnerVisible()
  @Field({ description: "The code as the source numbers it: A…Q, 3.5.2, a TIP item number." })
  @Column({ type: "text" })
  code!: string;

  @PartnerVisible()
  @Field(() => String, { nullable: true, description: "Section of the source it stands in." })
  @Column({ type: "text", nullable: true })
  section!: string | null;

  @PartnerVisible()
  @Field(() => String, { nullable: true })
  @Column({ name: "text_az", type: "text", nullable: true })
  textAz!: string | null;

  @PartnerVisible()
  @Field(() => String, { nullable: true })
  @Column({ name: "text_en", type: "text", nullable: true })
  textEn!: string | null;

  @PartnerVisible()
  @Field(() => String, { nullable: true })
  @Column({ name: "text_ru", type: "text", nullable: true })
  textRu!: string | null;

  @PartnerVisible()
  @Field(() => Theme, { nullable: true, description: "The hub's classification; null where none fits." })
  @Column({ type: "text", nullable: true })
  theme!: Theme | null;

  @PartnerVisible()
  @Field(() => String, { nullable: true, description: 'Priority marks as the source prints them ("• • •").' })
  @Column({ name: "marks_as_written", type: "text", nullable: true })
  marksAsWritten!: string | null;

  @Field(() => Int, { nullable: true, description: "Survey respondents who marked it a top priority, where the source says." })
  @Column({ name: "survey_marks", type: "integer", nullable: true })
  surveyMarks!: number | null;

  @Field(() => Int, { nullable: true, description: "Seminar groups who marked it a top priority, where the source says." })
  @Column({ name: "seminar_marks", type: "integer", nullable: true })
  seminarMarks!: number | null;

  @PartnerVisible()
  @Field(() => String, { nullable: true, description: "Where in ../shared/sources it comes from." })
  @Column({ type: "text", nullable: true })
  quote!: string | null;

  @Column({ type: "integer" })
  position!: number;

  @Field(() => Int, { description: "Incremented by every status update; send it back as expectedVersion." })
  @Column({ type: "integer" })
  version!: number;
}
