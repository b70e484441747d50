import { LocalDateResolver } from "graphql-scalars";
import { Field, ID, Int, ObjectType } from "type-graphql";
import { Column, Entity, PrimaryGeneratedColumn } from "typeorm";

/** A national criminal case that MLA requests serve (Criminal Code art. 144-1, 144-2, 144-3…). */
@ObjectType("Case")
@Entity({ name: "criminal_case" })
export class CriminalCase {
  @Field(() => ID)
  @PrimaryGeneratedColumn("uuid")
  id!: string;

  @Field({ description: "Case number." })
  @Column({ type: "text" })
  reference!: string;

  @Field(() => [String], { description: "Criminal Code articles, e.g. 144-1, 144-2." })
  @Column({ type: "text", array: true })
  articles!: string[];

  @Field(() => LocalDateResolver, { nullable: true })
  @Column({ name: "opened_on", type: "date", nullable: true })
  openedOn!: string | null;
  @Field(() => String, { nullable: true, description: "CONFIDENTIAL. What the case is about; may name people." })
  @Column({ type: "text", nullable: true })
  summary!: string | null;
  @Field(() => String, { nullable: true, description: "CONFIDENTIAL (art. 316-1). Victim-identifying details." })
  @Column({ name: "victim_details", type: "text", nullable: true })
  victimDetails!: string | null;
  @Field(() => String, { nullable: true, description: "CONFIDENTIAL. Internal notes." })
  @Column({ name: "internal_notes", type: "text", nullable: true })
  internalNotes!: string | null;

  @Field()
  @Column({ type: "boolean" })
  synthetic!: boolean;

  @Field(() => Int)
  @Column({ type: "integer" })
  version!: number;
}
