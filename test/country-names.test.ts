import { readFileSync } from "node:fs";
import path from "node:path";
import { parse } from "yaml";
import { seedsDir } from "#shared/paths";
import { CountryRussianNames1764930000000, SEEDED_RUSSIAN_NAMES } from "../subgraphs/agreements/src/migrations/1764930000000-CountryRussianNames";
import { startTestHub, type TestHub } from "./support/test-hub";

// Country.nameRu: the Russian names the seeds give (Unicode CLDR's, the sources having none), on a fresh
// database from the seeds and on an older one from the migration; partner-visible like nameAz and nameEn.
let hub: TestHub;
beforeAll(async () => {
  hub = await startTestHub();
});
afterAll(() => hub?.stop());

type Names = { code: string; nameAz: string; nameEn: string; nameRu: string };
const seeded = (parse(readFileSync(path.join(seedsDir("agreements"), "01-countries.yaml"), "utf8")) as { countries: Names[] }).countries;
const byCode = (rows: { code: string }[]) => [...rows].sort((a, b) => a.code.localeCompare(b.code));

describe("Russian country names", () => {
  it("are in the seed for every country, as CLDR gives them, and the migration fills the same ones", () => {
    const cldr = new Intl.DisplayNames(["ru"], { type: "region" });
    expect(seeded.length).toBeGreaterThanOrEqual(22);
    for (const country of seeded) expect([country.code, country.nameRu]).toEqual([country.code, cldr.of(country.code)]);
    expect(Object.fromEntries(seeded.map((c) => [c.code, c.nameRu]))).toEqual(SEEDED_RUSSIAN_NAMES);
    expect(seeded.find((c) => c.code === "TR")!.nameRu).toBe("Турция");
  });

  it("reach staff for every seeded country, with name(lang) in each language", async () => {
    const { body } = await hub.query<{ countries: (Names & { az: string; en: string; ru: string; plain: string })[] }>(
      `{ countries { code nameAz nameEn nameRu az: name(lang: AZ) en: name(lang: EN) ru: name(lang: RU) plain: name } }`,
    );
    expect(body.errors).toBeUndefined();
    const countries = body.data!.countries;
    expect(byCode(countries.map(({ code, nameAz, nameEn, nameRu }) => ({ code, nameAz, nameEn, nameRu })))).toEqual(
      byCode(seeded.map(({ code, nameAz, nameEn, nameRu }) => ({ code, nameAz, nameEn, nameRu }))),
    );
    for (const c of countries) expect([c.az, c.en, c.ru, c.plain]).toEqual([c.nameAz, c.nameEn, c.nameRu, c.nameAz]);
  });

  it("reach a partner key through its registered operation, as staff see them", async () => {
    const partner = await hub.registered<{ countries: Names[] }>("CountryNames", {}, { "x-api-key": await hub.partnerKey() });
    expect(partner.body.errors).toBeUndefined();
    expect(byCode(partner.body.data!.countries)).toEqual(byCode(seeded.map(({ code, nameAz, nameEn, nameRu }) => ({ code, nameAz, nameEn, nameRu }))));
    // A document that is not registered is still refused, nameRu or not.
    const unregistered = await hub.query(`{ countries { nameRu } }`, undefined, { headers: { "x-api-key": await hub.partnerKey() } });
    expect(unregistered.body.errors?.[0].extensions?.code).toBe("FORBIDDEN");
  });

  it("resolve an import's country written in Russian", async () => {
    const { body } = await hub.query<{ countriesByName: { country: { code: string } | null }[] }>(`{ countriesByName(names: ["турция", "ОАЭ", "Соединенные Штаты"]) { country { code } } }`);
    expect(body.data!.countriesByName.map((m) => m.country?.code)).toEqual(["TR", "AE", "US"]);
  });

  it("are filled by the migration in a database seeded before it, a country outside the seeds by CLDR", async () => {
    const runner = hub.subgraphs.agreements.dataSource.createQueryRunner();
    const migration = new CountryRussianNames1764930000000();
    const names = async () => (await hub.pool.query(`SELECT code, name_ru FROM agreements.country ORDER BY code`)).rows;
    const fresh = await names();
    try {
      await migration.down(runner);
      expect((await hub.pool.query(`SELECT count(*)::int AS n FROM information_schema.columns WHERE table_schema = 'agreements' AND table_name = 'country' AND column_name = 'name_ru'`)).rows[0].n).toBe(0);
      await runner.query(`INSERT INTO agreements.country (code, name_az, name_en) VALUES ('DE', 'Almaniya', 'Germany')`);
      await migration.up(runner);
      expect(await names()).toEqual([...fresh, { code: "DE", name_ru: "Германия" }].sort((a, b) => a.code.localeCompare(b.code)));
    } finally {
      await runner.query(`DELETE FROM agreements.country WHERE code = 'DE'`);
      await runner.release();
    }
    expect(await names()).toEqual(fresh);
  });
});
