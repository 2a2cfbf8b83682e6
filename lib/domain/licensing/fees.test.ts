import { describe, expect, it } from "vitest";
import { addMonthsUtc, computeLicenseFee, computeRenewalFee, lateMonths, type FeeRule } from "@/lib/domain/licensing/fees";

const RULE: FeeRule = {
  activityGroupEn: "Food retail",
  baseHalalas: 30_000,
  perSquareMeterHalalas: 500,
  signPerSquareMeterHalalas: 5_000,
  healthSupplementHalalas: 20_000,
  renewalPercent: 100,
  lateRenewalPerMonthHalalas: 10_000,
};

describe("computeLicenseFee", () => {
  it("adds base, area, sign and the health supplement", () => {
    const fee = computeLicenseFee(RULE, { areaM2: 60, signAreaM2: 4, needsHealth: true });
    expect(fee.lines.map((l) => l.amountHalalas)).toEqual([30_000, 30_000, 20_000, 20_000]);
    expect(fee.totalHalalas).toBe(100_000);
    expect(fee.lines.every((l) => l.kind === "FEE")).toBe(true);
    expect(fee.lines[1]?.descriptionAr).toContain("60");
    expect(fee.lines[2]?.descriptionEn).toContain("4 m²");
  });

  it("leaves out the health supplement for a commercial activity and zero lines (no sign)", () => {
    const fee = computeLicenseFee(RULE, { areaM2: 10, signAreaM2: 0, needsHealth: false });
    expect(fee.lines).toHaveLength(2);
    expect(fee.totalHalalas).toBe(30_000 + 5_000);
  });

  it("leaves out a zero health supplement even for a health activity", () => {
    const fee = computeLicenseFee({ ...RULE, healthSupplementHalalas: 0 }, { areaM2: 10, signAreaM2: 1, needsHealth: true });
    expect(fee.lines.map((l) => l.descriptionEn)).not.toContain("Health license supplement");
  });

  it("refuses a non-integer, negative, zero or absurd area", () => {
    expect(() => computeLicenseFee(RULE, { areaM2: 12.5, signAreaM2: 0, needsHealth: false })).toThrow(RangeError);
    expect(() => computeLicenseFee(RULE, { areaM2: 10, signAreaM2: -1, needsHealth: false })).toThrow(RangeError);
    expect(() => computeLicenseFee(RULE, { areaM2: 0, signAreaM2: 0, needsHealth: false })).toThrow(RangeError);
    expect(() => computeLicenseFee(RULE, { areaM2: 1_000_000, signAreaM2: 0, needsHealth: false })).toThrow(RangeError);
  });
});

describe("lateMonths / addMonthsUtc", () => {
  const exp = new Date("2026-01-31T10:00:00Z");
  it("counts started months after expiry", () => {
    expect(lateMonths(exp, new Date("2026-01-20T00:00:00Z"))).toBe(0);
    expect(lateMonths(exp, exp)).toBe(0);
    expect(lateMonths(exp, new Date("2026-01-31T10:00:01Z"))).toBe(1);
    expect(lateMonths(exp, new Date("2026-02-28T10:00:00Z"))).toBe(1);
    expect(lateMonths(exp, new Date("2026-02-28T10:00:01Z"))).toBe(2);
    expect(lateMonths(exp, new Date("2026-07-15T00:00:00Z"))).toBe(6);
  });
  it("clamps the day of month", () => {
    expect(addMonthsUtc(exp, 1).toISOString()).toBe("2026-02-28T10:00:00.000Z");
    expect(addMonthsUtc(new Date("2027-12-15T00:00:00Z"), 2).toISOString()).toBe("2028-02-15T00:00:00.000Z");
  });
});

describe("computeRenewalFee", () => {
  const input = { areaM2: 60, signAreaM2: 4, needsHealth: true, expiresAt: new Date("2026-06-01T00:00:00Z") };

  it("charges the new-license fee at the renewal percentage, without late fee before expiry", () => {
    const fee = computeRenewalFee({ ...RULE, renewalPercent: 90 }, { ...input, now: new Date("2026-05-10T00:00:00Z") });
    expect(fee.totalHalalas).toBe(90_000);
    expect(fee.lines.some((l) => l.kind === "LATE_FEE")).toBe(false);
    expect(fee.lines[0]?.descriptionAr).toContain("تجديد");
  });

  it("adds one late-fee line per started month after expiry", () => {
    const fee = computeRenewalFee(RULE, { ...input, now: new Date("2026-08-15T00:00:00Z") });
    const late = fee.lines.filter((l) => l.kind === "LATE_FEE");
    expect(late).toHaveLength(1);
    expect(late[0]?.amountHalalas).toBe(3 * 10_000);
    expect(fee.totalHalalas).toBe(100_000 + 30_000);
  });

  it("rounds percentages to whole halalas", () => {
    const fee = computeRenewalFee({ ...RULE, baseHalalas: 333, renewalPercent: 50 }, { ...input, areaM2: 1, signAreaM2: 0, needsHealth: false, now: input.expiresAt });
    expect(fee.lines.map((l) => l.amountHalalas)).toEqual([167, 250]);
    expect(fee.lines.every((l) => Number.isInteger(l.amountHalalas))).toBe(true);
  });
});
