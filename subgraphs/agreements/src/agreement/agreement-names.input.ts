import { Field, InputType } from "type-graphql";
import { MaxLength } from "#shared/subgraph/input-limits";
import { PartnerVisible } from "#shared/subgraph/partner-visible";
import { Lang } from "./agreement";

@InputType({ description: "A name people use for an agreement, in one language, with where it is used." })
export class AliasInput {
  @Field(() => Lang)
  lang!: Lang;

  // Names and translations of public titles are not confidential: the audit keeps them as sent.
  @PartnerVisible()
  @MaxLength(300)
  @Field({ description: "The name as people write it (\"Palermo Protokolu\")." })
  alias!: string;

  @PartnerVisible()
  @Field({ description: "Where the name is used: a document (file and quote) or the depositary." })
  source!: string;
}

@InputType({ description: "A translation staff made of a title or text, in a language that has no official one." })
export class TranslationInput {
  @Field(() => Lang)
  lang!: Lang;

  @PartnerVisible()
  @MaxLength(1000)
  @Field()
  text!: string;
}
