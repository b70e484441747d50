import { AgreementKind } from "../agreement/agreement";
import { PartyStatus, ReservationKind } from "../agreement/party";
import { AssistanceType } from "./assistance-type";
import { LegalBasisApplicability, LegalBasisInForce, LegalBasisOptionKind } from "./legal-basis-option";
import { parseLegalBasisOptionId as parseOptionId } from "#shared/subgraph/legal-basis-option-id";
import { optionFor, optionId, rankOptions, reciprocityOption, type Candidate, type PartyRecord } from "./legal-basis.rules";
import { fold, mentionedTerms } from "./reservation-terms";

const party = (change: Partial<PartyRecord> = {}): PartyRecord => ({
  status: PartyStatus.PARTY, reservationKind: null, reservation: null, signedOn: null, ratifiedOn: null, accededOn: null, withdrawnOn: null, source: "test",
  ...change,
});
const candidate = (change: Partial<Candidate> = {}): Candidate => ({
  agreementId: "x", kind: AgreementKind.MULTILATERAL, frameworkOrganizationId: null, enteredIntoForceOn: null, signedOn: null, adoptedOn: null,
  periodTo: null, partiesComplete: true, partiesListed: 2, azerbaijan: party(), counterpart: party(), ...change,
});
const ON = "2025-06-01";

describe("when an agreement is an option with a country", () => {
  it("applies when both states are parties, since the latest of the agreement's and the parties' dates", () => {
    const option = optionFor(candidate({ enteredIntoForceOn: "2008-02-01", azerbaijan: party({ status: PartyStatus.RATIFIED, ratifiedOn: "2010-05-11" }), counterpart: party({ signedOn: "2009-01-01" }) }), "TR", ON)!;
    expect(option.applicability).toBe(LegalBasisApplicability.BOTH_PARTIES);
    expect(option.inForce).toBe(LegalBasisInForce.IN_FORCE);
    expect(option.since).toBe("2010-05-11");
    expect(option.partiesIncomplete).toBe(false);
  });

  it("keeps an agreement whose dates are unknown, marked so", () => {
    const option = optionFor(candidate(), "TR", ON)!;
    expect(option.inForce).toBe(LegalBasisInForce.DATES_UNKNOWN);
    expect(option.since).toBeNull();
  });

  it("shows an incomplete party list without the country as such, and drops a complete one", () => {
    const incomplete = optionFor(candidate({ partiesComplete: false, counterpart: null }), "TR", ON)!;
    expect(incomplete.applicability).toBe(LegalBasisApplicability.PARTY_LIST_INCOMPLETE);
    expect(incomplete.partiesIncomplete).toBe(true);
    expect(incomplete.counterpart).toMatchObject({ countryCode: "TR", listed: false, status: null });
    expect(optionFor(candidate({ partiesComplete: true, counterpart: null }), "TR", ON)).toBeNull();
  });

  it("drops what the records say does not bind on that day: not signed, withdrawn, later party, not started, ended", () => {
    expect(optionFor(candidate({ counterpart: party({ status: PartyStatus.NOT_SIGNED }) }), "GE", ON)).toBeNull();
    expect(optionFor(candidate({ counterpart: party({ status: PartyStatus.WITHDRAWN }) }), "GE", ON)).toBeNull();
    expect(optionFor(candidate({ counterpart: party({ withdrawnOn: "2020-01-01" }) }), "GE", ON)).toBeNull();
    expect(optionFor(candidate({ azerbaijan: party({ ratifiedOn: "2030-01-01" }) }), "GE", ON)).toBeNull();
    expect(optionFor(candidate({ signedOn: "2030-01-01" }), "GE", ON)).toBeNull();
    expect(optionFor(candidate({ signedOn: "2006-11-28", periodTo: "2010-12-31" }), "GE", ON)).toBeNull();
    expect(optionFor(candidate({ signedOn: "2006-11-28", periodTo: "2010-12-31" }), "GE", "2008-01-01")).not.toBeNull();
  });

  it("calls a bilateral agreement bilateral, an organisation's agreement a framework, the rest multilateral", () => {
    expect(optionFor(candidate({ kind: AgreementKind.BILATERAL }), "TR", ON)!.kind).toBe(LegalBasisOptionKind.BILATERAL);
    expect(optionFor(candidate({ frameworkOrganizationId: "GUAM" }), "TR", ON)!.kind).toBe(LegalBasisOptionKind.ORGANISATION_FRAMEWORK);
    expect(optionFor(candidate(), "TR", ON)!.kind).toBe(LegalBasisOptionKind.MULTILATERAL);
  });
});

describe("reservations and special opinions", () => {
  it("lists both states' texts, those mentioning the assistance asked for first, with the words found", () => {
    const option = optionFor(candidate({
      azerbaijan: party({ reservationKind: ReservationKind.SPECIAL_OPINION, reservation: "Azərbaycan Respublikası harmonizasiya müddəaları ilə bağlı deyil" }),
      counterpart: party({ reservationKind: ReservationKind.RESERVATION, reservation: "Türkiyə öz vətəndaşlarının ekstradisiyasını həyata keçirmir" }),
    }), "TR", ON, AssistanceType.EXTRADITION)!;
    expect(option.limitations.map((l) => [l.countryCode, l.mentionsAssistanceType, l.matchedTerms])).toEqual([
      ["TR", true, ["ekstradisiya"]],
      ["AZ", false, []],
    ]);
  });

  it("says nothing about a text it does not have, nor when no assistance type is asked", () => {
    const option = optionFor(candidate({ counterpart: party({ reservationKind: ReservationKind.RESERVATION }) }), "UA", ON, AssistanceType.EVIDENCE)!;
    expect(option.limitations).toEqual([{ countryCode: "UA", kind: ReservationKind.RESERVATION, text: null, mentionsAssistanceType: null, matchedTerms: [], source: "test" }]);
    const asked = optionFor(candidate({ counterpart: party({ reservation: "no extradition of nationals" }) }), "UA", ON)!;
    expect(asked.limitations[0].mentionsAssistanceType).toBeNull();
  });

  it("matches word beginnings in a row, in any language and case, never inside a word", () => {
    expect(mentionedTerms("Выдача собственных граждан не производится", AssistanceType.EXTRADITION)).toEqual(["выдач"]);
    expect(mentionedTerms("The EXCHANGE OF INFORMATION is limited", AssistanceType.INFORMATION_EXCHANGE)).toEqual(["exchange of information"]);
    expect(mentionedTerms("research of archives", AssistanceType.SEARCH_AND_SEIZURE)).toEqual([]);
    expect(mentionedTerms("BİRGƏ İSTİNTAQ qrupları", AssistanceType.JOINT_INVESTIGATION)).toEqual(["birge istintaq"]);
    expect(fold("Şəxsiyyətin Müəyyən")).toBe("sexsiyyetin mueyyen");
  });
});

describe("ranking", () => {
  const bilateral = optionFor(candidate({ agreementId: "az-tr-cooperation", kind: AgreementKind.BILATERAL }), "TR", ON)!;
  const trilateral = optionFor(candidate({ agreementId: "az-ge-tr" }), "TR", ON)!;
  const framework = optionFor(candidate({ agreementId: "bsec", frameworkOrganizationId: "BSEC", partiesComplete: false, counterpart: null }), "TR", ON)!;
  const reciprocity = reciprocityOption("TR");

  it("without track records: both parties before an incomplete list, bilateral before multilateral, reciprocity last", () => {
    expect(rankOptions([reciprocity, framework, trilateral, bilateral], new Map()).map((o) => [o.rank, o.id])).toEqual([
      [1, "agreement:az-tr-cooperation:TR"],
      [2, "agreement:az-ge-tr:TR"],
      [3, "agreement:bsec:TR"],
      [4, "reciprocity:TR"],
    ]);
  });

  it("puts proven results first: results on cases, then executed requests; refusals only break ties", () => {
    const figures = new Map([
      [bilateral.id, { requests: 5, level: 1, results: 0, executed: 0, refused: 5 }],
      [framework.id, { requests: 3, level: 2, results: 0, executed: 3, refused: 0 }],
      [reciprocity.id, { requests: 3, level: 3, results: 4, executed: 2, refused: 1 }],
    ]);
    expect(rankOptions([bilateral, trilateral, framework, reciprocity], figures).map((o) => o.id)).toEqual([
      reciprocity.id, framework.id, bilateral.id, trilateral.id,
    ]);
  });

  it("lists an agreement used with the country but not binding both after every other option, whatever its results", () => {
    const interpol = optionFor(candidate({ agreementId: "az-interpol", kind: AgreementKind.BILATERAL, counterpart: null }), "TR", ON, undefined, true)!;
    expect(interpol).toMatchObject({ applicability: LegalBasisApplicability.RECORDED_USE_ONLY, partiesIncomplete: false, counterpart: { listed: false } });
    const ended = optionFor(candidate({ agreementId: "cis-programme", signedOn: "2006-11-28", periodTo: "2010-12-31" }), "RU", ON, undefined, true)!;
    expect(ended).toMatchObject({ applicability: LegalBasisApplicability.RECORDED_USE_ONLY, inForce: LegalBasisInForce.NOT_IN_FORCE });
    const figures = new Map([[interpol.id, { requests: 9, level: 4, results: 9, executed: 9, refused: 0 }]]);
    expect(rankOptions([interpol, reciprocity, framework], figures).map((o) => o.id)).toEqual([framework.id, reciprocity.id, interpol.id]);
  });

  it("encodes the agreement (or reciprocity) and the country in the id", () => {
    expect(optionId("az-ge-tr-terrorism-organised-crime", "GE")).toBe("agreement:az-ge-tr-terrorism-organised-crime:GE");
    expect(parseOptionId("agreement:az-ge-tr-terrorism-organised-crime:GE")).toEqual({ agreementId: "az-ge-tr-terrorism-organised-crime", countryCode: "GE" });
    expect(parseOptionId("reciprocity:TR")).toEqual({ agreementId: null, countryCode: "TR" });
    expect(parseOptionId("agreement:x:tr")).toBeNull();
  });
});
