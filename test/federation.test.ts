import { startTestHub, type TestHub } from "./support/test-hub";

let hub: TestHub;
beforeAll(async () => {
  hub = await startTestHub();
});
afterAll(() => hub?.stop());

describe("one query through the gateway", () => {
  it("joins an agreement (agreements), its MLA requests (mla) and its recommendations (recommendations)", async () => {
    // Rows a staff member would have recorded: a request under the CIS legal-assistance convention and the
    // assessment's recommendation P (regional cooperation) marked as concerning it.
    await hub.pool.query(
      `INSERT INTO mla.mla_request (reference, direction, counterpart_country_code, legal_basis_kind, legal_basis_agreement_id, status, synthetic)
       VALUES ('OUT-2024-7', 'OUTGOING', 'RU', 'AGREEMENT', 'cis-legal-assistance-convention', 'SENT', true)`,
    );
    await hub.pool.query(
      `INSERT INTO recommendations.recommendation_agreement (recommendation_id, agreement_id)
       VALUES ('needs-assessment-ch3:P', 'cis-legal-assistance-convention')`,
    );

    const { status, body } = await hub.query<{
      agreement: {
        title: string;
        frameworkOrganization: { abbreviation: string };
        mlaRequests: { edges: { node: { reference: string; direction: string; counterpartCountry: { nameEn: string } } }[] };
        recommendations: { code: string; source: { body: string } }[];
      };
    }>(`{
      agreement(id: "cis-legal-assistance-convention") {
        title
        frameworkOrganization { abbreviation }
        mlaRequests { edges { node { reference direction counterpartCountry { nameEn } } } }
        recommendations { code source { body } }
      }
    }`);

    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
    const agreement = body.data!.agreement;
    expect(agreement.title).toContain("Mülki, ailə və cinayət işləri üzrə hüquq münasibətləri və hüquqi yardım haqqında");
    expect(agreement.frameworkOrganization.abbreviation).toBe("MDB");
    // counterpartCountry.nameEn travels mla → agreements: the country's name is only in the agreements subgraph.
    expect(agreement.mlaRequests.edges.map((e) => e.node)).toEqual([{ reference: "OUT-2024-7", direction: "OUTGOING", counterpartCountry: { nameEn: "Russian Federation" } }]);
    expect(agreement.recommendations).toEqual([{ code: "P", source: { body: "NEEDS_ASSESSMENT" } }]);
  });

  it("answers the fact of the sources as reported (Turkey's requests, answered by Azerbaijan), not as an MLA request", async () => {
    type Fact = { kind: string; direction: string; count: number | null; countAsWritten: string | null; source: string; counterpartCountry: { nameAz: string } };
    const { body } = await hub.query<{ country: { nameAz: string; mlaRequests: { totalCount: number }; reportedCooperation: Fact[] } }>(
      `{ country(code: "TR") { nameAz mlaRequests { totalCount }
           reportedCooperation { kind direction count countAsWritten source counterpartCountry { nameAz } } } }`,
    );
    expect(body.errors).toBeUndefined();
    expect(body.data!.country.nameAz).toBe("Türkiyə");
    expect(body.data!.country.mlaRequests.totalCount).toBe(0);
    expect(body.data!.country.reportedCooperation).toEqual([
      {
        kind: "MLA_REQUESTS_ANSWERED", direction: "INCOMING", count: null, countAsWritten: "bir sıra",
        source: expect.stringContaining("(Aze30, səh.24)"), counterpartCountry: { nameAz: "Türkiyə" },
      },
    ]);
  });

  it("shows the CIS programme's signatories exactly as the law's signature block has them", async () => {
    const { body } = await hub.query<{ agreement: { parties: { status: string; reservationKind: string | null; country: { code: string } }[] } }>(
      `{ agreement(id: "cis-thb-programme-2007-2010") { parties { status reservationKind country { code } } } }`,
    );
    const byStatus = (status: string) =>
      body.data!.agreement.parties.filter((p) => p.status === status).map((p) => p.country.code).sort();
    expect(byStatus("NOT_SIGNED")).toEqual(["GE", "MD", "TM"]);
    expect(byStatus("SIGNED_WITH_RESERVATION")).toEqual(["AZ", "UA"]);
    expect(byStatus("SIGNED")).toEqual(["AM", "BY", "KG", "KZ", "RU", "TJ"]);
  });
});
