import { LocalDateResolver } from "graphql-scalars";
import { Directive, Field, ID, Int, ObjectType, registerEnumType } from "type-graphql";
import { Column, Entity, PrimaryGeneratedColumn } from "typeorm";
import { PartnerVisible } from "#shared/subgraph/partner-visible";

export enum Recurrence {
  NONE = "NONE",
  /** "Hər il": due every year between the first and last occurrence. */
  ANNUAL = "ANNUAL",
}
registerEnumType(Recurrence, { name: "Recurrence" });

/** A measure's deadline, kept as written and as a machine-readable period or recurrence. */
@ObjectType()
export class Deadline {
  @PartnerVisible()
  @Field(() => String, { nullable: true, description: 'As the source writes it: "2007-2010-cu illər", "Hər il"…' })
  asWritten!: string | null;

  @PartnerVisible()
  @Field(() => LocalDateResolver, { nullable: true, description: "Start of the period (or first occurrence)." })
  from!: string | null;

  @PartnerVisible()
  @Field(() => LocalDateResolver, { nullable: true, description: "Due date (or last occurrence)." })
  to!: string | null;

  @PartnerVisible()
  @Field(() => Recurrence)
  recurrence!: Recurrence;

  @PartnerVisible()
  @Field(() => String, { nullable: true, description: "For relative deadlines: what they count from (PROGRAMME_ADOPTION)." })
  relativeTo!: string | null;

  @PartnerVisible()
  @Field(() => Int, { nullable: true, description: 'For relative deadlines: the months allowed ("3 ay ərzində").' })
  relativeMonths!: number | null;
}

/** An obligation of a programme or agreement, with its executors. Sub-items (a), b)…) have a parent. */
@Directive('@key(fields: "id")')
@ObjectType()
@Entity({ name: "measure" })
export class Measure {
  @PartnerVisible()
  @Field(() => ID)
  @PrimaryGeneratedColumn({ type: "bigint" })
  id!: string;

  @Column({ name: "agreement_id", type: "text" })
  agreementId!: string;

  @Column({ name: "parent_id", type: "bigint", nullable: true })
  parentId!: string | null;

  @PartnerVisible()
  @Field(() => Int, { description: "Order in the source." })
  @Column({ type: "integer" })
  position!: number;

  @PartnerVisible()
  @Field(() => String, { nullable: true, description: "Section heading, e.g. II. Təşkilati-praktik tədbirlər." })
  @Column({ type: "text", nullable: true })
  section!: string | null;

  @PartnerVisible()
  @Field(() => String, { nullable: true, description: 'Number as written: "1.1", "6.3", or "a)" for a sub-item.' })
  @Column({ type: "text", nullable: true })
  number!: string | null;

  @PartnerVisible()
  @Field()
  @Column({ type: "text" })
  text!: string;

  @Column({ name: "deadline_text", type: "text", nullable: true })
  deadlineText!: string | null;

  @Column({ name: "deadline_from", type: "date", nullable: true })
  deadlineFrom!: string | null;

  @Column({ name: "deadline_to", type: "date", nullable: true })
  deadlineTo!: string | null;

  @Column({ type: "text", default: Recurrence.NONE })
  recurrence!: Recurrence;

  @Column({ name: "relative_to", type: "text", nullable: true })
  relativeTo!: string | null;

  @Column({ name: "relative_months", type: "integer", nullable: true })
  relativeMonths!: number | null;

  @PartnerVisible()
  @Field(() => String, { nullable: true, description: "Executors as the source writes them." })
  @Column({ name: "executors_text", type: "text", nullable: true })
  executorsText!: string | null;

  @PartnerVisible()
  @Field(() => String, { nullable: true, description: "The body that decides on it, where the source names one." })
  @Column({ name: "deciding_body_text", type: "text", nullable: true })
  decidingBodyText!: string | null;

  @PartnerVisible()
  @Field()
  @Column({ type: "text" })
  source!: string;
}
