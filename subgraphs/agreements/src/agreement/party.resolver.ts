import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import { Country } from "../country/country";
import type { AgreementsContext } from "../loaders";
import { Organization } from "../organization/organization";
import { Agreement } from "./agreement";
import { Party } from "./party";
import { PartnerVisible } from "#shared/subgraph/partner-visible";

@Resolver(() => Party)
export class PartyResolver {
  @PartnerVisible()
  @FieldResolver(() => Country, { nullable: true, description: "The state, when the party is a state." })
  country(@Root() party: Party, @Ctx() { loaders }: AgreementsContext) {
    return party.countryCode ? loaders.country.load(party.countryCode) : null;
  }

  @PartnerVisible()
  @FieldResolver(() => Organization, { nullable: true, description: "The organisation, when the party is one." })
  organization(@Root() party: Party, @Ctx() { loaders }: AgreementsContext) {
    return party.organizationId ? loaders.organization.load(party.organizationId) : null;
  }

  @PartnerVisible()
  @FieldResolver(() => Agreement)
  agreement(@Root() party: Party, @Ctx() { loaders }: AgreementsContext) {
    return loaders.agreement.load(party.agreementId);
  }
}
