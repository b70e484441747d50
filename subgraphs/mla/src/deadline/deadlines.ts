import { LocalDateResolver } from "graphql-scalars";
import { Directive, Field, ID, Int, ObjectType, registerEnumType } from "type-graphql";
import { ConnectionType } from "#shared/subgraph/connection";
import { Priority } from "../mla-request/mla-request";

export enum DeadlineKind {
  /** An open MLA request, overdue or due soon (mla). */
  MLA_REQUEST = "MLA_REQUEST",
  /** A measure of an agreement or programme (agreements). */
  MEASURE = "MEASURE",
  /** A recurring duty to report (agreements). */
  REPORTING_DUTY = "REPORTING_DUTY",
}
registerEnumType(DeadlineKind, { name: "DeadlineKind" });

/** The agreements subgraph's kinds of obligation, as it sends them to place them in the list. */
export enum ObligationKind {
  MEASURE = "MEASURE",
  REPORTING_DUTY = "REPORTING_DUTY",
}
registerEnumType(ObligationKind, { name: "ObligationKind" });

/** An obligation owned by the agreements subgraph: its key, and its kind, which agreements provides. */
@Directive('@key(fields: "id dueOn", resolvable: false)')
@ObjectType("Obligation")
export class ObligationReference {
  @Field(() => ID)
  id!: string;

  @Field(() => LocalDateResolver)
  dueOn!: string;

  @Directive("@external")
  @Field(() => ObligationKind)
  kind!: ObligationKind;
}

/**
 * The deadlines entity as mla sees it: the key, and the obligations agreements lists for it (external,
 * required by `items` and `counts`, so the gateway fetches them from agreements first).
 */
@Directive('@key(fields: "asOf until includeSynthetic")')
@ObjectType()
export class Deadlines {
  @Field(() => LocalDateResolver)
  asOf!: string;

  @Field(() => LocalDateResolver)
  until!: string;

  @Field()
  includeSynthetic!: boolean;

  @Directive("@external")
  @Field(() => [ObligationReference])
  obligations!: ObligationReference[];
}

@ObjectType({ description: "One thing due: an open MLA request (overdue or due soon), a measure or a reporting duty." })
export class DeadlineItem {
  @Field(() => ID, { description: "MLA_REQUEST:<request id>, MEASURE:<measure id> or REPORTING_DUTY:<duty id>: stable, so a digest can tell what it sent." })
  id!: string;

  @Field(() => DeadlineKind)
  kind!: DeadlineKind;

  @Field(() => LocalDateResolver, { description: "When it is (or was) due." })
  dueOn!: string;

  @Field(() => Int, { description: "dueOn minus asOf: negative when overdue (by that many days), 0 when due that day." })
  daysLeft!: number;

  @Field({ description: "Due before asOf (only open MLA requests can be: obligations are listed from asOf on)." })
  overdue!: boolean;

  @Field(() => Priority, { nullable: true, description: "The request's priority; null for obligations." })
  priority!: Priority | null;

  requestId!: string | null;
}

export const DeadlineItemConnection = ConnectionType(DeadlineItem, "DeadlineItem");

@ObjectType({ description: "How many things are due, by kind (for a page's tabs and a digest's summary)." })
export class DeadlineCounts {
  @Field(() => Int)
  total!: number;

  @Field(() => Int, { description: "Open MLA requests past their due date." })
  mlaRequestsOverdue!: number;

  @Field(() => Int, { description: "Open MLA requests due from asOf to until." })
  mlaRequestsDueSoon!: number;

  @Field(() => Int)
  measures!: number;

  @Field(() => Int)
  reportingDuties!: number;
}
