import { suppressedCells, withheld } from "./small-cells";

describe("small-cell suppression", () => {
  it("withholds every count from 1 to k-1, never 0 or k and above", () => {
    expect([...suppressedCells({ a: 0, b: 1, c: 4, d: 5, e: 120 }, 5)].sort()).toEqual(["b", "c"]);
  });

  it("never leaves a relation with exactly one withheld cell: the smallest non-zero cell on its side joins it", () => {
    // in + out = executed + refused + pending: in (3) alone would be out's total minus the rest.
    const hidden = suppressedCells({ in: 3, out: 40, executed: 30, refused: 8, pending: 5 }, 5, [{ left: ["in", "out"], right: ["executed", "refused", "pending"] }]);
    expect([...hidden].sort()).toEqual(["in", "out"]);
  });

  it("takes a cell from the other side, then a zero, when its own side has nothing else", () => {
    const other = suppressedCells({ total: 30, a: 2, b: 0, c: 28 }, 5, [{ left: ["a", "b", "c"], right: ["total"] }]);
    expect([...other].sort()).toEqual(["a", "c"]);
    const zero = suppressedCells({ in: 3, out: 0, executed: 0, refused: 0, pending: 0 }, 5, [{ left: ["in", "out"], right: ["executed", "refused", "pending"] }]);
    expect([...zero].sort()).toEqual(["in", "out"]);
  });

  it("repeats until every relation holds: a second relation can pull a third cell", () => {
    const hidden = suppressedCells({ a: 2, b: 9, c: 11, d: 20 }, 5, [{ left: ["a", "b"], right: ["c"] }, { left: ["b", "d"], right: ["c", "e"] }]);
    expect(hidden.has("a") && hidden.has("b")).toBe(true);
    expect(hidden.size).toBeGreaterThanOrEqual(3);
  });

  it("with k = 1 withholds nothing", () => {
    expect(suppressedCells({ a: 1, b: 2 }, 1).size).toBe(0);
  });

  it("marks what it withheld on a copy, in field order", () => {
    const original = { requestsIn: 3, requestsOut: 9, level: "REQUESTS_MADE" };
    expect(withheld(original, new Set(["requestsOut", "requestsIn"]))).toEqual({ requestsIn: null, requestsOut: null, level: "REQUESTS_MADE", suppressed: ["requestsIn", "requestsOut"] });
    expect(original.requestsIn).toBe(3);
  });
});
