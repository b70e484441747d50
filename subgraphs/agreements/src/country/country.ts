import { Directive, Field, ObjectType } from "type-graphql";
import { Column, Entity, PrimaryColumn } from "typeorm";
import { PartnerVisible } from "#shared/subgraph/partner-visible";
import { Lang } from "../agreement/agreement";

/** A state, keyed by ISO 3166-1 alpha-2 so every subgraph can refer to it without a lookup. */
@Directive('@key(fields: "code")')
@ObjectType({ description: "A country, identified by its ISO 3166-1 alpha-2 code." })
@Entity({ name: "country" })
export class Country {
  @PartnerVisible()
  @Field({ description: "ISO 3166-1 alpha-2 code, e.g. AZ, TR." })
  @PrimaryColumn({ type: "char", length: 2 })
  code!: string;

  @PartnerVisible()
  @Field({ description: "Name in Azerbaijani." })
  @Column({ name: "name_az", type: "text" })
  nameAz!: string;

  @PartnerVisible()
  @Field({ description: "Name in English." })
  @Column({ name: "name_en", type: "text" })
  nameEn!: string;

  @PartnerVisible()
  @Field({ description: "Name in Russian: Unicode CLDR's short name (Турция, Россия); the sources name no country in Russian." })
  @Column({ name: "name_ru", type: "text" })
  nameRu!: string;
}

/** A country's name in a language, as Country.name(lang) gives it. */
export function countryNameIn(country: Country, lang: Lang): string {
  return lang === Lang.RU ? country.nameRu : lang === Lang.EN ? country.nameEn : country.nameAz;
}
