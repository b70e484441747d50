import { Direction, LegalBasisKind, MlaStatus } from "./mla-request";
import { reachableStatuses, requestViolations, transitionProblem } from "./mla-request.rules";
import { RefusalGroundCode } from "./refusal-ground";

const fields = (state: Parameters<typeof requestViolations>[0]) => requestViolations(state).map((v) => `${v.field}:${v.problem.key}`);

describe("the rules of a request's fields", () => {
  it("knows which statuses each direction can ever reach", () => {
    expect(reachableStatuses(Direction.INCOMING).has(MlaStatus.SENT)).toBe(false);
    expect(reachableStatuses(Direction.INCOMING).has(MlaStatus.DRAFT)).toBe(false);
    expect(reachableStatuses(Direction.OUTGOING).has(MlaStatus.RECEIVED)).toBe(false);
    expect(reachableStatuses(Direction.OUTGOING).has(MlaStatus.EXECUTED)).toBe(true);
  });

  it("accepts a historical request in any reachable status with its dates", () => {
    expect(fields({ reference: "R-1", direction: Direction.INCOMING, status: MlaStatus.REFUSED, refusalGround: "no dual criminality",
      openedOn: "2019-01-01", dueOn: "2019-03-01", closedOn: "2019-02-01", legalBasisKind: LegalBasisKind.RECIPROCITY, legalBasisAgreementId: null })).toEqual([]);
  });

  it("names each broken rule by field, and skips rules about what is not known", () => {
    expect(fields({ reference: "", direction: Direction.INCOMING, status: MlaStatus.DRAFT, closedOn: "2020-01-01", refusalGround: "x",
      legalBasisKind: LegalBasisKind.AGREEMENT, legalBasisAgreementId: null, openedOn: "2020-02-01", dueOn: "2020-01-01" })).toEqual([
      "reference:required", "legalBasisAgreementId:legal_basis_agreement", "status:status_unreachable", "dueOn:date_before", "closedOn:closed_only_final",
      "refusalGround:refusal_ground_only_refused",
    ]);
    // An unreadable status: nothing about closing dates or refusals is claimed.
    expect(fields({ status: undefined, closedOn: "2020-01-01", refusalGround: "x" })).toEqual([]);
  });

  it("takes a refusal's ground as a code, words or both, and a code only on a refusal", () => {
    expect(fields({ status: MlaStatus.REFUSED, refusalGround: null, refusalGroundCode: RefusalGroundCode.NO_DUAL_CRIMINALITY })).toEqual([]);
    expect(fields({ status: MlaStatus.REFUSED, refusalGround: null, refusalGroundCode: RefusalGroundCode.OTHER })).toEqual(["refusalGround:refusal_ground_required"]);
    expect(fields({ status: MlaStatus.EXECUTED, refusalGround: null, refusalGroundCode: RefusalGroundCode.NO_DUAL_CRIMINALITY })).toEqual(["refusalGroundCode:refusal_ground_only_refused"]);
  });

  it("allows only the workflow's steps", () => {
    expect(transitionProblem(MlaStatus.SENT, MlaStatus.EXECUTED)).toBeNull();
    expect(transitionProblem(MlaStatus.RECEIVED, MlaStatus.EXECUTED)?.key).toBe("transition_not_allowed");
    expect(transitionProblem(MlaStatus.EXECUTED, MlaStatus.IN_PROGRESS)?.key).toBe("transition_from_final");
  });
});
