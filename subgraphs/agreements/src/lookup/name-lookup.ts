import { Field, ObjectType } from "type-graphql";
import type { DataSource } from "typeorm";
import { comparableName } from "#shared/database/az-fold";
import { Agreement } from "../agreement/agreement";
import { AgreementAlias } from "../agreement/agreement-alias";
import { Country } from "../country/country";

@ObjectType({ description: "The country a name (ISO code, or name in az/en/ru) stands for." })
export class CountryNameMatch {
  @Field({ description: "The name as asked." })
  name!: string;

  @Field(() => Country, { nullable: true, description: "Null when no country the hub knows has this code or name." })
  country!: Country | null;
}

@ObjectType({ description: "The agreements a name (id, exact title in any language, or short name) stands for." })
export class AgreementNameMatch {
  @Field({ description: "The name as asked." })
  name!: string;

  @Field(() => [Agreement], { description: "None: unknown; one: found; several: the name is ambiguous." })
  agreements!: Agreement[];
}

const REGION_NAMES = (["az", "en", "ru"] as const).map((language) => new Intl.DisplayNames([language], { type: "region" }));

/**
 * Names registers use that neither the seeds nor CLDR give: former or long English names, abbreviations.
 * CLDR's English name of TR is "Türkiye" since 2022; spreadsheets still say "Turkey".
 */
const NAMES_IN_USE: Record<string, string[]> = {
  TR: ["Turkey", "Republic of Turkey", "Republic of Türkiye", "Türkiyə Respublikası", "Турецкая Республика"],
  US: ["USA", "United States of America", "ABŞ", "США"],
  AE: ["UAE", "BƏƏ", "ОАЭ"],
  RU: ["Russia", "Rusiya", "Российская Федерация"],
  MD: ["Republic of Moldova", "Республика Молдова"],
  IR: ["Islamic Republic of Iran", "İran"],
  KG: ["Kyrgyz Republic", "Кыргызстан"],
  CN: ["People's Republic of China", "Çin Xalq Respublikası", "КНР"],
};

/** "Qazaxstan Respublikası" is also "Qazaxstan": the seeds' official Azerbaijani names without the form of state. */
function shortAzerbaijaniName(name: string): string {
  return name.replace(/\s+(Respublikası|Federasiyası|İslam Respublikası)$/u, "");
}

/**
 * Countries by ISO code or name. Names are those of the seeds (az, en, ru), their Azerbaijani short forms, the
 * CLDR names Node's ICU carries in az, en and ru, and NAMES_IN_USE:
 * "Турция", "Türkiyə", "Turkey" and "TR" all give TR. Compared folded (case, Azerbaijani letters, spaces,
 * quotes).
 */
export async function countriesByName(dataSource: DataSource, names: readonly string[]): Promise<CountryNameMatch[]> {
  const countries = await dataSource.getRepository(Country).find();
  const byName = new Map<string, Country>();
  for (const country of countries) {
    const known = [
      country.code,
      country.nameAz,
      shortAzerbaijaniName(country.nameAz),
      country.nameEn,
      country.nameRu,
      ...REGION_NAMES.map((names) => names.of(country.code) ?? ""),
      ...(NAMES_IN_USE[country.code] ?? []),
    ];
    for (const name of known) if (name) byName.set(comparableName(name), country);
  }
  return names.map((name) => ({ name, country: byName.get(comparableName(name)) ?? null }));
}

/**
 * Agreements by id, exact title (az, en or ru) or short name (alias), all compared folded like countries.
 * A name several agreements share is returned with all of them (the import reports it as ambiguous).
 */
export async function agreementsByName(dataSource: DataSource, names: readonly string[]): Promise<AgreementNameMatch[]> {
  const agreements = await dataSource.getRepository(Agreement).find();
  const aliases = await aliasesByAgreement(dataSource);
  const byName = new Map<string, Agreement[]>();
  for (const agreement of agreements) {
    for (const name of new Set([...namesOf(agreement), ...(aliases.get(agreement.id) ?? [])].map(comparableName))) {
      if (name) byName.set(name, [...(byName.get(name) ?? []), agreement]);
    }
  }
  return names.map((name) => {
    const exactId = agreements.find((agreement) => agreement.id === name.trim());
    return { name, agreements: exactId ? [exactId] : (byName.get(comparableName(name)) ?? []) };
  });
}

/** Short names per agreement ("Palermo Protocol", "Palermo Protokolu"), in every language. */
async function aliasesByAgreement(dataSource: DataSource): Promise<Map<string, string[]>> {
  const aliases = new Map<string, string[]>();
  for (const row of await dataSource.getRepository(AgreementAlias).find()) aliases.set(row.agreementId, [...(aliases.get(row.agreementId) ?? []), row.alias]);
  return aliases;
}

function namesOf(agreement: Agreement): string[] {
  return [agreement.id, agreement.titleAz, agreement.titleEn, agreement.titleRu].filter((name): name is string => Boolean(name));
}
