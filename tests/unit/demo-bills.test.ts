import { describe, expect, it } from "vitest";
import { isValidBillNumber } from "@/lib/domain/payments/bill-number";
import { isValidCheckDigitNumber } from "@/lib/kernel/check-digits";
import { isValidNationalId } from "@/lib/domain/identity/national-id";
import { DEMO_ACCOUNTS } from "@/prisma/seed/demo-accounts";
import { DEMO_BILLS } from "@/prisma/seed/demo-bills";

describe("demo bills of the seed", () => {
  it("have valid, unique bill numbers below the range bill_number_seq draws from (starts at 1000001)", () => {
    const numbers = DEMO_BILLS.map((b) => b.number);
    expect(new Set(numbers).size).toBe(numbers.length);
    for (const n of numbers) {
      expect(isValidBillNumber(n), n).toBe(true);
      expect(Number(n.slice(0, 9)), n).toBeLessThan(1_000_001);
    }
  });

  it("belong to demo citizens and have receipt codes below receipt_code_seq's range (starts at 100001)", () => {
    const citizens = new Set(DEMO_ACCOUNTS.filter((a) => a.loginKind === "nationalId").map((a) => a.login));
    for (const b of DEMO_BILLS) {
      expect(isValidNationalId(b.payerNationalId) && citizens.has(b.payerNationalId), b.number).toBe(true);
      expect(b.lines.every((l) => Number.isSafeInteger(l.amountHalalas) && l.amountHalalas > 0)).toBe(true);
      if (b.payment) {
        expect(isValidCheckDigitNumber("R", b.payment.receiptCode)).toBe(true);
        expect(Number(b.payment.receiptCode.slice(1, -1))).toBeLessThan(100_001);
      }
    }
    expect(DEMO_BILLS.some((b) => !b.payment && b.payerNationalId === "1087654321")).toBe(true);
  });
});
