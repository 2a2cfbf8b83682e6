import "server-only";
import { db } from "@/lib/db";
import { compactNumber } from "@/lib/kernel/check-digits";

/**
 * What a bank's bill inquiry returns: the amount to collect and the status. Used only by the bank
 * simulator (development and tests); no personal data.
 */
export async function billForBank(billNumber: string): Promise<{ number: string; totalHalalas: number; status: string } | null> {
  const number = compactNumber(billNumber);
  if (!/^\d{10}$/.test(number)) return null;
  return db.bill.findUnique({ where: { number }, select: { number: true, totalHalalas: true, status: true } });
}

/** The QR token of a receipt the simulator just produced, for its "verify the receipt" link (development only). */
export async function receiptVerifyCodeForBank(receiptCode: string): Promise<string | null> {
  const payment = await db.payment.findUnique({ where: { receiptCode }, select: { verifyCode: true } });
  return payment?.verifyCode ?? null;
}
