import { Field, InputType } from "type-graphql";
import { Lang } from "./agreement";

@InputType({ description: "A name people use for an agreement, in one language, with where it is used." })
export class AliasInput {
  @Field(() => Lang)
  lang!: Lang;

  @Field({ description: "The name as people write it (\"Palermo Protokolu\")." })
  alias!: string;

  @Field({ description: "Where the name is used: a document (file and quote) or the depositary." })
  source!: string;
}

@InputType({ description: "A translation staff made of a title or text, in a language that has no official one." })
export class TranslationInput {
  @Field(() => Lang)
  lang!: Lang;

  @Field()
  text!: string;
}
