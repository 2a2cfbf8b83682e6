import { describe, expect, it } from "vitest";
import { defaultReconciliationRange, parseReconciliationRange, ZBillInquiry } from "@/lib/domain/payments/schemas-ui";

describe("ZBillInquiry", () => {
  it("accepts a bill number typed with spaces or Arabic-Indic digits and a valid national ID", () => {
    const r = ZBillInquiry.safeParse({ payerType: "person", billNumber: "١٠٠٠ ٠٠١٢ ٣٧", nationalId: "1087654321" });
    expect(r.success && r.data).toMatchObject({ billNumber: "1000001237", nationalId: "1087654321" });
  });

  it("asks for the national ID of a person and the CR number of an establishment, with keys", () => {
    const person = ZBillInquiry.safeParse({ payerType: "person", billNumber: "12", nationalId: "1087654322" });
    expect(person.success).toBe(false);
    expect(Object.fromEntries(person.error!.issues.map((i) => [i.path.join("."), i.message]))).toEqual({
      billNumber: "payments:inquiry.errors.billNumber",
      nationalId: "validation:nationalId",
    });
    const typo = ZBillInquiry.safeParse({ payerType: "person", billNumber: "1000001273", nationalId: "1087654321" });
    expect(typo.error!.issues.map((i) => i.message)).toEqual(["payments:inquiry.errors.billNumberCheck"]);
    const est = ZBillInquiry.safeParse({ payerType: "establishment", billNumber: "1000001237", crNumber: "20501" });
    expect(est.error!.issues.map((i) => [i.path.join("."), i.message])).toEqual([["crNumber", "payments:inquiry.errors.crNumber"]]);
    expect(ZBillInquiry.safeParse({ payerType: "establishment", billNumber: "1000001237", crNumber: "2050012345" }).success).toBe(true);
  });
});

describe("reconciliation range", () => {
  const now = new Date("2026-11-23T22:30:00Z"); // already 24 November in Riyadh
  it("defaults to the last 30 Riyadh days", () => {
    expect(defaultReconciliationRange(now)).toEqual({ from: "2026-10-26", to: "2026-11-24" });
  });
  it("refuses a reversed, over-long or impossible range and falls back to the default", () => {
    expect(parseReconciliationRange({ from: "2026-11-10", to: "2026-11-01" }, now)).toEqual({
      range: { from: "2026-10-26", to: "2026-11-24" },
      error: "payments:reconciliation.errors.rangeOrder",
    });
    expect(parseReconciliationRange({ from: "2024-01-01", to: "2026-01-01" }, now).error).toBe("payments:reconciliation.errors.rangeTooLong");
    expect(parseReconciliationRange({ from: "2026-02-30", to: "2026-03-01" }, now).error).toBe("validation:invalidFormat");
    expect(parseReconciliationRange({ from: "2026-11-01", to: "2026-11-05" }, now)).toEqual({ range: { from: "2026-11-01", to: "2026-11-05" } });
  });
});
