import { Directive, Field, ID, Int, ObjectType, registerEnumType } from "type-graphql";
import { Column, Entity, PrimaryColumn, VersionColumn } from "typeorm";

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
  @Field(() => ID, { description: "Source id and code, e.g. needs-assessment-ch3:O." })
  @PrimaryColumn({ type: "text" })
  id!: string;

  @Column({ name: "source_id", type: "text" })
  sourceId!: string;

  @Field({ description: "The code as the source numbers it: A…Q, 3.5.2, a TIP item number." })
  @Column({ type: "text" })
  code!: string;

  @Field(() => String, { nullable: true })
  @Column({ name: "text_az", type: "text", nullable: true })
  textAz!: string | null;

  @Field(() => String, { nullable: true })
  @Column({ name: "text_en", type: "text", nullable: true })
  textEn!: string | null;

  @Field(() => Theme, { nullable: true, description: "The hub's classification; null where none fits." })
  @Column({ type: "text", nullable: true })
  theme!: Theme | null;

  @Field(() => Int)
  @VersionColumn()
  version!: number;
}
