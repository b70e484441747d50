import { Field, InputType } from "type-graphql";
import { LegalActKind } from "./legal-act";

@InputType()
export class LegalActFilter {
  @Field(() => LegalActKind, { nullable: true })
  kind?: LegalActKind;

  @Field({ nullable: true, description: "Free text over number, title, kind and summary: Azerbaijani-aware like agreements search (case, letters, word forms, typos)." })
  text?: string;
}
