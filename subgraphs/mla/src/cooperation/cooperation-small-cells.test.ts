import { suppressCooperation } from "./cooperation-small-cells";

const summary = {
  requestsIn: 12, requestsOut: 2, executed: 9, refused: 3, pending: 2, overdue: 1, medianDaysToExecute: 40,
  outcomes: { suspectsArrested: 7, victimsIdentified: 2, victimsAssisted: 0, indictments: 5, convictions: 1, assetsSeized: 5000 },
  level: "RESULTS_ON_CASES",
};
const marks = (object: object) => (object as { suppressed?: string[] }).suppressed;

describe("cooperation figures for a partner", () => {
  it("withhold small counts with a second cell in the requests relation, and mark them", () => {
    const [partner] = suppressCooperation([summary], 5);
    expect(marks(partner)).toEqual(["requestsOut", "refused", "pending", "overdue"]);
    // The relation already holds three withheld cells (requestsOut, refused, pending): none is added.
    expect(partner).toMatchObject({ requestsIn: 12, requestsOut: null, executed: 9, refused: null, pending: null, overdue: null, medianDaysToExecute: 40 });
    expect(partner.outcomes).toEqual({ suspectsArrested: 7, victimsIdentified: null, victimsAssisted: 0, indictments: 5, convictions: null, assetsSeized: 5000, suppressed: ["victimsIdentified", "convictions"] });
  });

  it("withhold the median and seized assets behind fewer than k executed requests", () => {
    const [partner] = suppressCooperation([{ ...summary, executed: 3, refused: 7, pending: 4 }], 5);
    expect(partner.medianDaysToExecute).toBeNull();
    expect(marks(partner)).toContain("medianDaysToExecute");
    expect(partner.outcomes.assetsSeized).toBeNull();
  });

  it("leave staff figures exact, with empty markers", () => {
    const [staff] = suppressCooperation([summary], null);
    expect(staff).toEqual({ ...summary, suppressed: [], outcomes: { ...summary.outcomes, suppressed: [] } });
  });
});
