import { startTestHub, type TestHub } from "./support/test-hub";

let hub: TestHub;
beforeAll(async () => {
  hub = await startTestHub();
});
afterAll(() => hub?.stop());

type Page = { agreements: { totalCount: number; edges: { cursor: string; node: { id: string } }[]; pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; endCursor: string | null } } };
const SEARCH = `query Search($filter: AgreementFilter, $first: Int, $after: String) {
  agreements(filter: $filter, first: $first, after: $after) {
    totalCount edges { cursor node { id } } pageInfo { hasNextPage hasPreviousPage endCursor }
  }
}`;
const ids = async (filter: Record<string, unknown>, first = 100) => {
  const { body } = await hub.query<Page>(SEARCH, { filter, first });
  expect(body.errors).toBeUndefined();
  return body.data!.agreements.edges.map((e) => e.node.id);
};

describe("the CIS programme (law 749-IIIQ) through the gateway", () => {
  const PROGRAMME = `{
    agreement(id: "cis-thb-programme-2007-2010") {
      signedOn signedPlace periodFrom periodTo
      approvalAct { kind number adoptedOn publishedOn publication inForceOn }
      parties { status signedOn reservationKind reservation country { code } }
      relations { kind direction other { id } }
      measures { number section text deadline { asWritten from to recurrence relativeTo relativeMonths }
                 executorsAsWritten: executorsText executors { id abbreviation } items { number text } }
    }
  }`;

  it("has the approval act, dates and signature block exactly as the law's text", async () => {
    const { body } = await hub.query<{ agreement: Record<string, never> & { parties: { status: string; reservationKind: string | null; reservation: string | null; country: { code: string } }[] } }>(PROGRAMME);
    expect(body.errors).toBeUndefined();
    const programme = body.data!.agreement as unknown as {
      signedOn: string; signedPlace: string; approvalAct: Record<string, string>;
      parties: { status: string; signedOn: string | null; reservationKind: string | null; reservation: string | null; country: { code: string } }[];
    };
    expect(programme.signedOn).toBe("2006-11-28");
    expect(programme.signedPlace).toBe("Minsk");
    expect(programme.approvalAct).toEqual({
      kind: "Qanun",
      number: "749-IIIQ",
      adoptedOn: "2008-12-30",
      publishedOn: "2009-02-28",
      publication: "Azərbaycan Respublikasının Qanunvericilik Toplusu, Nəşr nömrəsi: 02, Maddə nömrəsi: 50",
      inForceOn: "2009-02-10",
    });
    const status = Object.fromEntries(programme.parties.map((p) => [p.country.code, p.status]));
    expect(status).toEqual({
      AZ: "SIGNED_WITH_RESERVATION", AM: "SIGNED", BY: "SIGNED", GE: "NOT_SIGNED", KZ: "SIGNED", KG: "SIGNED",
      MD: "NOT_SIGNED", RU: "SIGNED", TJ: "SIGNED", TM: "NOT_SIGNED", UA: "SIGNED_WITH_RESERVATION",
    });
    const azerbaijan = programme.parties.find((p) => p.country.code === "AZ")!;
    expect(azerbaijan.reservationKind).toBe("SPECIAL_OPINION");
    expect(azerbaijan.reservation).toContain("milli qanunvericiliklərinin harmonizasiyasına dair müddəalarla özünü bağlı hesab etmir");
    expect(azerbaijan.reservation).toContain("hər bir tədbirdə iştirakı ayrıca olaraq müəyyən ediləcəkdir");
    // Ukraine signed with a reservation whose text the source does not give: none is invented.
    expect(programme.parties.find((p) => p.country.code === "UA")!.reservation).toBeNull();
    expect(programme.parties.filter((p) => p.status === "NOT_SIGNED").every((p) => p.signedOn === null)).toBe(true);
  });

  it("lists all measures 1.1-6.3 with sub-items, deadlines as written and parsed, and executors resolved", async () => {
    const { body } = await hub.query(PROGRAMME);
    type M = { number: string | null; section: string; text: string; deadline: Record<string, unknown>; executorsAsWritten: string; executors: { id: string; abbreviation: string }[]; items: { number: string; text: string }[] };
    const measures = (body.data as { agreement: { measures: M[] } }).agreement.measures;
    expect(measures).toHaveLength(37);
    expect(measures.reduce((n, m) => n + m.items.length, 0)).toBe(18);
    expect(measures.map((m) => m.number).filter(Boolean).slice(0, 3)).toEqual(["1.1", "1.2", "1.3"]);
    expect(measures.filter((m) => m.number === "6.3")).toHaveLength(2);

    const byNumber = (n: string) => measures.find((m) => m.number === n)!;
    expect(byNumber("1.2").items.map((i) => i.number)).toEqual(["a)", "b)"]);
    expect(byNumber("2.4").items.map((i) => i.number)).toEqual(["a)", "b)", "c)", "ç)", "d)", "e)"]);
    expect(byNumber("6.1").deadline).toEqual({
      asWritten: "Proqramın qəbul olunduğu vaxtdan 3 ay ərzində", from: "2006-11-28", to: "2007-02-28",
      recurrence: "NONE", relativeTo: "PROGRAMME_ADOPTION", relativeMonths: 3,
    });
    expect(byNumber("6.2").deadline).toMatchObject({ asWritten: "Hər il", recurrence: "ANNUAL", from: "2007-12-31", to: "2010-12-31" });
    expect(byNumber("3.7").deadline).toMatchObject({ asWritten: "2009-cu il", from: "2009-01-01", to: "2009-12-31" });
    expect(byNumber("2.9").executors.map((e) => e.abbreviation)).toEqual(["SQKŞ"]);
    expect(byNumber("3.7").executors.map((e) => e.id).sort()).toEqual(
      ["CIS-BPES", "CIS-DINS", "CIS-ENS", "CIS-GXRS", "CIS-IK", "CIS-SQKS", "CIS-TORS", "CIS-VIORES"],
    );
    // The source runs "TORŞƏNŞ" together in 3.2; both bodies are executors.
    expect(byNumber("3.2").executorsAsWritten).toBe("DİNŞ, BPƏŞ, TORŞƏNŞ, MCMƏB");
    expect(byNumber("3.2").executors.map((e) => e.abbreviation).sort()).toEqual(["BPƏŞ", "DİNŞ", "MCMƏB", "TORŞ", "ƏNŞ"].sort());
  });

  it("links the annex treaties and the 2002 and 2005 CIS agreements", async () => {
    const { body } = await hub.query(PROGRAMME);
    const relations = (body.data as { agreement: { relations: { kind: string; direction: string; other: { id: string } }[] } }).agreement.relations;
    expect(relations.filter((r) => r.kind === "ANNEX_LISTS")).toHaveLength(9);
    expect(relations.filter((r) => r.kind === "REFERS_TO").map((r) => r.other.id).sort()).toEqual(["cis-return-of-minors-2002", "cis-thb-organs-tissues-2005"]);
    const palermo = await hub.query<{ agreement: { relations: { kind: string; direction: string; other: { id: string } }[] } }>(
      `{ agreement(id: "palermo-protocol-2000") { relations { kind direction other { id } } } }`,
    );
    expect(palermo.body.data!.agreement.relations).toContainEqual({ kind: "SUPPLEMENTS", direction: "OUTGOING", other: { id: "un-toc-convention-2000" } });
  });
});

describe("measures across agreements", () => {
  const MEASURES = `query M($filter: MeasureFilter) { measures(filter: $filter) { number deadline { to recurrence } executors { id } } }`;
  const numbers = async (filter: Record<string, unknown>) => {
    const { body } = await hub.query<{ measures: { number: string | null }[] }>(MEASURES, { filter });
    expect(body.errors).toBeUndefined();
    return body.data!.measures.map((m) => m.number);
  };

  it("returns the measures due in a period, yearly ones by their occurrences", async () => {
    // Due in 2009: the one-off measures ending in 2009 (1.3, 1.5, 3.7) and the yearly 6.2 and both 6.3s
    // (the February report to the Executive Committee and the yearly report to the Councils).
    expect((await numbers({ dueFrom: "2009-01-01", dueTo: "2009-12-31" })).sort()).toEqual(["1.3", "1.5", "3.7", "6.2", "6.3", "6.3"]);
    // Due in the first three months after adoption: 6.1 only.
    expect(await numbers({ dueFrom: "2007-01-01", dueTo: "2007-03-31" })).toEqual(["6.1"]);
  });

  it("filters by executor", async () => {
    expect((await numbers({ executorId: "CIS-SQKS" })).sort()).toEqual(["2.9", "3.7", "3.8"]);
  });

  it("names the field of a bad period", async () => {
    const { body } = await hub.query(MEASURES, { filter: { dueFrom: "2010-01-01", dueTo: "2009-01-01" } });
    expect(body.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "filter.dueTo" });
  });
});

describe("search that fits Azerbaijani", () => {
  it.each([
    ["insan alveri", "without Azerbaijani letters"],
    ["İNSAN ALVERİ", "in upper case with dotted İ"],
    ["INSAN ALVERI", "in upper case with plain I"],
  ])("finds the trafficking agreements for %s (%s)", async (text) => {
    const found = await ids({ text });
    expect(found).toEqual(
      expect.arrayContaining(["cis-thb-programme-2007-2010", "palermo-protocol-2000", "coe-thb-convention-2005", "un-thb-exploitation-convention-1949"]),
    );
    expect(found).not.toContain("echr-1950");
  });

  it("finds müqavilə typed as muqavile (in the programme's measure 1.1 text)", async () => {
    expect(await ids({ text: "muqavile" })).toContain("cis-thb-programme-2007-2010");
  });

  it("forgives one typo", async () => {
    expect((await ids({ text: "Brusel Beyannamesi" }))[0]).toBe("brussels-declaration-2002");
    expect(await ids({ text: "kelelik" })).toEqual(expect.arrayContaining(["slavery-convention-1926", "slavery-supplementary-convention-1956"]));
  });

  it("searches reservations: Azerbaijan's special opinion", async () => {
    expect(await ids({ text: "harmonizasiyasina dair muddealarla" })).toEqual(["cis-thb-programme-2007-2010"]);
  });

  it("ranks a title match first", async () => {
    expect((await ids({ text: "Qara Deniz" }))[0]).toBe("bsec-combating-crime");
  });

  it("rejects an empty search naming the field", async () => {
    const { body } = await hub.query(SEARCH, { filter: { text: "   " } });
    expect(body.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "filter.text" });
  });
});

describe("filters", () => {
  it("by kind, organisation, party country and status, topic and period in force", async () => {
    expect((await ids({ kind: "BILATERAL" })).length).toBe(15);
    expect((await ids({ organizationId: "IOM" }))).toEqual(["az-iom-cooperation"]);
    expect((await ids({ partyCountry: "tr" }))).toEqual(["az-ge-tr-terrorism-organised-crime", "az-tr-cooperation"]);
    expect((await ids({ partyCountry: "GE", partyStatus: "NOT_SIGNED" }))).toEqual(["cis-thb-programme-2007-2010"]);
    expect((await ids({ partyStatus: "RATIFIED" }))).toEqual(["coe-thb-convention-2005", "ilo-forced-labour-convention-1930"]);
    expect((await ids({ topic: "slavery" })).sort()).toEqual(["slavery-convention-1926", "slavery-supplementary-convention-1956"]);
    // In force at some time in 2012: the programme (period ended 2010) is not; the CoE convention (2008) is.
    const in2012 = await ids({ inForceDuring: { from: "2012-01-01", to: "2012-12-31" } });
    expect(in2012).toContain("coe-thb-convention-2005");
    expect(in2012).not.toContain("cis-thb-programme-2007-2010");
    // The programme's own entry into force is not in the sources (10.02.2009 is law 749-IIIQ's): it counts
    // from its signature, 28.11.2006, so it is in force during 2007-2008 as during 2009.
    expect(await ids({ inForceDuring: { from: "2007-01-01", to: "2008-12-31" } })).toContain("cis-thb-programme-2007-2010");
    expect(await ids({ inForceDuring: { from: "2009-01-01", to: "2009-12-31" } })).toContain("cis-thb-programme-2007-2010");
    expect(await ids({ inForceDuring: { from: "2005-01-01", to: "2005-12-31" } })).not.toContain("cis-thb-programme-2007-2010");
  });
});

describe("pagination", () => {
  it("walks every agreement exactly once, page by page, with a stable total", async () => {
    const seen: string[] = [];
    let after: string | null = null;
    let pages = 0;
    let total = -1;
    for (;;) {
      const { body }: { body: { data?: Page } } = await hub.query<Page>(SEARCH, { first: 7, after });
      const page: Page["agreements"] = body.data!.agreements;
      total = page.totalCount;
      seen.push(...page.edges.map((e) => e.node.id));
      expect(page.pageInfo.hasPreviousPage).toBe(pages > 0);
      pages += 1;
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(seen).toHaveLength(total);
    expect(new Set(seen).size).toBe(total);
    expect(pages).toBe(Math.ceil(total / 7));
  });

  it("answers an empty page for first: 0 and past the end", async () => {
    const zero = await hub.query<Page>(SEARCH, { first: 0 });
    expect(zero.body.data!.agreements.edges).toEqual([]);
    expect(zero.body.data!.agreements.pageInfo.hasNextPage).toBe(true);
    const all = await hub.query<Page>(SEARCH, { first: 100 });
    const last = all.body.data!.agreements.edges.at(-1)!.cursor;
    const past = await hub.query<Page>(SEARCH, { first: 10, after: last });
    expect(past.body.data!.agreements.edges).toEqual([]);
    expect(past.body.data!.agreements.pageInfo.hasNextPage).toBe(false);
  });

  it.each([
    [{ first: 101 }, "first"],
    [{ first: -1 }, "first"],
    [{ after: "not-a-cursor" }, "after"],
  ])("rejects %j naming %s", async (variables, field) => {
    const { body } = await hub.query(SEARCH, variables);
    expect(body.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field });
  });
});
