import { Field, Float, Int, ObjectType } from "type-graphql";
import { Column, Entity, PrimaryGeneratedColumn } from "typeorm";

/** A yearly figure a report gives (TIP: investigations, prosecutions, convictions, victims…). */
@ObjectType()
@Entity({ name: "statistic" })
export class Statistic {
  @PrimaryGeneratedColumn({ type: "bigint" })
  id!: string;

  @Field()
  @Column({ name: "source_id", type: "text" })
  sourceId!: string;

  @Field({ description: "INVESTIGATIONS, PROSECUTIONS, CONVICTIONS, VICTIMS_IDENTIFIED, VICTIMS_ASSISTED, CHILDREN_IN_FORCED_BEGGING, HOTLINE_CALLS." })
  @Column({ type: "text" })
  metric!: string;

  @Field(() => Int)
  @Column({ type: "integer" })
  year!: number;

  @Field({ description: "TOTAL, FORCED_LABOUR or SEXUAL_EXPLOITATION." })
  @Column({ type: "text" })
  category!: string;

  @Field(() => Float)
  @Column({ type: "numeric", transformer: { to: (v: number) => v, from: (v: string) => Number(v) } })
  value!: number;

  @Field({ description: "The source's words." })
  @Column({ type: "text" })
  quote!: string;
}
