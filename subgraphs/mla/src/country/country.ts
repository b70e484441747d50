import { Directive, Field, ObjectType } from "type-graphql";

/** The agreements subgraph's Country; mla contributes the requests exchanged with it. */
@Directive('@key(fields: "code")')
@ObjectType()
export class Country {
  @Field()
  code!: string;
}
