import { LocalDateResolver } from "graphql-scalars";
import { Directive, Field, ID, InputType, Int, ObjectType, registerEnumType } from "type-graphql";
import { Recurrence } from "../measure/measure";

export enum ObligationKind {
  /** A measure of an agreement or programme with a deadline. */
  MEASURE = "MEASURE",
  /** A recurring duty to report. */
  REPORTING_DUTY = "REPORTING_DUTY",
}
registerEnumType(ObligationKind, { name: "ObligationKind" });

/**
 * One thing that falls due: a measure, or a reporting duty, with its next due date in the period asked.
 * Built by ObligationService from one SQL statement; the references are resolved through loaders.
 */
// An entity keyed by id and due date, so the mla subgraph can place obligations in the deadlines list.
@Directive('@key(fields: "id dueOn")')
@ObjectType({ description: "A measure or a reporting duty falling due: the next due date in the period asked, who is responsible, where it comes from." })
export class Obligation {
  @Field(() => ID, { description: "MEASURE:<measure id> or REPORTING_DUTY:<duty id>; stable across periods." })
  id!: string;

  @Field(() => ObligationKind)
  kind!: ObligationKind;

  @Field({ description: "What is due, in the source's words." })
  title!: string;

  @Field(() => LocalDateResolver, { description: "The first due date in the period asked (for a recurring obligation, the next occurrence)." })
  dueOn!: string;

  @Field(() => LocalDateResolver, { nullable: true, description: "When the due period opens (1 February for a February report; a measure's start)." })
  dueWindowFrom!: string | null;

  @Field({ description: "False where the source gives no day or month and the due date is the hub's reading (end of the year or period)." })
  dueDateStated!: boolean;

  @Field(() => String, { nullable: true, description: "The deadline as the source writes it." })
  deadlineAsWritten!: string | null;

  @Field(() => Recurrence)
  recurrence!: Recurrence;

  @Field(() => Int, { nullable: true, description: "For a report: the year it covers." })
  reportedPeriod!: number | null;

  @Field(() => String, { nullable: true, description: "Executors or reporting bodies as written; null where the source names none." })
  responsibleAsWritten!: string | null;

  @Field()
  source!: string;

  responsibleIds!: string[];
  measureId!: string | null;
  reportingDutyId!: string | null;
  agreementId!: string | null;
  legalActId!: string | null;
}

@InputType({ description: "Which obligations: due in [dueFrom, dueTo] (default: a year from today), of a kind, for a body, under an agreement or act." })
export class ObligationFilter {
  @Field(() => LocalDateResolver, { nullable: true, description: "Default: today, or a year before dueTo." })
  dueFrom?: string;

  @Field(() => LocalDateResolver, { nullable: true, description: "Default: a year after dueFrom. At most 100 years after dueFrom." })
  dueTo?: string;

  @Field(() => ObligationKind, { nullable: true })
  kind?: ObligationKind;

  @Field(() => ID, { nullable: true, description: "An executor or reporting body (CIS-BPES, AZ-NATIONAL-COORDINATOR…)." })
  responsibleId?: string;

  @Field(() => ID, { nullable: true })
  agreementId?: string;

  @Field(() => ID, { nullable: true })
  legalActId?: string;
}
