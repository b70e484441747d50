import { LocalDateResolver } from "graphql-scalars";
import { Directive, Field, ID, Int, ObjectType } from "type-graphql";
import { Column, Entity, PrimaryColumn, PrimaryGeneratedColumn } from "typeorm";

/**
 * A duty to report, recurring every year: the CIS programme's reports (measure 6.3, both rows), the National
 * Coordinator's annual information (law of 28.06.2005, art. 7).
 */
@Directive('@key(fields: "id")')
@ObjectType({ description: "A recurring duty to report: what, by whom, to whom, when (as written and as the hub reads it)." })
@Entity({ name: "reporting_duty" })
export class ReportingDuty {
  @Field(() => ID)
  @PrimaryColumn({ type: "text" })
  id!: string;

  @Field({ description: "The duty in the source's words." })
  @Column({ name: "title_az", type: "text" })
  titleAz!: string;

  @Field(() => String, { nullable: true, description: 'The deadline as written: "Hesabat ilindən sonrakı ilin fevral ayında", "Hər il", "illik".' })
  @Column({ name: "deadline_text", type: "text", nullable: true })
  deadlineText!: string | null;

  @Column({ type: "text" })
  recurrence!: string;

  @Field(() => Int, { description: "The first period (year) reported on." })
  @Column({ name: "first_period", type: "integer" })
  firstPeriod!: number;

  @Field(() => Int, { nullable: true, description: "The last period reported on; null while the duty stands." })
  @Column({ name: "last_period", type: "integer", nullable: true })
  lastPeriod!: number | null;

  @Field(() => Int, { description: "0: the report on a year is due within it; 1: in the following year." })
  @Column({ name: "due_year_offset", type: "integer" })
  dueYearOffset!: number;

  @Field(() => Int, { nullable: true, description: "The month it is due in (2 = February); null where the source names none (due by the end of the year)." })
  @Column({ name: "due_month", type: "integer", nullable: true })
  dueMonth!: number | null;

  @Column({ name: "due_day", type: "integer", nullable: true })
  dueDay!: number | null;

  @Field(() => String, { nullable: true, description: "Who reports, as written; null where the source leaves the cell empty." })
  @Column({ name: "responsible_text", type: "text", nullable: true })
  responsibleText!: string | null;

  @Field(() => String, { nullable: true, description: "To whom, as written." })
  @Column({ name: "recipients_text", type: "text", nullable: true })
  recipientsText!: string | null;

  @Field(() => String, { nullable: true, description: "The hub's reading where the source is silent (not a quote)." })
  @Column({ type: "text", nullable: true })
  note!: string | null;

  @Column({ name: "agreement_id", type: "text", nullable: true })
  agreementId!: string | null;

  @Column({ name: "measure_id", type: "bigint", nullable: true })
  measureId!: string | null;

  @Column({ name: "legal_act_id", type: "text", nullable: true })
  legalActId!: string | null;

  @Field(() => String, { nullable: true, description: "The provision imposing it, as written (\"Qanunun 7-ci maddəsinə əsasən\")." })
  @Column({ name: "legal_basis_text", type: "text", nullable: true })
  legalBasisText!: string | null;

  @Field()
  @Column({ type: "text" })
  source!: string;
}

/** A report the sources say was made (or heard), for the period it covers. */
@ObjectType()
@Entity({ name: "reporting_duty_submission" })
export class ReportingDutySubmission {
  @PrimaryGeneratedColumn({ type: "bigint" })
  id!: string;

  @Column({ name: "duty_id", type: "text" })
  dutyId!: string;

  @Field(() => Int)
  @Column({ name: "reported_period", type: "integer" })
  reportedPeriod!: number;

  @Field(() => LocalDateResolver, { nullable: true })
  @Column({ name: "event_on", type: "date", nullable: true })
  eventOn!: string | null;

  @Field({ description: "What happened, in the source's words (\"... illik məlumatı dinlənilmişdir\")." })
  @Column({ name: "event_as_written", type: "text" })
  eventAsWritten!: string;

  @Field()
  @Column({ type: "text" })
  source!: string;
}
