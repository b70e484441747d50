import { Directive, Field, ID, ObjectType } from "type-graphql";
import { PartnerVisible } from "#shared/subgraph/partner-visible";

/** The agreements subgraph's Agreement; recommendations contributes the recommendations about it. */
@Directive('@key(fields: "id")')
@ObjectType()
export class Agreement {
  @PartnerVisible()
  @Field(() => ID)
  id!: string;
}
