import { LocalDateResolver } from "graphql-scalars";
import { Field, ID, InputType } from "type-graphql";
import { PartnerVisible } from "#shared/subgraph/partner-visible";

@InputType()
export class MeasureFilter {
  @PartnerVisible()
  @Field(() => ID, { nullable: true })
  agreementId?: string;

  @PartnerVisible()
  @Field(() => ID, { nullable: true, description: "An executing organisation (CIS-BPES, CIS-MEMBER-STATES…)." })
  executorId?: string;

  @PartnerVisible()
  @Field(() => LocalDateResolver, { nullable: true, description: "Due on or after this day (for yearly measures: an occurrence is)." })
  dueFrom?: string;

  @PartnerVisible()
  @Field(() => LocalDateResolver, { nullable: true, description: "Due on or before this day." })
  dueTo?: string;
}
