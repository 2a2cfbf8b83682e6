import { z } from "@/lib/validation";
import { isValidBillNumber } from "@/lib/domain/payments/bill-number";
import { compactNumber } from "@/lib/kernel/check-digits";

/** The development bank simulator's form (browser and server). Messages are keys. */
export const ZBankPayment = z.object({
  billNumber: z.preprocess(
    (v) => (typeof v === "string" ? compactNumber(v) : v),
    z.string().min(1, { error: "validation:required" }).refine(isValidBillNumber, { error: "payments:bank.errors.billNumber" }),
  ),
  /** Riyals as typed ("150", "150.5", "١٥٠٫٥٠"); empty → the bill's total. */
  amount: z.preprocess(
    (v) => (typeof v === "string" ? compactNumber(v).replace("\u066b", ".").replace(/,/g, "") : v),
    z
      .string()
      .regex(/^(\d{1,8}(\.\d{1,2})?)?$/, { error: "payments:bank.errors.amount" })
      .optional(),
  ),
});
export type BankPaymentInput = z.input<typeof ZBankPayment>;

/** "150.5" → 15050 halalas, exactly (no floating point). */
export function riyalsToHalalas(riyals: string): number {
  const [whole, frac = ""] = riyals.split(".");
  return Number(whole) * 100 + Number(frac.padEnd(2, "0"));
}
