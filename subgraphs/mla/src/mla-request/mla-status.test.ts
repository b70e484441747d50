import { Direction, MlaStatus } from "./mla-request";
import { ALLOWED_TRANSITIONS, canTransition, FINAL_STATUSES, initialStatus } from "./mla-status";

describe("the MLA status workflow", () => {
  it("starts outgoing requests as drafts and incoming ones as received", () => {
    expect(initialStatus(Direction.OUTGOING)).toBe(MlaStatus.DRAFT);
    expect(initialStatus(Direction.INCOMING)).toBe(MlaStatus.RECEIVED);
  });

  it("lets nothing leave a final status", () => {
    for (const status of FINAL_STATUSES) expect(ALLOWED_TRANSITIONS[status]).toEqual([]);
  });

  it("cannot execute a draft that was never sent", () => {
    expect(canTransition(MlaStatus.DRAFT, MlaStatus.EXECUTED)).toBe(false);
    expect(canTransition(MlaStatus.DRAFT, MlaStatus.SENT)).toBe(true);
  });

  it("reaches every status from a starting one", () => {
    const reached = new Set<MlaStatus>([MlaStatus.DRAFT, MlaStatus.RECEIVED]);
    for (let changed = true; changed; ) {
      changed = false;
      for (const from of [...reached]) {
        for (const to of ALLOWED_TRANSITIONS[from]) {
          if (!reached.has(to)) {
            reached.add(to);
            changed = true;
          }
        }
      }
    }
    expect([...reached].sort()).toEqual(Object.values(MlaStatus).sort());
  });
});
