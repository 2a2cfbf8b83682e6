import { describe, expect, it } from "vitest";
import { insideSaudiArabia } from "@/lib/kernel/geo";
import { fineRange, fineWithin, objectionSlaDue, objectionWindowOpen, parseRiyals, repeatWindowStart } from "@/lib/domain/violations/rules";

const article = { minFineHalalas: 100_000, maxFineHalalas: 1_000_000, repeatMultiplier: 2 };

describe("fine range", () => {
  it("is the article's range, multiplied for a repeat offence", () => {
    expect(fineRange(article, false)).toEqual({ minHalalas: 100_000, maxHalalas: 1_000_000, isRepeat: false, multiplier: 1 });
    expect(fineRange(article, true)).toEqual({ minHalalas: 200_000, maxHalalas: 2_000_000, isRepeat: true, multiplier: 2 });
  });
  it("includes both ends and refuses anything outside or fractional", () => {
    const r = fineRange(article, false);
    expect(fineWithin(r, 100_000)).toBe(true);
    expect(fineWithin(r, 1_000_000)).toBe(true);
    expect(fineWithin(r, 99_999)).toBe(false);
    expect(fineWithin(r, 1_000_001)).toBe(false);
    expect(fineWithin(r, 100_000.5)).toBe(false);
  });
  it("counts a previous offence within 365 days", () => {
    expect(repeatWindowStart(new Date("2026-11-23T00:00:00Z")).toISOString()).toBe("2025-11-23T00:00:00.000Z");
  });
});

describe("objection window and SLA", () => {
  const issued = new Date("2026-01-01T08:00:00Z");
  it("is open for 30 days after issue, then closed", () => {
    expect(objectionWindowOpen(issued, new Date("2026-01-31T08:00:00Z"))).toBe(true);
    expect(objectionWindowOpen(issued, new Date("2026-01-31T08:00:01Z"))).toBe(false);
  });
  it("gives staff 10 working days (two weekends: 14 calendar days here)", () => {
    expect(objectionSlaDue(issued).toISOString()).toBe("2026-01-15T08:00:00.000Z");
  });
  it("does not count Eid al-Fitr or Founding Day", () => {
    // Filed Wednesday 18 February 2026 (Founding Day 22 Feb is a Sunday): 11 calendar weekdays, one a holiday.
    expect(objectionSlaDue(new Date("2026-02-18T08:00:00Z")).toISOString()).toBe("2026-03-05T08:00:00.000Z");
    // Filed Tuesday 17 March 2026, two days before Eid al-Fitr (19–22 March): due Thursday 2 April, not 31 March.
    expect(objectionSlaDue(new Date("2026-03-17T08:00:00Z")).toISOString()).toBe("2026-04-02T08:00:00.000Z");
  });
});

describe("location", () => {
  it("accepts Dammam, Riyadh, Jeddah and refuses Cairo, Dubai and swapped coordinates", () => {
    expect(insideSaudiArabia(26.43, 50.1)).toBe(true);
    expect(insideSaudiArabia(24.71, 46.67)).toBe(true);
    expect(insideSaudiArabia(21.54, 39.17)).toBe(true);
    expect(insideSaudiArabia(30.04, 31.24)).toBe(false);
    expect(insideSaudiArabia(25.2, 55.9)).toBe(false);
    expect(insideSaudiArabia(50.1, 26.43)).toBe(false);
  });
});

describe("parseRiyals", () => {
  it("reads what people type", () => {
    expect(parseRiyals("1500")).toBe(150_000);
    expect(parseRiyals("1,500.5")).toBe(150_050);
    expect(parseRiyals("١٥٠٠")).toBe(150_000);
    expect(parseRiyals("12.345")).toBeNull();
    expect(parseRiyals("abc")).toBeNull();
    expect(parseRiyals("-5")).toBeNull();
  });
});
