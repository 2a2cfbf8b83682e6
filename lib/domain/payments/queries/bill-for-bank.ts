import { db } from "@/lib/db";
import { compactNumber } from "@/lib/domain/payments/bill-number";

/**
 * What a bank's bill inquiry returns: the amount to collect and the status. Used only by the bank
 * simulator (development and tests); no personal data.
 */
export async function billForBank(billNumber: string): Promise<{ number: string; totalHalalas: number; status: string } | null> {
  const number = compactNumber(billNumber);
  if (!/^\d{10}$/.test(number)) return null;
  return db.bill.findUnique({ where: { number }, select: { number: true, totalHalalas: true, status: true } });
}
