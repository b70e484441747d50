import { Directive, Field, ID, ObjectType } from "type-graphql";
import { PartnerVisible } from "#shared/subgraph/partner-visible";

/** The mla subgraph's MlaRequest; recommendations contributes the recommendations it is evidence for. */
@Directive('@key(fields: "id")')
@ObjectType()
export class MlaRequest {
  @Field(() => ID)
  id!: string;
}

/** The agreements subgraph's Organization: the institutions a recommendation names. */
@Directive('@key(fields: "id")')
@ObjectType()
export class Organization {
  @PartnerVisible()
  @Field(() => ID)
  id!: string;
}

/** The agreements subgraph's Measure, named by evidence. */
@Directive('@key(fields: "id")')
@ObjectType()
export class Measure {
  @Field(() => ID)
  id!: string;
}
