import { LocalDateResolver } from "graphql-scalars";
import { Field, ID, InputType } from "type-graphql";
import { Direction, MlaStatus } from "./mla-request";
import { MaxLength } from "#shared/subgraph/input-limits";

@InputType()
export class MlaRequestFilter {
  @Field(() => Direction, { nullable: true })
  direction?: Direction;

  @Field(() => [MlaStatus], { nullable: true, description: "Any of these statuses." })
  status?: MlaStatus[];

  @MaxLength(10)
  @Field({ nullable: true, description: "ISO 3166-1 alpha-2 code of the counterpart country." })
  counterpartCountry?: string;

  @Field(() => ID, { nullable: true, description: "The agreement relied on (ignored inside Agreement.mlaRequests)." })
  legalBasisAgreementId?: string;

  @Field(() => ID, { nullable: true })
  caseId?: string;

  @Field({ nullable: true, description: "Open and past the due date (true), or not (false)." })
  overdue?: boolean;

  @Field({ nullable: true, description: "Only generated demo data (true) or only real records (false)." })
  synthetic?: boolean;

  @MaxLength(200)
  @Field({
    nullable: true,
    description:
      "Every word a part of the reference, the foreign authority's name or the case's reference, in any case, Azerbaijani letters or not (never confidential text).",
  })
  text?: string;

  @Field(() => LocalDateResolver, { nullable: true })
  openedFrom?: string;

  @Field(() => LocalDateResolver, { nullable: true })
  openedTo?: string;
}
