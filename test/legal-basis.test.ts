import { loadSyntheticCooperation } from "../subgraphs/mla/src/demo/synthetic-cooperation";
import { referenceFigures } from "./support/cooperation-reference";
import { startTestHub, type TestHub } from "./support/test-hub";

let hub: TestHub;
beforeAll(async () => {
  hub = await startTestHub();
});
afterAll(() => hub?.stop());

interface Summary {
  requestsIn: number;
  requestsOut: number;
  executed: number;
  refused: number;
  pending: number;
  overdue: number;
  medianDaysToExecute: number | null;
  outcomes: { suspectsArrested: number; victimsIdentified: number; victimsAssisted: number; indictments: number; convictions: number; assetsSeized: number };
  level: string;
  refusalGrounds: { ground: string; refused: number }[];
  syntheticRequests: number;
}

interface Option {
  id: string;
  rank: number;
  kind: string;
  agreementId: string | null;
  applicability: string;
  partiesIncomplete: boolean;
  partiesComplete: boolean | null;
  inForce: string;
  since: string | null;
  azerbaijan: { listed: boolean; status: string | null; since: string | null } | null;
  counterpart: { listed: boolean; status: string | null; country: { nameEn: string } } | null;
  limitations: { countryCode: string; kind: string | null; text: string | null; mentionsAssistanceType: boolean | null; matchedTerms: string[] }[];
  why: string;
  trackRecord: Summary;
  inPeriod: Summary;
}

const SUMMARY = `requestsIn requestsOut executed refused pending overdue medianDaysToExecute level syntheticRequests
  outcomes { suspectsArrested victimsIdentified victimsAssisted indictments convictions assetsSeized } refusalGrounds { ground refused }`;
const OPTIONS = `query Options($country: String!, $type: AssistanceType, $on: LocalDate, $synthetic: Boolean, $lang: Lang, $period: CooperationPeriod) {
  legalBasisOptions(counterpartCountry: $country, assistanceType: $type, on: $on, includeSynthetic: $synthetic) {
    id rank kind agreementId applicability partiesIncomplete partiesComplete inForce since
    azerbaijan { listed status since } counterpart { listed status country { nameEn } }
    limitations { countryCode kind text mentionsAssistanceType matchedTerms }
    why(lang: $lang)
    trackRecord(includeSynthetic: $synthetic) { ${SUMMARY} }
    inPeriod: trackRecord(period: $period, includeSynthetic: $synthetic) { ${SUMMARY} }
  }
}`;

async function options(variables: Record<string, unknown>): Promise<Option[]> {
  const { body } = await hub.query<{ legalBasisOptions: Option[] }>(OPTIONS, variables);
  expect(body.errors).toBeUndefined();
  return body.data!.legalBasisOptions;
}
const ids = (rows: Option[]) => rows.map((row) => row.agreementId);

describe("legalBasisOptions: which instruments Azerbaijan can rely on with a country", () => {
  it("with Turkey: the bilateral agreement and the Azerbaijan-Georgia-Turkey agreement, both parties, first; not GUAM", async () => {
    const rows = await options({ country: "TR" });
    expect(ids(rows).slice(0, 2)).toEqual(["az-tr-cooperation", "az-ge-tr-terrorism-organised-crime"]);
    expect(rows[0]).toMatchObject({ rank: 1, kind: "BILATERAL", applicability: "BOTH_PARTIES", partiesIncomplete: false, partiesComplete: true, inForce: "DATES_UNKNOWN",
      azerbaijan: { listed: true, status: "SIGNED" }, counterpart: { listed: true, status: "SIGNED", country: { nameEn: "Türkiye" } } });
    expect(rows[1]).toMatchObject({ rank: 2, kind: "MULTILATERAL", applicability: "BOTH_PARTIES", counterpart: { listed: true, status: "PARTY" } });
    expect(ids(rows)).not.toContain("guam-terrorism-organised-crime");
    expect(rows.map((row) => row.rank)).toEqual(rows.map((_, i) => i + 1));
  });

  it("with Georgia: GUAM and the Azerbaijan-Georgia-Turkey agreement; not the CIS programme Georgia did not sign", async () => {
    const rows = await options({ country: "GE" });
    expect(ids(rows).slice(0, 2).sort()).toEqual(["az-ge-tr-terrorism-organised-crime", "guam-terrorism-organised-crime"]);
    expect(rows.find((row) => row.agreementId === "guam-terrorism-organised-crime")).toMatchObject({ kind: "ORGANISATION_FRAMEWORK", applicability: "BOTH_PARTIES" });
    expect(ids(await options({ country: "GE", on: "2008-01-01" }))).not.toContain("cis-thb-programme-2007-2010");
  });

  it("shows agreements whose party list is incomplete as such, after the certain ones, and reciprocity last; never drops them", async () => {
    const rows = await options({ country: "TR" });
    const bsec = rows.find((row) => row.agreementId === "bsec-combating-crime")!;
    expect(bsec).toMatchObject({ kind: "ORGANISATION_FRAMEWORK", applicability: "PARTY_LIST_INCOMPLETE", partiesIncomplete: true, partiesComplete: false,
      azerbaijan: { listed: true, status: "PARTY" }, counterpart: { listed: false, status: null } });
    // The Palermo Protocol: the sources list no party at all, so neither state is known to be one.
    expect(rows.find((row) => row.agreementId === "palermo-protocol-2000")).toMatchObject({ azerbaijan: { listed: false }, counterpart: { listed: false }, partiesIncomplete: true });
    const firstIncomplete = rows.findIndex((row) => row.partiesIncomplete);
    expect(rows.slice(firstIncomplete, -1).every((row) => row.partiesIncomplete)).toBe(true);
    expect(rows.at(-1)).toMatchObject({ id: "reciprocity:TR", kind: "RECIPROCITY", agreementId: null, applicability: "RECIPROCITY", inForce: "NOT_A_TREATY" });
    // Declarations bind no one and are not a legal basis.
    expect(ids(rows)).not.toContain("brussels-declaration-2002");
  });

  it("keeps only what is in force on the day asked: the CIS programme in 2008 but not after 2010, the CoE convention once Azerbaijan ratified it", async () => {
    const in2008 = await options({ country: "RU", on: "2008-06-01" });
    expect(in2008.find((row) => row.agreementId === "cis-thb-programme-2007-2010")).toMatchObject({ applicability: "BOTH_PARTIES", inForce: "IN_FORCE", since: "2006-11-28" });
    expect(ids(await options({ country: "RU" }))).not.toContain("cis-thb-programme-2007-2010");
    expect(ids(await options({ country: "TR", on: "2009-12-31" }))).not.toContain("coe-thb-convention-2005");
    expect((await options({ country: "TR", on: "2010-05-11" })).find((row) => row.agreementId === "coe-thb-convention-2005")).toMatchObject({
      inForce: "IN_FORCE", azerbaijan: { status: "RATIFIED", since: "2010-05-11" }, partiesIncomplete: true,
    });
  });

  it("lists Azerbaijan's special opinion and the counterpart's reservation, whose text the source does not give", async () => {
    const row = (await options({ country: "UA", on: "2008-06-01" })).find((r) => r.agreementId === "cis-thb-programme-2007-2010")!;
    expect(row.limitations.map((l) => [l.countryCode, l.kind, l.text === null])).toEqual([["AZ", "SPECIAL_OPINION", false], ["UA", "RESERVATION", true]]);
    expect(row.limitations[0].text).toContain("harmonizasiyasına");
  });

  it("puts first the reservations that mention the assistance asked for, saying which words", async () => {
    const version = Number((await hub.pool.query(`SELECT version FROM agreements.agreement WHERE id = 'az-ge-tr-terrorism-organised-crime'`)).rows[0].version);
    const { body } = await hub.query(
      `mutation P($v: Int!) { setPartyStatus(agreementId: "az-ge-tr-terrorism-organised-crime", expectedVersion: $v, input: {
         countryCode: "TR", status: PARTY, reservationKind: DECLARATION, reservation: "Türkiye does not extradite its own nationals under this Agreement.", source: "test" }) { id } }`,
      { v: version }, { role: "admin" },
    );
    expect(body.errors).toBeUndefined();
    const extradition = (await options({ country: "TR", type: "EXTRADITION" })).find((r) => r.agreementId === "az-ge-tr-terrorism-organised-crime")!;
    expect(extradition.limitations).toEqual([{ countryCode: "TR", kind: "DECLARATION", text: expect.stringContaining("extradite"), mentionsAssistanceType: true, matchedTerms: ["extradit"] }]);
    const evidence = (await options({ country: "TR", type: "EVIDENCE" })).find((r) => r.agreementId === "az-ge-tr-terrorism-organised-crime")!;
    expect(evidence.limitations[0]).toMatchObject({ mentionsAssistanceType: false, matchedTerms: [] });
    const none = (await options({ country: "TR" })).find((r) => r.agreementId === "az-ge-tr-terrorism-organised-crime")!;
    expect(none.limitations[0].mentionsAssistanceType).toBeNull();
  });

  it("says why in az, en and ru", async () => {
    const [az, en, ru] = await Promise.all(["AZ", "EN", "RU"].map((lang) => options({ country: "GE", lang })));
    const guam = (rows: Option[]) => rows.find((r) => r.agreementId === "guam-terrorism-organised-crime")!.why;
    expect(guam(en)).toBe("Both states are parties: Azerbaijan — party; Georgia — party. No date of entry into force is recorded.");
    expect(guam(az)).toContain("Gürcüstan — tərəfdir");
    expect(guam(ru)).toContain("Грузия — участник");
    expect(en.at(-1)!.why).toBe("No agreement: assistance on the basis of reciprocity.");
  });

  it("refuses a country it does not know, Azerbaijan itself, and partner keys", async () => {
    for (const [country, message] of [["ZZ", /no country ZZ/], ["az", /Azerbaijan itself/], ["Turkey", /alpha-2/]] as const) {
      const { body } = await hub.query(OPTIONS, { country });
      expect(body.errors?.[0]).toMatchObject({ message: expect.stringMatching(message), extensions: { code: "BAD_USER_INPUT", field: "counterpartCountry" } });
    }
    const partner = await hub.query(`{ legalBasisOptions(counterpartCountry: "TR") { id } }`, undefined, { headers: { "x-api-key": await hub.partnerKey() } });
    expect(partner.body.errors?.[0].extensions?.code).toBe("FORBIDDEN");
  });
});

describe("track records", () => {
  beforeAll(async () => {
    await loadSyntheticCooperation(hub.subgraphs.mla.dataSource, 1500);
  });

  it.each(["TR", "GE", "AE", "RU"])("with %s equal direct SQL counts over the requests, under each agreement and under reciprocity", async (country) => {
    const period = { from: "2019-01-01", to: "2022-12-31" };
    const rows = await options({ country, synthetic: true, period });
    const expected = new Map((await referenceFigures(hub.pool, { kind: "legalBasesWithCountry", country }, undefined, true)).map((r) => [r.key, r.summary]));
    const inPeriod = new Map((await referenceFigures(hub.pool, { kind: "legalBasesWithCountry", country }, period, true)).map((r) => [r.key, r.summary]));
    for (const row of rows) {
      const key = row.agreementId ?? "#RECIPROCITY";
      expect({ key, record: row.inPeriod }).toEqual({ key, record: inPeriod.get(key) ?? expect.objectContaining({ requestsIn: 0, requestsOut: 0 }) });
    }
    let withRequests = 0;
    for (const row of rows) {
      const key = row.agreementId ?? "#RECIPROCITY";
      const summary = expected.get(key);
      if (summary) withRequests += 1;
      expect({ key, record: row.trackRecord }).toEqual({ key, record: summary ?? expect.objectContaining({ requestsIn: 0, requestsOut: 0, level: "NO_REQUESTS", refusalGrounds: [] }) });
    }
    // Every legal basis used with the country is a row, even one the records do not show binding both (Interpol's).
    expect(withRequests).toBe([...expected.keys()].filter((key) => key !== "#NOT_STATED").length);
    expect(withRequests).toBeGreaterThan(0);
  });

  it("rank proven results first: rows with executed requests or results on cases before the others, by level; recorded use only last", async () => {
    const LEVELS = ["NO_REQUESTS", "REQUESTS_MADE", "REQUESTS_EXECUTED", "RESULTS_ON_CASES", "PROACTIVE"];
    const all = await options({ country: "TR", synthetic: true });
    const interpol = all.at(-1)!;
    expect(interpol).toMatchObject({ agreementId: "az-interpol-cooperation", applicability: "RECORDED_USE_ONLY", counterpart: { listed: false } });
    expect(interpol.trackRecord.requestsIn + interpol.trackRecord.requestsOut).toBeGreaterThan(0);
    expect(interpol.why).toMatch(/^Bu ölkə ilə sorğular onun əsasında göndərilib/);
    const rows = all.slice(0, -1);
    const proven = rows.map((row) => LEVELS.indexOf(row.trackRecord.level) >= 2);
    expect(proven[0]).toBe(true);
    expect(proven.indexOf(false)).toBe(proven.lastIndexOf(true) + 1);
    const levels = rows.filter((_, i) => proven[i]).map((row) => LEVELS.indexOf(row.trackRecord.level));
    expect(levels).toEqual([...levels].sort((a, b) => b - a));
    // Without demo data there are no requests: the order is the parties' standing alone.
    expect(ids(await options({ country: "TR" })).slice(0, 2)).toEqual(["az-tr-cooperation", "az-ge-tr-terrorism-organised-crime"]);
  });
});
