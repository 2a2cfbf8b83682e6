import { describe, expect, it } from "vitest";
import { startOfRiyadhDay } from "@/lib/kernel/riyadh-days";
import { formatGregorian, formatHijri } from "@/lib/i18n/dates";

describe("dates in Asia/Riyadh", () => {
  it("shows a UTC instant on the Riyadh calendar day (UTC+3)", () => {
    // 22:30 UTC on 31 Dec 2025 is already 1 Jan 2026 in Riyadh.
    const d = new Date("2025-12-31T22:30:00Z");
    expect(formatGregorian(d, "en")).toBe("1 January 2026");
    expect(formatGregorian(d, "ar")).toContain("2026");
    expect(formatGregorian(d, "ar")).toContain("يناير");
  });

  it("gives the Umm al-Qura Hijri date", () => {
    // 1 Ramadan 1447 AH = 18 February 2026 (Umm al-Qura).
    const d = new Date("2026-02-18T09:00:00Z");
    expect(formatHijri(d, "en")).toMatch(/1 Ramadan 1447/);
    expect(formatHijri(d, "ar")).toContain("رمضان");
    expect(formatHijri(d, "ar")).toContain("1447");
  });

  it("finds the start of the Riyadh day (21:00 UTC the evening before)", () => {
    expect(startOfRiyadhDay(new Date("2026-11-23T20:59:59Z")).toISOString()).toBe("2026-11-22T21:00:00.000Z");
    expect(startOfRiyadhDay(new Date("2026-11-23T21:00:00Z")).toISOString()).toBe("2026-11-23T21:00:00.000Z");
  });
});
