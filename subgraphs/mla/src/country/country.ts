import { Directive, Field, ObjectType } from "type-graphql";
import { PartnerVisible } from "#shared/subgraph/partner-visible";

/** The agreements subgraph's Country; mla contributes the requests exchanged with it. */
@Directive('@key(fields: "code")')
@ObjectType()
export class Country {
  @PartnerVisible()
  @Field()
  code!: string;
}
