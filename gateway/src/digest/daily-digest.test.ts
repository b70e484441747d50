import { localClock } from "./daily-digest";

describe("the digest's clock", () => {
  it("reads the day and hour in the configured time zone, not the server's", () => {
    // 21:30 UTC on 31 December is already 1 January 01:30 in Baku (UTC+4).
    expect(localClock(new Date("2025-12-31T21:30:00Z"), "Asia/Baku")).toEqual({ day: "2026-01-01", hour: 1 });
    expect(localClock(new Date("2025-12-31T21:30:00Z"), "UTC")).toEqual({ day: "2025-12-31", hour: 21 });
    expect(localClock(new Date("2026-03-29T00:30:00Z"), "Europe/Berlin")).toEqual({ day: "2026-03-29", hour: 1 });
    expect(localClock(new Date("2026-03-29T01:30:00Z"), "Europe/Berlin")).toEqual({ day: "2026-03-29", hour: 3 });
  });
});
