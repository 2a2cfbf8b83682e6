import { describe, expect, it } from "vitest";
import { groupBillNumber, isOverdue, maskName } from "@/lib/domain/payments/ui-format";

describe("groupBillNumber", () => {
  it("groups a bill number in fours for reading aloud", () => {
    expect(groupBillNumber("1000001234")).toBe("1000 0012 34");
    expect(groupBillNumber("100000123")).toBe("1000 0012 3");
    expect(groupBillNumber(" 1000 0012 34 ")).toBe("1000 0012 34");
  });
});

describe("maskName", () => {
  it("keeps the first name and masks the rest", () => {
    expect(maskName("عبدالله بن محمد القحطاني")).toBe("عبدالله ب*** م*** ا***");
    expect(maskName("Ahmed Saleem Khan")).toBe("Ahmed S*** K***");
    expect(maskName("  Noura  ")).toBe("Noura");
    expect(maskName("")).toBe("");
  });
  it("never shows more than one letter of a later name", () => {
    expect(maskName("عبدالله القحطاني")).not.toContain("القحطاني");
  });
});

describe("isOverdue", () => {
  const now = new Date("2026-11-23T10:00:00Z");
  it("is true only for an unpaid bill past its due date", () => {
    expect(isOverdue({ status: "UNPAID", dueAt: new Date("2026-11-22T10:00:00Z") }, now)).toBe(true);
    expect(isOverdue({ status: "UNPAID", dueAt: new Date("2026-11-24T10:00:00Z") }, now)).toBe(false);
    expect(isOverdue({ status: "PAID", dueAt: new Date("2026-11-01T10:00:00Z") }, now)).toBe(false);
  });
});
