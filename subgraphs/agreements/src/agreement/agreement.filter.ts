import { LocalDateResolver } from "graphql-scalars";
import { Field, ID, InputType } from "type-graphql";
import { AgreementKind } from "./agreement";
import { PartyStatus } from "./party";
import { PartnerVisible } from "#shared/subgraph/partner-visible";
import { MaxLength } from "#shared/subgraph/input-limits";

@InputType({ description: "A calendar period; either end may be open." })
export class PeriodInput {
  @PartnerVisible()
  @Field(() => LocalDateResolver, { nullable: true })
  from?: string;

  @PartnerVisible()
  @Field(() => LocalDateResolver, { nullable: true })
  to?: string;
}

@InputType()
export class AgreementFilter {
  @PartnerVisible()
  @Field(() => AgreementKind, { nullable: true })
  kind?: AgreementKind;

  @PartnerVisible()
  @Field(() => ID, { nullable: true, description: "Framework organisation, or an organisation that is party (IOM, CIS…)." })
  organizationId?: string;

  @PartnerVisible()
  @MaxLength(10)
  @Field({ nullable: true, description: "ISO code of a country that is party (in any status unless partyStatus is given)." })
  partyCountry?: string;

  @PartnerVisible()
  @Field(() => PartyStatus, { nullable: true, description: "A party's status; with partyCountry, that country's status." })
  partyStatus?: PartyStatus;

  @PartnerVisible()
  @MaxLength(60)
  @Field({ nullable: true })
  topic?: string;

  @PartnerVisible()
  @Field(() => PeriodInput, {
    nullable: true,
    description: "In force at some time in the period: started (entry into force, else signature or adoption) by its end and not ended (period end) before its start. Agreements with no known start are left out.",
  })
  inForceDuring?: PeriodInput;

  @PartnerVisible()
  @MaxLength(200)
  @Field({ nullable: true, description: "Free text over titles, descriptions, measures and reservations; any case, with or without Azerbaijani letters, small typos forgiven. Results are ranked." })
  text?: string;
}
