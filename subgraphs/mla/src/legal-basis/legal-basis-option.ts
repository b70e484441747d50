import { Directive, Field, ID, ObjectType } from "type-graphql";

/** The agreements subgraph's LegalBasisOption (an agreement or reciprocity with a country); mla adds its track record. */
@Directive('@key(fields: "id")')
@ObjectType()
export class LegalBasisOption {
  @Field(() => ID)
  id!: string;
}
