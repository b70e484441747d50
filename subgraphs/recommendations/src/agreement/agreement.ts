import { Directive, Field, ID, ObjectType } from "type-graphql";

/** The agreements subgraph's Agreement; recommendations contributes the recommendations about it. */
@Directive('@key(fields: "id")')
@ObjectType()
export class Agreement {
  @Field(() => ID)
  id!: string;
}
