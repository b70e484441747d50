import { Arg, Ctx, FieldResolver, Query, Resolver, Root } from "type-graphql";
import { Party } from "../agreement/party";
import type { AgreementsContext } from "../loaders";
import { Lang } from "../agreement/agreement";
import { Country, countryNameIn } from "./country";
import { PartnerVisible } from "#shared/subgraph/partner-visible";

@Resolver(() => Country)
export class CountryResolver {
  @PartnerVisible()
  @Query(() => [Country], { description: "Every country the hub knows, by code." })
  countries(@Ctx() { db }: AgreementsContext) {
    return db.getRepository(Country).find({ order: { code: "ASC" } });
  }

  @PartnerVisible()
  @Query(() => Country, { nullable: true })
  country(@Ctx() { loaders }: AgreementsContext, @PartnerVisible() @Arg("code") code: string) {
    return loaders.country.load(code.toUpperCase());
  }

  @PartnerVisible()
  @FieldResolver(() => String, { description: "Name in the given language (nameAz, nameEn or nameRu)." })
  name(@Root() country: Country, @Arg("lang", () => Lang, { defaultValue: Lang.AZ }) lang: Lang): string {
    return countryNameIn(country, lang);
  }

  @PartnerVisible()
  @FieldResolver(() => [Party], { description: "This country's place in each agreement it is party to (or did not sign)." })
  parties(@Root() country: Country, @Ctx() { loaders }: AgreementsContext) {
    return loaders.partiesByCountry.load(country.code);
  }
}
