import { describe, expect, it } from "vitest";
import { riyadhDay, riyadhDaySpan, riyadhInstant, startOfRiyadhDay } from "@/lib/kernel/riyadh-days";

describe("Riyadh calendar days", () => {
  it("after 21:00 UTC it is already the next day in Riyadh", () => {
    expect(riyadhDay(new Date("2026-12-03T20:59:59Z"))).toBe("2026-12-03");
    expect(riyadhDay(new Date("2026-12-03T21:00:00Z"))).toBe("2026-12-04");
    expect(riyadhDay(new Date("2026-12-31T23:30:00Z"))).toBe("2027-01-01");
  });

  it("the day starts at Riyadh midnight, 21:00 UTC the evening before", () => {
    expect(startOfRiyadhDay(new Date("2026-12-03T23:45:00Z")).toISOString()).toBe("2026-12-03T21:00:00.000Z");
    expect(startOfRiyadhDay(new Date("2026-12-03T20:59:00Z")).toISOString()).toBe("2026-12-02T21:00:00.000Z");
    expect(startOfRiyadhDay(new Date("1969-12-31T22:00:00Z")).toISOString()).toBe("1969-12-31T21:00:00.000Z");
  });

  it("a day and a minute of it give the instant, and back", () => {
    const at = riyadhInstant("2026-12-04", 8 * 60);
    expect(at.toISOString()).toBe("2026-12-04T05:00:00.000Z");
    expect(riyadhDay(at)).toBe("2026-12-04");
    expect(startOfRiyadhDay(at).getTime()).toBe(riyadhInstant("2026-12-04").getTime());
  });

  it("a span of days runs from the first day's midnight to the midnight after the last", () => {
    const { start, end } = riyadhDaySpan("2026-12-01", "2026-12-31");
    expect(start.toISOString()).toBe("2026-11-30T21:00:00.000Z");
    expect(end.toISOString()).toBe("2026-12-31T21:00:00.000Z");
    expect(riyadhDaySpan("2026-12-04", "2026-12-04").end.getTime() - riyadhDaySpan("2026-12-04", "2026-12-04").start.getTime()).toBe(86_400_000);
  });
});
