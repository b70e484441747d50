import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * The Russian names seeds/agreements/01-countries.yaml gives since this migration: Unicode CLDR's short
 * names (the sources are in Azerbaijani and name no country in Russian). Written out here, not read from the
 * seed file, so the migration stays what it was when a later seed changes.
 */
export const SEEDED_RUSSIAN_NAMES: Readonly<Record<string, string>> = {
  AZ: "Азербайджан", AM: "Армения", BY: "Беларусь", GE: "Грузия", KZ: "Казахстан", KG: "Киргизия", MD: "Молдова", RU: "Россия",
  TJ: "Таджикистан", TM: "Туркменистан", UA: "Украина", AT: "Австрия", CN: "Китай", BG: "Болгария", EG: "Египет", IR: "Иран",
  LV: "Латвия", PK: "Пакистан", RO: "Румыния", TR: "Турция", AE: "ОАЭ", US: "Соединенные Штаты",
};

/**
 * `Country.nameRu`: a Russian name for every country. A fresh database gets it from the seeds (they run after
 * migrations); a database seeded before gets the same names here. A country added some other way gets CLDR's
 * name as Node's ICU gives it, else its English name, so the column can be NOT NULL like the others.
 */
export class CountryRussianNames1764930000000 implements MigrationInterface {
  name = "CountryRussianNames1764930000000";

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE agreements.country ADD COLUMN name_ru text`);
    const codes: { code: string; name_en: string }[] = await db.query(`SELECT code, name_en FROM agreements.country`);
    const cldr = new Intl.DisplayNames(["ru"], { type: "region", fallback: "none" });
    const names = codes.map(({ code, name_en }) => SEEDED_RUSSIAN_NAMES[code] ?? cldr.of(code) ?? name_en);
    await db.query(
      `UPDATE agreements.country c SET name_ru = n.name FROM unnest($1::text[], $2::text[]) AS n(code, name) WHERE c.code = n.code`,
      [codes.map((c) => c.code), names],
    );
    await db.query(`ALTER TABLE agreements.country ALTER COLUMN name_ru SET NOT NULL`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE agreements.country DROP COLUMN name_ru`);
  }
}
