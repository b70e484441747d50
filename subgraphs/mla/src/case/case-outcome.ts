import { LocalDateResolver } from "graphql-scalars";
import { Field, Float, ID, ObjectType, registerEnumType } from "type-graphql";
import { Column, Entity, PrimaryGeneratedColumn } from "typeorm";

export enum OutcomeKind {
  SUSPECTS_ARRESTED = "SUSPECTS_ARRESTED",
  VICTIMS_IDENTIFIED = "VICTIMS_IDENTIFIED",
  VICTIMS_ASSISTED = "VICTIMS_ASSISTED",
  INDICTMENTS = "INDICTMENTS",
  CONVICTIONS = "CONVICTIONS",
  /** Quantity in AZN. */
  ASSETS_SEIZED = "ASSETS_SEIZED",
}
registerEnumType(OutcomeKind, { name: "OutcomeKind" });

/** A result on a case, recorded when it happens, linked to the requests that contributed to it. */
@ObjectType()
@Entity({ name: "case_outcome" })
export class CaseOutcome {
  @Field(() => ID)
  @PrimaryGeneratedColumn("uuid")
  id!: string;

  @Column({ name: "case_id", type: "uuid" })
  caseId!: string;

  @Field(() => OutcomeKind)
  @Column({ type: "text" })
  kind!: OutcomeKind;

  @Field(() => Float, { description: "How many (people, indictments…), or AZN for ASSETS_SEIZED." })
  @Column({ type: "numeric", transformer: { to: (v: number) => v, from: (v: string) => Number(v) } })
  quantity!: number;

  @Field(() => LocalDateResolver)
  @Column({ name: "recorded_on", type: "date" })
  recordedOn!: string;
  @Field(() => String, { nullable: true, description: "CONFIDENTIAL. May describe people." })
  @Column({ type: "text", nullable: true })
  note!: string | null;

  @Field()
  @Column({ type: "boolean" })
  synthetic!: boolean;
}
