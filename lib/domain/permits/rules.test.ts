import { describe, expect, it } from "vitest";
import { computePermitFee, feeAreaOf, pickFeeRule, type PermitFeeRuleRow } from "@/lib/domain/permits/fees";
import { isDeedNo, isParcelNo, isPlanNo, normalizeRef } from "@/lib/domain/permits/formats";
import { afterAccept, nextRouteDepartment } from "@/lib/domain/permits/route";
import { DEFAULT_PERMIT_SLA_DAYS, permitHopDueAt } from "@/lib/domain/permits/sla";

const KIND = { nameAr: "رخصة بناء", nameEn: "Building permit" };
const RULES: PermitFeeRuleRow[] = [
  { municipalityId: null, minAreaM2: 0, maxAreaM2: 400, baseHalalas: 50_000, perSquareMeterHalalas: 200 },
  { municipalityId: null, minAreaM2: 400, maxAreaM2: null, baseHalalas: 100_000, perSquareMeterHalalas: 300 },
  { municipalityId: "qatif", minAreaM2: 0, maxAreaM2: null, baseHalalas: 40_000, perSquareMeterHalalas: 100 },
];

describe("permit fees (data per kind, area band and municipality)", () => {
  it("picks the band by area, the municipality's own rule before the default", () => {
    expect(pickFeeRule(RULES, "dammam", 399)).toBe(RULES[0]);
    expect(pickFeeRule(RULES, "dammam", 400)).toBe(RULES[1]);
    expect(pickFeeRule(RULES, "qatif", 900)).toBe(RULES[2]);
    expect(pickFeeRule([RULES[0]!], "dammam", 400)).toBeNull();
  });

  it("computes integer halalas: base + per m²; zero lines are left out", () => {
    expect(computePermitFee(RULES[0]!, KIND, 350)).toEqual({
      totalHalalas: 50_000 + 350 * 200,
      lines: [
        { kind: "FEE", descriptionAr: "رسم إصدار رخصة بناء", descriptionEn: "Building permit issuance fee", amountHalalas: 50_000 },
        { kind: "FEE", descriptionAr: "رسم المساحة (350 م²)", descriptionEn: "Area fee (350 m²)", amountHalalas: 70_000 },
      ],
    });
    expect(computePermitFee({ ...RULES[0]!, perSquareMeterHalalas: 0 }, KIND, 10).lines).toHaveLength(1);
    expect(computePermitFee(RULES[1]!, KIND, 1000).totalHalalas).toBe(100_000 + 300_000);
  });

  it("refuses a non-integer or out-of-range area", () => {
    expect(() => computePermitFee(RULES[0]!, KIND, 0)).toThrow(RangeError);
    expect(() => computePermitFee(RULES[0]!, KIND, 12.5)).toThrow(RangeError);
  });

  it("measures demolition on the land, building on the built-up area", () => {
    expect(feeAreaOf("DEMOLITION", { landAreaM2: 600, builtUpAreaM2: 900 })).toBe(600);
    expect(feeAreaOf("BUILDING", { landAreaM2: 600, builtUpAreaM2: 900 })).toBe(900);
    expect(feeAreaOf("RESTORATION", { landAreaM2: 600, builtUpAreaM2: null })).toBe(600);
  });
});

describe("land reference formats", () => {
  it("accepts known formats, Arabic-Indic digits included", () => {
    expect(isDeedNo("310115012345")).toBe(true);
    expect(isPlanNo("324/3")).toBe(true);
    expect(isPlanNo("٣٢٤")).toBe(true);
    expect(isParcelNo("1520/2")).toBe(true);
    expect(normalizeRef(" ١٥٢٠ / ٢ ")).toBe("1520/2");
  });
  it("refuses unknown ones", () => {
    for (const v of ["12345", "abc", "31011501234567890"]) expect(isDeedNo(v), v).toBe(false);
    for (const v of ["ش-324", "324/3/1", "", "1234567"]) expect(isPlanNo(v), v).toBe(false);
    for (const v of ["123456", "12a", "/3"]) expect(isParcelNo(v), v).toBe(false);
  });
});

describe("the departments' route", () => {
  const route = ["planning", "building"];
  it("goes through the route in order, a transfer's acceptance continues with the first department not yet accepted", () => {
    expect(nextRouteDepartment(route, new Set())).toBe("planning");
    expect(afterAccept(route, new Set(), "planning")).toBe("building");
    expect(afterAccept(route, new Set(["planning"]), "building")).toBeNull();
    // planning transferred to safety (not on the route): safety's acceptance sends it back to planning
    expect(afterAccept(route, new Set(), "safety")).toBe("planning");
  });
});

describe("SLA of a hop (the one function)", () => {
  it("counts the department's days, the default otherwise, as working days (no Friday or Saturday)", () => {
    const at = new Date("2026-12-01T08:00:00Z"); // Tuesday 11:00 in Riyadh
    expect(permitHopDueAt({ permitSlaDays: 3 }, at).toISOString()).toBe("2026-12-06T08:00:00.000Z"); // Wed, Thu, Sun
    expect(DEFAULT_PERMIT_SLA_DAYS).toBe(5);
    expect(permitHopDueAt({ permitSlaDays: null }, at).toISOString()).toBe("2026-12-08T08:00:00.000Z"); // … Mon, Tue
  });
});
