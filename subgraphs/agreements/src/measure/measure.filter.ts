import { LocalDateResolver } from "graphql-scalars";
import { Field, ID, InputType } from "type-graphql";

@InputType()
export class MeasureFilter {
  @Field(() => ID, { nullable: true })
  agreementId?: string;

  @Field(() => ID, { nullable: true, description: "An executing organisation (CIS-BPES, CIS-MEMBER-STATES…)." })
  executorId?: string;

  @Field(() => LocalDateResolver, { nullable: true, description: "Due on or after this day (for yearly measures: an occurrence is)." })
  dueFrom?: string;

  @Field(() => LocalDateResolver, { nullable: true, description: "Due on or before this day." })
  dueTo?: string;
}
