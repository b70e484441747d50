import { IDENTITY_HEADER, signIdentity } from "#shared/auth/gateway-signature";
import { startTestHub, type TestHub } from "./support/test-hub";

// Texts the sources give only in Azerbaijani (measures, reporting duties' titles, indicator criteria) take
// unofficial translations in English or Russian, like agreement titles: the newest per language is the
// current one, kept with who and when; partners read the text where they read the original, never who wrote it.
let hub: TestHub;
beforeAll(async () => {
  hub = await startTestHub();
});
afterAll(() => hub?.stop());

const officer = { role: "officer" as const };
type Translation = { lang: string; text: string; translatedAt?: string; translatedByName?: string | null };
type Result<T> = { data?: T; errors?: { message: string; extensions?: { code?: string; field?: string } }[] };

const MEASURE = `mutation TranslateMeasure($id: ID!, $input: TranslationInput!) {
  addMeasureTextTranslation(measureId: $id, input: $input) { id text unofficialTexts { lang text translatedAt translatedByName } } }`;
const DUTY = `mutation TranslateDuty($id: ID!, $input: TranslationInput!) {
  addReportingDutyTitleTranslation(reportingDutyId: $id, input: $input) { id titleAz unofficialTitles { lang text translatedByName } } }`;
const CRITERION = `mutation TranslateCriterion($id: ID!, $input: TranslationInput!) {
  addIndicatorCriterionTranslation(itemId: $id, input: $input) { id text unofficialTexts { lang text translatedByName } } }`;

const firstId = async (sql: string) => String((await hub.pool.query(sql)).rows[0].id);

/** Straight to a subgraph as a partner identity signed the way the gateway signs it. */
async function asPartner<T>(subgraph: "agreements" | "recommendations", query: string): Promise<Result<T>> {
  const signed = await signIdentity(hub.internalSecret, { kind: "partner", subject: "key:test", name: "partner IOM", roles: ["partner"], organization: "IOM" });
  const response = await fetch(hub.subgraphs[subgraph].url, { method: "POST", headers: { "content-type": "application/json", [IDENTITY_HEADER]: signed }, body: JSON.stringify({ query }) });
  return (await response.json()) as Result<T>;
}

describe("measure texts", () => {
  it("keeps the newest translation per language as the current one, with who and when, and the older one as history", async () => {
    // A measure with a deadline of its own, so the deadlines list shows it as an obligation.
    const id = await firstId(`SELECT m.id FROM agreements.measure m WHERE m.parent_id IS NULL AND m.deadline_to IS NOT NULL
      AND NOT EXISTS (SELECT 1 FROM agreements.reporting_duty d WHERE d.measure_id = m.id) ORDER BY m.id LIMIT 1`);
    const headers = { authorization: `Bearer ${await hub.token("officer", "Leyla Translator")}` };
    const first = await hub.query<{ addMeasureTextTranslation: { unofficialTexts: Translation[] } }>(MEASURE, { id, input: { lang: "EN", text: "A first draft" } }, { headers });
    expect(first.body.errors).toBeUndefined();
    expect(first.body.data!.addMeasureTextTranslation.unofficialTexts).toEqual([
      { lang: "EN", text: "A first draft", translatedAt: expect.any(String), translatedByName: "Leyla Translator" },
    ]);
    await hub.query(MEASURE, { id, input: { lang: "EN", text: " Set up a working group " } }, officer);
    await hub.query(MEASURE, { id, input: { lang: "RU", text: "Создать рабочую группу" } }, officer);

    const read = await hub.query<{ measures: { id: string; text: string; unofficialTexts: Translation[] }[] }>(
      `{ measures { id text unofficialTexts { lang text translatedByName } } }`, {}, officer);
    const measure = read.body.data!.measures.find((m) => m.id === id)!;
    // The source's Azerbaijani stays the text; translations come beside it, one current per language.
    expect(measure.text).toMatch(/\S/);
    expect(measure.unofficialTexts).toEqual([
      { lang: "EN", text: "Set up a working group", translatedByName: "Test officer" },
      { lang: "RU", text: "Создать рабочую группу", translatedByName: "Test officer" },
    ]);
    const stored = await hub.pool.query(`SELECT count(*)::int AS n FROM agreements.measure_text_translation WHERE measure_id = $1`, [id]);
    expect(stored.rows[0].n).toBe(3);
    await expect(hub.pool.query(`UPDATE agreements.measure_text_translation SET text = 'x' WHERE measure_id = $1`, [id])).rejects.toThrow(/append-only/);

    // The deadlines list names the same translation as the obligation's title.
    const obligations = await hub.query<{ obligations: { id: string; unofficialTitles: Translation[] }[] }>(
      `{ obligations(filter: { dueFrom: "1990-01-01", dueTo: "2089-12-31" }) { id unofficialTitles { lang text } } }`, {}, officer);
    const obligation = obligations.body.data!.obligations.find((o) => o.id === `MEASURE:${id}`);
    expect(obligation?.unofficialTitles.map((t) => t.text)).toEqual(["Set up a working group", "Создать рабочую группу"]);
  });

  it("lets a partner read a translated measure text but never who translated it", async () => {
    const id = await firstId(`SELECT id FROM agreements.measure WHERE parent_id IS NULL ORDER BY id DESC LIMIT 1`);
    await hub.query(MEASURE, { id, input: { lang: "RU", text: "Перевод для партнёров" } }, officer);
    const texts = await asPartner<{ measures: { id: string; unofficialTexts: Translation[] }[] }>("agreements", `{ measures { id unofficialTexts { lang text translatedAt } } }`);
    expect(texts.errors).toBeUndefined();
    expect(texts.data!.measures.find((m) => m.id === id)!.unofficialTexts).toEqual([{ lang: "RU", text: "Перевод для партнёров", translatedAt: expect.any(String) }]);
    const names = await asPartner("agreements", `{ measures { unofficialTexts { translatedByName } } }`);
    expect(names.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    expect(JSON.stringify(names)).not.toContain("Test officer");
  });

  it("refuses viewers, Azerbaijani (the source's), empty, over-long and NUL texts and unknown measures, storing nothing", async () => {
    const id = await firstId(`SELECT id FROM agreements.measure ORDER BY id LIMIT 1 OFFSET 1`);
    const count = async () => (await hub.pool.query(`SELECT count(*)::int AS n FROM agreements.measure_text_translation`)).rows[0].n as number;
    const before = await count();
    const refusal = async (input: { lang: string; text: string }, options: { role: "officer" | "viewer" } = officer, measureId = id) =>
      (await hub.query(MEASURE, { id: measureId, input }, options)).body.errors?.[0]?.extensions;
    expect(await refusal({ lang: "EN", text: "x" }, { role: "viewer" })).toMatchObject({ code: "FORBIDDEN" });
    expect(await refusal({ lang: "AZ", text: "Başqa mətn" })).toMatchObject({ code: "BAD_USER_INPUT", field: "input.lang" });
    expect(await refusal({ lang: "EN", text: "   " })).toMatchObject({ code: "BAD_USER_INPUT", field: "input.text" });
    expect(await refusal({ lang: "EN", text: "x".repeat(1001) })).toMatchObject({ code: "BAD_USER_INPUT", field: "input.text" });
    expect(await refusal({ lang: "EN", text: "a\u0000b" })).toMatchObject({ code: "BAD_USER_INPUT", field: "input.text" });
    expect(await refusal({ lang: "EN", text: "x" }, officer, "999999999")).toMatchObject({ code: "NOT_FOUND" });
    expect(await refusal({ lang: "EN", text: "x" }, officer, "not-a-number")).toMatchObject({ code: "NOT_FOUND" });
    expect(await count()).toBe(before);
  });

  it("audits a translation like any mutation: who, which operation, the text as sent (not confidential)", async () => {
    const id = await firstId(`SELECT id FROM agreements.measure ORDER BY id LIMIT 1 OFFSET 2`);
    const headers = { authorization: `Bearer ${await hub.token("officer", "Audited Translator")}` };
    await hub.query(MEASURE, { id, input: { lang: "EN", text: "Audited translation" } }, { headers });
    const { rows } = await hub.pool.query(
      `SELECT l.actor_name, l.variables, o.outcome FROM gateway.audit_log l JOIN gateway.audit_outcome o ON o.audit_id = l.id
        WHERE l.operation_name = 'TranslateMeasure' AND l.actor_name = 'Audited Translator'`);
    expect(rows).toHaveLength(1);
    expect(JSON.stringify(rows[0].variables)).toContain("Audited translation");
  });
});

describe("reporting duties' titles", () => {
  it("translates a duty's title, shown on the duty and on its obligations, staff only", async () => {
    const id = await firstId(`SELECT id FROM agreements.reporting_duty ORDER BY id LIMIT 1`);
    const added = await hub.query<{ addReportingDutyTitleTranslation: { titleAz: string; unofficialTitles: Translation[] } }>(
      DUTY, { id, input: { lang: "EN", text: "Annual report" } }, officer);
    expect(added.body.errors).toBeUndefined();
    expect(added.body.data!.addReportingDutyTitleTranslation.unofficialTitles).toEqual([{ lang: "EN", text: "Annual report", translatedByName: "Test officer" }]);
    await hub.query(DUTY, { id, input: { lang: "EN", text: "Annual report to the Council" } }, officer);
    const obligations = await hub.query<{ obligations: { id: string; title: string; unofficialTitles: Translation[] }[] }>(
      `{ obligations(filter: { dueFrom: "2000-01-01", dueTo: "2099-12-31", kind: REPORTING_DUTY }) { id title unofficialTitles { lang text } } }`, {}, officer);
    const rows = obligations.body.data!.obligations.filter((o) => o.id === `REPORTING_DUTY:${id}`);
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(row.unofficialTitles).toEqual([{ lang: "EN", text: "Annual report to the Council" }]);
    expect((await hub.query(DUTY, { id, input: { lang: "RU", text: "x" } }, { role: "viewer" })).body.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    expect((await hub.query(DUTY, { id: "no-such-duty", input: { lang: "RU", text: "x" } }, officer)).body.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
    // Reporting duties are staff-only: their translations too.
    expect((await asPartner("agreements", `{ reportingDuties { unofficialTitles { text } } }`)).errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
  });
});

describe("indicator criteria", () => {
  it("translates a criterion in each language, newest first, readable by partners without the translator's name", async () => {
    const id = await firstId(`SELECT id FROM recommendations.indicator_item ORDER BY id LIMIT 1`);
    const added = await hub.query<{ addIndicatorCriterionTranslation: { text: string; unofficialTexts: Translation[] } }>(
      CRITERION, { id, input: { lang: "RU", text: "Черновик" } }, officer);
    expect(added.body.errors).toBeUndefined();
    await hub.query(CRITERION, { id, input: { lang: "RU", text: "Имеется национальный план действий" } }, officer);
    await hub.query(CRITERION, { id, input: { lang: "EN", text: "A national action plan exists" } }, officer);
    const read = await hub.query<{ indicators: { items: { id: string; unofficialTexts: Translation[] }[] }[] }>(
      `{ indicators { items { id unofficialTexts { lang text translatedByName } } } }`, {}, officer);
    const item = read.body.data!.indicators.flatMap((i) => i.items).find((i) => i.id === id)!;
    expect(item.unofficialTexts).toEqual([
      { lang: "EN", text: "A national action plan exists", translatedByName: "Test officer" },
      { lang: "RU", text: "Имеется национальный план действий", translatedByName: "Test officer" },
    ]);
    const partner = await asPartner<{ indicators: { items: { id: string; unofficialTexts: Translation[] }[] }[] }>(
      "recommendations", `{ indicators { items { id unofficialTexts { lang text } } } }`);
    expect(partner.errors).toBeUndefined();
    expect(partner.data!.indicators.flatMap((i) => i.items).find((i) => i.id === id)!.unofficialTexts.map((t) => t.lang)).toEqual(["EN", "RU"]);
    expect((await asPartner("recommendations", `{ indicators { items { unofficialTexts { translatedByName } } } }`)).errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
  });

  it("refuses viewers, Azerbaijani, empty, over-long and NUL texts and unknown criteria", async () => {
    const id = await firstId(`SELECT id FROM recommendations.indicator_item ORDER BY id DESC LIMIT 1`);
    const count = async () => (await hub.pool.query(`SELECT count(*)::int AS n FROM recommendations.indicator_item_translation`)).rows[0].n as number;
    const before = await count();
    const refusal = async (input: { lang: string; text: string }, options: { role: "officer" | "viewer" } = officer, itemId = id) =>
      (await hub.query(CRITERION, { id: itemId, input }, options)).body.errors?.[0]?.extensions;
    expect(await refusal({ lang: "EN", text: "x" }, { role: "viewer" })).toMatchObject({ code: "FORBIDDEN" });
    expect(await refusal({ lang: "AZ", text: "x" })).toMatchObject({ code: "BAD_USER_INPUT", field: "input.lang" });
    expect(await refusal({ lang: "EN", text: "" })).toMatchObject({ code: "BAD_USER_INPUT", field: "input.text" });
    expect(await refusal({ lang: "EN", text: "x".repeat(4001) })).toMatchObject({ code: "BAD_USER_INPUT", field: "input.text" });
    expect(await refusal({ lang: "EN", text: "\u0000" })).toMatchObject({ code: "BAD_USER_INPUT", field: "input.text" });
    expect(await refusal({ lang: "EN", text: "x" }, officer, "no-such-item")).toMatchObject({ code: "NOT_FOUND" });
    expect(await count()).toBe(before);
  });
});
