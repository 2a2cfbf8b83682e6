import { describe, expect, it } from "vitest";
import { billNumberFromSequence, isValidBillNumber } from "@/lib/domain/payments/bill-number";
import { hashInvitationToken } from "@/lib/domain/offices/staff";
import { checkDigitNumber, isValidCheckDigitNumber } from "@/lib/kernel/check-digits";
import { DEMO_ACCOUNTS } from "@/prisma/seed/demo-accounts";
import { DEMO_BILLS } from "@/prisma/seed/demo-bills";
import { CITIZEN_DEMO, DEMO_CITIZEN, demoInvitationHash } from "@/prisma/seed/citizen-demo";
import { DEMO_AFTER_ISSUE_PERMIT } from "@/prisma/seed/permits-after-issue";

describe("the demo citizen's own demo records (prisma/seed/citizen-demo.ts)", () => {
  it("belong to the first demo citizen account", () => {
    expect(DEMO_ACCOUNTS.find((a) => a.role === "CITIZEN")).toMatchObject({ login: DEMO_CITIZEN.nationalId, mobile: DEMO_CITIZEN.mobile });
  });

  it("carry valid numbers above the sequences' ranges, a bill number below bill_number_seq's, none shared with the other demo bills", () => {
    const d = CITIZEN_DEMO;
    for (const [prefix, n] of [["L", d.licenseNumber], ["H", d.healthCertNumber], ["V", d.violationNumber], ["C", d.complaintReference], ["P", d.permitNumber], ["IC", d.insulationCertNumber], ["BC", d.completionCertNumber], ["A", d.appointmentNumber]] as const) {
      expect(isValidCheckDigitNumber(prefix, n), n).toBe(true);
      expect(Number(n.slice(prefix.length, -1)), n).toBe(9_400_001);
    }
    expect(isValidBillNumber(d.billNumber)).toBe(true);
    expect(Number(d.billNumber.slice(0, 9))).toBeLessThan(1_000_001);
    expect(DEMO_BILLS.map((b) => b.number)).not.toContain(d.billNumber);
  });

  it("store the invitation link's token the way the portal looks it up, and the link is one the page accepts", () => {
    expect(demoInvitationHash(CITIZEN_DEMO.invitationToken)).toBe(hashInvitationToken(CITIZEN_DEMO.invitationToken));
    expect(CITIZEN_DEMO.invitationToken).toMatch(/^[A-Za-z0-9_-]{1,100}$/); // app/[lang]/(citizen)/my/invitations/[token]/page.tsx
  });

  it("give the demo permits' fee bills and receipts valid numbers below the sequences' ranges, shared with no other demo bill", () => {
    const permits = [DEMO_AFTER_ISSUE_PERMIT.path, { billSerial: CITIZEN_DEMO.permitBillSerial, receiptSerial: CITIZEN_DEMO.permitReceiptSerial }];
    const bills = permits.map((p) => billNumberFromSequence(p.billSerial));
    const receipts = permits.map((p) => checkDigitNumber("R", p.receiptSerial));
    for (const n of bills) {
      expect(isValidBillNumber(n), n).toBe(true);
      expect(Number(n.slice(0, 9)), n).toBeLessThan(1_000_001);
    }
    for (const r of receipts) {
      expect(isValidCheckDigitNumber("R", r), r).toBe(true);
      expect(Number(r.slice(1, -1)), r).toBeLessThan(100_001);
    }
    const allBills = [...DEMO_BILLS.map((b) => b.number), CITIZEN_DEMO.billNumber, ...bills];
    expect(new Set(allBills).size).toBe(allBills.length);
    const allReceipts = [...DEMO_BILLS.flatMap((b) => (b.payment ? [b.payment.receiptCode] : [])), ...receipts];
    expect(new Set(allReceipts).size).toBe(allReceipts.length);
  });
});
