import { describe, expect, it } from "vitest";
import { startOfRiyadhDay } from "@/lib/kernel/riyadh-days";
import { formatGregorian, formatHijri, hijriOfDateInput } from "@/lib/i18n/dates";

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

  it("reads a date input's value as a Riyadh day and gives its Umm al-Qura date", () => {
    // 1 Shawwal 1448 AH (Eid al-Fitr) = 9 March 2027 in Umm al-Qura; the day before is 29 Ramadan.
    expect(hijriOfDateInput("2027-03-09", "en")).toBe("1 Shawwal 1448 AH");
    expect(hijriOfDateInput("2027-03-09", "ar")).toBe("1 شوال 1448 هـ");
    expect(hijriOfDateInput("2027-03-08", "en")).toBe("29 Ramadan 1448 AH");
    // A datetime-local value: its day, late in the evening too (not the UTC day).
    expect(hijriOfDateInput("2027-03-09T23:30", "en")).toBe("1 Shawwal 1448 AH");
    expect(hijriOfDateInput("2027-03-09T00:15:00", "en")).toBe("1 Shawwal 1448 AH");
  });

  it("gives nothing for a value a date input holds while it is typed, or an impossible day", () => {
    for (const value of ["", "2027-03", "27-03-09", "2026-02-30", "2026-13-01", "2027-03-09T", undefined, null, 20270309]) {
      expect(hijriOfDateInput(value, "ar"), String(value)).toBeNull();
    }
  });
});
