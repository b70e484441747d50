import { Directive, Field, ID, InputType, Int, ObjectType, registerEnumType } from "type-graphql";
import { Country } from "../country/country";

export enum ReportedCooperationKind {
  /** Mutual legal assistance requests answered ("sorğuları cavablandırmışdır"). */
  MLA_REQUESTS_ANSWERED = "MLA_REQUESTS_ANSWERED",
  /** Meetings held, in person or online ("görüşlər (fiziki və onlayn) keçirilmiş"). */
  MEETINGS_HELD = "MEETINGS_HELD",
  /** Recommendations and (information) requests answered: not MLA requests. */
  RECOMMENDATIONS_AND_REQUESTS_ANSWERED = "RECOMMENDATIONS_AND_REQUESTS_ANSWERED",
}
registerEnumType(ReportedCooperationKind, { name: "ReportedCooperationKind" });

export enum ReportedDirection {
  /** The counterpart asked, Azerbaijan answered. */
  INCOMING = "INCOMING",
  OUTGOING = "OUTGOING",
  /** Both sides took part (a meeting). */
  MUTUAL = "MUTUAL",
}
registerEnumType(ReportedDirection, { name: "ReportedDirection" });

/** The agreements subgraph's Organization, named as a counterpart. */
@Directive('@key(fields: "id")')
@ObjectType()
export class Organization {
  @Field(() => ID)
  id!: string;
}

/**
 * Cooperation a source reports without the records behind it: "Azerbaijan answered a number of requests
 * from Turkey". It is never an MLA request and never counted in cooperation figures.
 */
@ObjectType({
  description: "Cooperation a source reports in general terms (no references, dates or count): kept apart from MLA requests and never counted in cooperation figures.",
})
export class ReportedCooperation {
  @Field(() => ID)
  id!: string;

  @Field(() => ReportedCooperationKind)
  kind!: ReportedCooperationKind;

  @Field(() => ReportedDirection)
  direction!: ReportedDirection;

  @Field(() => Country, { nullable: true, description: "The counterpart state, where there is one (resolved by the agreements subgraph)." })
  counterpartCountry!: Country | null;

  @Field(() => Organization, { nullable: true, description: "The counterpart organisation, where there is one." })
  counterpartOrganization!: Organization | null;

  @Field({ description: "The counterpart as the source names it." })
  counterpartAsWritten!: string;

  @Field(() => Int, { nullable: true, description: "The year the source reports it for; null where it gives none." })
  year!: number | null;

  @Field(() => Int, { nullable: true, description: "How many; null: the source does not say." })
  count!: number | null;

  @Field(() => String, { nullable: true, description: 'The quantity as written ("bir sıra": a number of).' })
  countAsWritten!: string | null;

  @Field({ description: "What the source reports, in its words." })
  reportedAsWritten!: string;

  @Field({ description: "Where in ../shared/sources (file and quote)." })
  source!: string;
}

@InputType()
export class ReportedCooperationFilter {
  @Field({ nullable: true, description: "ISO code of the counterpart state." })
  counterpartCountry?: string;

  @Field(() => ID, { nullable: true })
  counterpartOrganizationId?: string;

  @Field(() => ReportedCooperationKind, { nullable: true })
  kind?: ReportedCooperationKind;
}
