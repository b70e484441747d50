import { readFileSync } from "node:fs";
import path from "node:path";
import { parse } from "yaml";
import { createLogger } from "#shared/logger";
import { seedsDir } from "#shared/paths";
import { startTestHub, type TestHub } from "./support/test-hub";
import { agreementsSubgraph } from "../subgraphs/agreements/src/subgraph";
import { mlaSubgraph } from "../subgraphs/mla/src/subgraph";
import { recommendationsSubgraph } from "../subgraphs/recommendations/src/subgraph";

let hub: TestHub;
beforeAll(async () => {
  hub = await startTestHub();
});
afterAll(() => hub?.stop());

const count = async (table: string) => Number((await hub.pool.query(`SELECT count(*) FROM ${table}`)).rows[0].count);
const seedFile = (subgraph: string, file: string) => parse(readFileSync(path.join(seedsDir(subgraph), file), "utf8"));

describe("seed data", () => {
  it("loads every record of the seed files", async () => {
    expect(await count("agreements.country")).toBe(seedFile("agreements", "01-countries.yaml").countries.length);
    expect(await count("agreements.organization")).toBe(seedFile("agreements", "02-organizations.yaml").organizations.length);
    const agreements = ["03-agreements.yaml", "04-cis-programme-annex.yaml", "06-more-instruments.yaml"].flatMap(
      (file) => seedFile("agreements", file).agreements as { parties?: unknown[] }[],
    );
    expect(await count("agreements.agreement")).toBe(agreements.length);
    expect(await count("agreements.party")).toBe(agreements.reduce((sum, a) => sum + (a.parties?.length ?? 0), 0));
    // The sources report no MLA request with a record behind it: only reported cooperation.
    expect(await count("mla.mla_request")).toBe(0);
    expect(await count("mla.reported_cooperation")).toBe(seedFile("mla", "01-reported-cooperation.yaml").reportedCooperation.length);
    expect(await count("agreements.legal_act")).toBe(seedFile("agreements", "07-national-framework.yaml").legalActs.length);
    expect(await count("agreements.reporting_duty")).toBe(seedFile("agreements", "08-reporting-duties.yaml").reportingDuties.length);
    const recommendationFiles = ["01-needs-assessment.yaml", "02-us-tip-2013.yaml", "03-greta-osce.yaml"];
    expect(await count("recommendations.recommendation")).toBe(
      recommendationFiles.reduce((sum, file) => sum + seedFile("recommendations", file).recommendations.length, 0),
    );
    expect(await count("recommendations.statistic")).toBe(seedFile("recommendations", "02-us-tip-2013.yaml").statistics.length);
    expect(await count("recommendations.indicator_item")).toBe(6 * 4);
  });

  it("gives every real record a source", async () => {
    for (const table of ["agreements.agreement", "agreements.organization", "agreements.party", "agreements.measure"]) {
      const { rows } = await hub.pool.query(`SELECT count(*) FROM ${table} WHERE source IS NULL OR trim(source) = ''`);
      expect(`${table}: ${rows[0].count}`).toBe(`${table}: 0`);
    }
    const quotes = await hub.pool.query(`SELECT count(*) FROM recommendations.recommendation WHERE quote IS NULL OR trim(quote) = ''`);
    expect(Number(quotes.rows[0].count)).toBe(0);
  });

  it("a second start loads nothing twice and keeps what staff changed", async () => {
    const before = {
      agreements: await count("agreements.agreement"),
      parties: await count("agreements.party"),
      requests: await count("mla.mla_request"),
      reported: await count("mla.reported_cooperation"),
      recommendations: await count("recommendations.recommendation"),
      institutions: await count("recommendations.recommendation_institution"),
      baselines: await count("recommendations.indicator_assessment"),
      legalActs: await count("agreements.legal_act"),
      aliases: await count("agreements.agreement_alias"),
    };
    await hub.pool.query(`UPDATE agreements.agreement SET title_en = 'Edited by staff' WHERE id = 'palermo-protocol-2000'`);
    // Forget the seed log too: even a full reload must not duplicate or overwrite.
    await hub.pool.query(`TRUNCATE agreements.seed_log, mla.seed_log, recommendations.seed_log`);
    const log = createLogger("test", "silent");
    for (const module of [agreementsSubgraph, mlaSubgraph, recommendationsSubgraph]) {
      const results = await module.seed(hub.subgraphs[module.name].dataSource, { demo: false, log });
      expect(results.every((r) => r.loaded)).toBe(true);
    }
    expect({
      agreements: await count("agreements.agreement"),
      parties: await count("agreements.party"),
      requests: await count("mla.mla_request"),
      reported: await count("mla.reported_cooperation"),
      recommendations: await count("recommendations.recommendation"),
      institutions: await count("recommendations.recommendation_institution"),
      baselines: await count("recommendations.indicator_assessment"),
      legalActs: await count("agreements.legal_act"),
      aliases: await count("agreements.agreement_alias"),
    }).toEqual(before);
    const { rows } = await hub.pool.query(`SELECT title_en FROM agreements.agreement WHERE id = 'palermo-protocol-2000'`);
    expect(rows[0].title_en).toBe("Edited by staff");

    // With the seed log intact, an unchanged file is not even read into the database again.
    const again = await agreementsSubgraph.seed(hub.subgraphs.agreements.dataSource, { demo: false, log });
    expect(again.some((r) => r.loaded)).toBe(false);
  });

  it("leaves empty what the sources do not give (no invented titles or dates)", async () => {
    const { rows } = await hub.pool.query(
      `SELECT title_az, title_en, title_ru, signed_on FROM agreements.agreement WHERE id = 'az-at-cooperation'`,
    );
    expect(rows[0]).toEqual({ title_az: null, title_en: null, title_ru: null, signed_on: null });
  });
});
