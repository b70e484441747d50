import { Field, Float, Int, ObjectType } from "type-graphql";
import { Column, Entity, PrimaryGeneratedColumn } from "typeorm";
import { SmallCells } from "#shared/subgraph/small-cells";
import { suppressStatistics } from "./statistic-small-cells";
import { PartnerVisible } from "#shared/subgraph/partner-visible";

/** A yearly figure a report gives (TIP: investigations, prosecutions, convictions, victims…). */
@SmallCells(suppressStatistics)
@ObjectType()
@Entity({ name: "statistic" })
export class Statistic {
  @PrimaryGeneratedColumn({ type: "bigint" })
  id!: string;

  @PartnerVisible()
  @Field()
  @Column({ name: "source_id", type: "text" })
  sourceId!: string;

  @PartnerVisible()
  @Field({ description: "INVESTIGATIONS, PROSECUTIONS, CONVICTIONS, VICTIMS_IDENTIFIED, VICTIMS_ASSISTED, CHILDREN_IN_FORCED_BEGGING, HOTLINE_CALLS." })
  @Column({ type: "text" })
  metric!: string;

  @PartnerVisible()
  @Field(() => Int)
  @Column({ type: "integer" })
  year!: number;

  @PartnerVisible()
  @Field({ description: "TOTAL, FORCED_LABOUR or SEXUAL_EXPLOITATION." })
  @Column({ type: "text" })
  category!: string;

  @PartnerVisible()
  @Field(() => Float, { nullable: true, description: "Null for a partner key when withheld (see suppressed)." })
  @Column({ type: "numeric", transformer: { to: (v: number) => v, from: (v: string) => Number(v) } })
  value!: number | null;

  @PartnerVisible()
  @Field({ description: "The source's words." })
  @Column({ type: "text" })
  quote!: string;

  @PartnerVisible()
  @Field(() => [String], {
    description: "Figures of this object withheld from partner keys (null): from 1 to PARTNER_MIN_CELL - 1, and categories that would let one be computed back from the TOTAL. Always empty for staff.",
  })
  suppressed?: string[];
}
