import { Directive, Field, ID, ObjectType } from "type-graphql";

/** The agreements subgraph's Agreement; mla only contributes fields to it. */
@Directive('@key(fields: "id")')
@ObjectType()
export class Agreement {
  @Field(() => ID)
  id!: string;
}
