import { IDENTITY_HEADER, signIdentity } from "#shared/auth/gateway-signature";
import { startTestHub, type TestHub } from "./support/test-hub";

// What records are called besides their official titles (issue 15): aliases admins add and remove, and
// unofficial translations any officer adds, kept with who and when, never in place of an official text.
let hub: TestHub;
beforeAll(async () => {
  hub = await startTestHub();
});
afterAll(() => hub?.stop());

const admin = { role: "admin" as const };
const officer = { role: "officer" as const };
const VERSION = `query V($id: ID!) { agreement(id: $id) { version aliases { id lang alias source } history { operation changes } } }`;
type Names = { version: number; aliases: { id: string; lang: string; alias: string; source: string }[]; history: { operation: string; changes: Record<string, unknown> }[] };
const names = async (id: string) => (await hub.query<{ agreement: Names }>(VERSION, { id }, admin)).body.data!.agreement;
const ADD = `mutation A($id: ID!, $v: Int!, $input: AliasInput!) { addAgreementAlias(agreementId: $id, expectedVersion: $v, input: $input) { version aliases { id alias } } }`;
const REMOVE = `mutation R($id: ID!, $v: Int!, $aliasId: ID!) { removeAgreementAlias(agreementId: $id, expectedVersion: $v, aliasId: $aliasId) { version aliases { id alias } } }`;
const search = async (text: string) =>
  (await hub.query<{ agreements: { edges: { node: { id: string } }[] } }>(`query S($text: String) { agreements(filter: { text: $text }) { edges { node { id } } } }`, { text })).body.data!.agreements.edges.map((e) => e.node.id);

describe("agreement aliases (admin)", () => {
  it("adds an alias that search then finds, and removes it again, each step in the agreement's history", async () => {
    const before = await names("az-ro-cooperation");
    expect(await search("Bucharest memorandum")).not.toContain("az-ro-cooperation");
    const added = await hub.query<{ addAgreementAlias: { version: number; aliases: { id: string; alias: string }[] } }>(
      ADD, { id: "az-ro-cooperation", v: before.version, input: { lang: "EN", alias: "  Bucharest memorandum ", source: "Ministry letter 2024-05" } }, admin);
    expect(added.body.errors).toBeUndefined();
    expect(added.body.data!.addAgreementAlias.version).toBe(before.version + 1);
    const alias = added.body.data!.addAgreementAlias.aliases.find((a) => a.alias === "Bucharest memorandum")!;
    expect(alias).toBeDefined();
    expect(await search("Bucharest memorandum")).toContain("az-ro-cooperation");
    const removed = await hub.query<{ removeAgreementAlias: { version: number; aliases: { alias: string }[] } }>(REMOVE, { id: "az-ro-cooperation", v: before.version + 1, aliasId: alias.id }, admin);
    expect(removed.body.errors).toBeUndefined();
    expect(removed.body.data!.removeAgreementAlias.aliases.map((a) => a.alias)).not.toContain("Bucharest memorandum");
    expect(await search("Bucharest memorandum")).not.toContain("az-ro-cooperation");
    const after = await names("az-ro-cooperation");
    expect(after.history.slice(-2).map((h) => h.operation)).toEqual(["addAgreementAlias", "removeAgreementAlias"]);
    expect(after.history.at(-1)!.changes).toMatchObject({ removed: { lang: "EN", alias: "Bucharest memorandum", source: "Ministry letter 2024-05" } });
  });

  it("refuses officers, stale versions, duplicates, empty names and aliases of other agreements, changing nothing", async () => {
    const { version, aliases } = await names("palermo-protocol-2000");
    const input = { lang: "AZ", alias: "Palermo", source: "usage" };
    expect((await hub.query(ADD, { id: "palermo-protocol-2000", v: version, input }, officer)).body.errors?.[0].extensions?.code).toBe("FORBIDDEN");
    expect((await hub.query(ADD, { id: "palermo-protocol-2000", v: version - 1, input }, admin)).body.errors?.[0].extensions).toMatchObject({ code: "CONFLICT", field: "expectedVersion" });
    const taken = aliases[0];
    expect((await hub.query(ADD, { id: "palermo-protocol-2000", v: version, input: { lang: taken.lang, alias: taken.alias, source: "x" } }, admin)).body.errors?.[0].extensions)
      .toMatchObject({ code: "CONFLICT", field: "input.alias" });
    expect((await hub.query(ADD, { id: "palermo-protocol-2000", v: version, input: { ...input, alias: " " } }, admin)).body.errors?.[0].extensions)
      .toMatchObject({ code: "BAD_USER_INPUT", field: "input.alias" });
    expect((await hub.query(ADD, { id: "palermo-protocol-2000", v: version, input: { ...input, source: "" } }, admin)).body.errors?.[0].extensions)
      .toMatchObject({ code: "BAD_USER_INPUT", field: "input.source" });
    const other = await names("coe-thb-convention-2005");
    const foreign = other.aliases[0];
    expect(foreign).toBeDefined();
    expect((await hub.query(REMOVE, { id: "palermo-protocol-2000", v: version, aliasId: foreign.id }, admin)).body.errors?.[0].extensions)
      .toMatchObject({ code: "BAD_USER_INPUT", field: "aliasId" });
    const after = await names("palermo-protocol-2000");
    expect({ version: after.version, aliases: after.aliases }).toEqual({ version, aliases });
  });
});

describe("unofficial translations", () => {
  const TITLE = `mutation T($id: ID!, $input: TranslationInput!) { addAgreementTitleTranslation(agreementId: $id, input: $input) { id unofficialTitles { lang title translatedAt translatedByName } } }`;
  const READ_TITLES = `query Q($id: ID!) { agreement(id: $id) { titleRu: title(lang: RU) unofficialTitles { lang title translatedAt translatedByName } } }`;

  it("keeps an officer's translation of a title with who and when, the newest per language, shown apart from the official title", async () => {
    const officerToken = await hub.token("officer", "Leyla Translator");
    const headers = { authorization: `Bearer ${officerToken}` };
    const first = await hub.query<{ addAgreementTitleTranslation: { unofficialTitles: { lang: string; title: string; translatedByName: string }[] } }>(
      TITLE, { id: "cis-thb-programme-2007-2010", input: { lang: "RU", text: "Программа сотрудничества (черновой перевод)" } }, { headers });
    expect(first.body.errors).toBeUndefined();
    await hub.query(TITLE, { id: "cis-thb-programme-2007-2010", input: { lang: "RU", text: " Программа сотрудничества государств-участников СНГ " } }, { headers });
    const { body } = await hub.query<{ agreement: { titleRu: string | null; unofficialTitles: { lang: string; title: string; translatedAt: string; translatedByName: string }[] } }>(
      READ_TITLES, { id: "cis-thb-programme-2007-2010" }, officer);
    expect(body.data!.agreement.titleRu).toBeNull();
    expect(body.data!.agreement.unofficialTitles).toEqual([
      { lang: "RU", title: "Программа сотрудничества государств-участников СНГ", translatedAt: expect.any(String), translatedByName: "Leyla Translator" },
    ]);
    expect(Date.now() - Date.parse(body.data!.agreement.unofficialTitles[0].translatedAt)).toBeLessThan(600_000);
    const stored = await hub.pool.query(`SELECT count(*)::int AS n FROM agreements.agreement_title_translation WHERE agreement_id = 'cis-thb-programme-2007-2010'`);
    expect(stored.rows[0].n).toBe(2);
  });

  it("never lets a translation stand in for an official title, and keeps the translator's name from partners", async () => {
    const official = await hub.query(TITLE, { id: "palermo-protocol-2000", input: { lang: "EN", text: "My own translation" } }, officer);
    expect(official.body.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.lang" });
    expect((await hub.query(TITLE, { id: "palermo-protocol-2000", input: { lang: "EN", text: "x" } }, { role: "viewer" })).body.errors?.[0].extensions?.code).toBe("FORBIDDEN");
    expect((await hub.query(TITLE, { id: "no-such-agreement", input: { lang: "EN", text: "x" } }, officer)).body.errors?.[0].extensions?.code).toBe("NOT_FOUND");
    // A translation given before an official title arrived steps aside once it does.
    await hub.query(TITLE, { id: "az-tr-cooperation", input: { lang: "RU", text: "Соглашение о сотрудничестве с Турцией" } }, officer);
    await hub.pool.query(`UPDATE agreements.agreement SET title_ru = 'Официальное название' WHERE id = 'az-tr-cooperation'`);
    const after = await hub.query<{ agreement: { unofficialTitles: unknown[] } }>(READ_TITLES, { id: "az-tr-cooperation" }, officer);
    expect(after.body.data!.agreement.unofficialTitles).toEqual([]);
    // A partner identity (as the gateway signs it) may read a translated title, never who translated it.
    const asPartner = async (query: string) => {
      const signed = await signIdentity(hub.internalSecret, { kind: "partner", subject: "key:test", name: "partner IOM", roles: ["partner"], organization: "IOM" });
      const response = await fetch(hub.subgraphs.agreements.url, { method: "POST", headers: { "content-type": "application/json", [IDENTITY_HEADER]: signed }, body: JSON.stringify({ query }) });
      return (await response.json()) as { data?: { agreement: { unofficialTitles: { title: string }[] } }; errors?: { extensions?: { code?: string } }[] };
    };
    const titles = await asPartner(`{ agreement(id: "cis-thb-programme-2007-2010") { unofficialTitles { lang title translatedAt } } }`);
    expect(titles.errors).toBeUndefined();
    expect(titles.data!.agreement.unofficialTitles[0]!.title).toContain("Программа");
    const names = await asPartner(`{ agreement(id: "cis-thb-programme-2007-2010") { unofficialTitles { translatedByName } } }`);
    expect(names.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
  });

  it("keeps an officer's translation of a recommendation's text, and refuses one where the source gives the text", async () => {
    const TEXT = `mutation R($id: ID!, $input: TranslationInput!) { addRecommendationTranslation(recommendationId: $id, input: $input) { id unofficialTexts { lang text translatedByName } } }`;
    const { rows } = await hub.pool.query(`SELECT id FROM recommendations.recommendation WHERE text_ru IS NULL AND text_az IS NOT NULL ORDER BY id LIMIT 1`);
    const id = rows[0].id as string;
    const added = await hub.query<{ addRecommendationTranslation: { unofficialTexts: { lang: string; text: string; translatedByName: string }[] } }>(
      TEXT, { id, input: { lang: "RU", text: "Усилить сотрудничество" } }, officer);
    expect(added.body.errors).toBeUndefined();
    expect(added.body.data!.addRecommendationTranslation.unofficialTexts).toEqual([{ lang: "RU", text: "Усилить сотрудничество", translatedByName: "Test officer" }]);
    expect((await hub.query(TEXT, { id, input: { lang: "AZ", text: "x" } }, officer)).body.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.lang" });
    expect((await hub.query(TEXT, { id, input: { lang: "EN", text: "   " } }, officer)).body.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.text" });
  });
});
