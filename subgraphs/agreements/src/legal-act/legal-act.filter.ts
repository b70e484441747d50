import { Field, InputType } from "type-graphql";
import { LegalActKind } from "./legal-act";
import { PartnerVisible } from "#shared/subgraph/partner-visible";
import { MaxLength } from "#shared/subgraph/input-limits";

@InputType()
export class LegalActFilter {
  @PartnerVisible()
  @Field(() => LegalActKind, { nullable: true })
  kind?: LegalActKind;

  @PartnerVisible()
  @MaxLength(200)
  @Field({ nullable: true, description: "Free text over number, title, kind and summary: Azerbaijani-aware like agreements search (case, letters, word forms, typos)." })
  text?: string;
}
