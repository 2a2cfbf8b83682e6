import "server-only";
import { RateLimiterRes } from "rate-limiter-flexible";
import { createLimiter } from "@/lib/auth/rate-limit";
import { db } from "@/lib/db";
import type { BillInquiry } from "@/lib/domain/payments/schemas-ui";
import { isOverdue, maskName } from "@/lib/domain/payments/ui-format";
import type { BillStatusDTO } from "@/lib/domain/payments/queries/my-bills";

/**
 * What anyone may learn without signing in: a bill's status and amount when they know both its
 * number and its payer, and whether a receipt code is genuine. Neither reveals whether a bill
 * number exists on its own, and inquiries are limited per IP address to stop enumeration.
 */

/** Inquiries per IP address and window (counted in PostgreSQL, shared by every server process). */
export const INQUIRY_POINTS = 30;
export const INQUIRY_WINDOW_SECONDS = 15 * 60;
const inquiryLimiter = createLimiter("bill_inquiry_ip", INQUIRY_POINTS, INQUIRY_WINDOW_SECONDS, { refuseFromMemory: true });

export type InquiryBillDTO = {
  number: string;
  billerCode: string;
  status: BillStatusDTO;
  overdue: boolean;
  totalHalalas: number;
  dueAt: Date;
  expiresAt: Date;
  paidAt: Date | null;
  municipality: { nameAr: string; nameEn: string };
};

export type InquiryResult = { status: "FOUND"; bill: InquiryBillDTO } | { status: "NO_MATCH" } | { status: "RATE_LIMITED"; minutes: number };

export async function inquireBill(input: BillInquiry, ip: string, now: Date = new Date()): Promise<InquiryResult> {
  try {
    await inquiryLimiter.consume(ip || "unknown", 1);
  } catch (e) {
    if (e instanceof RateLimiterRes) return { status: "RATE_LIMITED", minutes: Math.max(1, Math.ceil(e.msBeforeNext / 60_000)) };
    throw e;
  }
  // Number AND payer in one where: a bill of someone else answers exactly like no bill at all.
  const bill = await db.bill.findFirst({
    where: input.payerType === "person" ? { number: input.billNumber, payerNationalId: input.nationalId } : { number: input.billNumber, payerCrNumber: input.crNumber },
    select: { number: true, billerCode: true, status: true, totalHalalas: true, dueAt: true, expiresAt: true, paidAt: true, municipality: { select: { nameAr: true, nameEn: true } } },
  });
  if (!bill) return { status: "NO_MATCH" };
  return { status: "FOUND", bill: { ...bill, overdue: isOverdue(bill, now) } };
}

export type VerifiedReceiptDTO = {
  receiptCode: string;
  billNumber: string;
  billerCode: string;
  totalHalalas: number;
  paidAt: Date;
  municipality: { nameAr: string; nameEn: string };
  /** "عبدالله ب*** ا***": never more of the payer than this. */
  maskedPayerName: string;
};

/** A receipt's verification token as it appears in the QR link: base64url (random; 16–40 characters). */
const VERIFY_CODE = /^[A-Za-z0-9_-]{16,40}$/;

/**
 * A genuine receipt of a paid bill, or null. The key is the payment's random `verifyCode` (the QR code's
 * link), matched exactly: the sequential receipt number printed on the receipt never verifies on its
 * own, so receipts cannot be enumerated (decision 012). The page calling this is rate-limited per IP.
 */
export async function verifyReceipt(code: string): Promise<VerifiedReceiptDTO | null> {
  let token: string;
  try {
    token = decodeURIComponent(code).trim();
  } catch {
    return null;
  }
  if (!VERIFY_CODE.test(token)) return null;
  const payment = await db.payment.findFirst({
    where: { verifyCode: token, bill: { status: "PAID" } },
    select: {
      receiptCode: true,
      paidAt: true,
      amountHalalas: true,
      bill: { select: { number: true, billerCode: true, payerName: true, municipality: { select: { nameAr: true, nameEn: true } } } },
    },
  });
  if (!payment) return null;
  return {
    receiptCode: payment.receiptCode,
    billNumber: payment.bill.number,
    billerCode: payment.bill.billerCode,
    totalHalalas: payment.amountHalalas,
    paidAt: payment.paidAt,
    municipality: payment.bill.municipality,
    maskedPayerName: maskName(payment.bill.payerName),
  };
}
