import "server-only";
import { randomBytes } from "node:crypto";
import * as z from "@/lib/zod";
import { db, type Tx } from "@/lib/db";
import { recordAudit } from "@/lib/domain/audit/record";
import { enqueueSms } from "@/lib/domain/notifications/outbox";
import { isValidBillNumber } from "@/lib/domain/payments/bill-number";
import { checkDigitNumber, compactNumber } from "@/lib/kernel/check-digits";
import { dispatchBillPaid, type BillPaidHandler } from "@/lib/domain/payments/handlers";
import { verifyPaymentSignature } from "@/lib/domain/payments/signature";
import { env } from "@/lib/env";
import { Prisma } from "@/lib/generated/prisma/client";
import { formatAmount } from "@/lib/i18n/money";

/*
 * The bank's payment notification (POST /api/payments/notifications), exactly once.
 *
 * - Authenticity: HMAC-SHA256 of the raw body (signature.ts), checked before anything is parsed.
 * - Idempotency: Payment.bankTxnId is unique. A bankTxnId already accepted gets the first answer again
 *   (same receiptCode), whether the repeat arrives later or at the same moment.
 * - One payment per bill: the bill row is locked (SELECT … FOR UPDATE), so concurrent notifications
 *   for one bill run one after the other; the later ones see PAID and answer from the stored payment
 *   (same bankTxnId) or ALREADY_PAID. The UPDATE also keeps status = 'UNPAID' in its where, and
 *   Payment.billId is unique, so even a path that skipped the lock could not pay a bill twice.
 * - A unique violation (two transactions racing with one bankTxnId on different bills) rolls the
 *   loser back; it re-reads the stored payment and returns its response.
 * - A refusal writes NOTHING (no payment, no audit, no log row, no sequence value): the checks come
 *   before the first write, and the bank's settlement file is what reconciliation matches against.
 * - What depends on the bill (the bill kind's handler, lib/domain/payments/handlers.ts), the audit row and the "payment received" SMS are in
 *   the same transaction as the payment: a handler that throws rolls everything back and the bank is
 *   told the notification was not processed (503, it retries).
 */

export type RejectReason =
  | "BAD_SIGNATURE"
  | "MALFORMED"
  /** The body is over MAX_NOTIFICATION_BYTES: refused by the route before it is read whole. */
  | "PAYLOAD_TOO_LARGE"
  | "UNKNOWN_BILL"
  | "AMOUNT_MISMATCH"
  | "BILL_EXPIRED"
  | "BILL_CANCELLED"
  | "ALREADY_PAID"
  /** Not a verdict on the payment: the portal could not process it now (a handler failed); retry later. */
  | "PROCESSING_FAILED";

export type NotificationResponse =
  | { status: "ACCEPTED"; billNumber: string; receiptCode: string; bankTxnId: string }
  | { status: "REJECTED"; reason: RejectReason };

export type NotificationResult = { httpStatus: number; body: NotificationResponse };

export const REJECT_HTTP_STATUS: Record<RejectReason, number> = {
  BAD_SIGNATURE: 401,
  MALFORMED: 400,
  PAYLOAD_TOO_LARGE: 413,
  UNKNOWN_BILL: 404,
  AMOUNT_MISMATCH: 409,
  BILL_EXPIRED: 409,
  BILL_CANCELLED: 409,
  ALREADY_PAID: 409,
  PROCESSING_FAILED: 503,
};

/** Largest body accepted (the real one is ~150 bytes). */
export const MAX_NOTIFICATION_BYTES = 8 * 1024;
/** A payment time further ahead than this (clock skew) is refused as malformed. */
const FUTURE_SKEW_MS = 5 * 60_000;

export const ZPaymentNotification = z.object({
  bankTxnId: z.string().trim().min(1).max(64).regex(/^[A-Za-z0-9._:\-]+$/),
  billNumber: z.string().transform(compactNumber).pipe(z.string().regex(/^\d{10}$/)),
  amountHalalas: z.number().int().positive().max(Number.MAX_SAFE_INTEGER),
  paidAt: z.iso.datetime({ offset: true }).transform((s) => new Date(s)),
  bankCode: z.string().trim().min(1).max(10).regex(/^[A-Za-z0-9]+$/),
});
export type PaymentNotification = z.output<typeof ZPaymentNotification>;

const reject = (reason: RejectReason): NotificationResult => ({ httpStatus: REJECT_HTTP_STATUS[reason], body: { status: "REJECTED", reason } });
const accepted = (p: { billNumber: string; receiptCode: string; bankTxnId: string }): NotificationResult => ({
  httpStatus: 200,
  body: { status: "ACCEPTED", billNumber: p.billNumber, receiptCode: p.receiptCode, bankTxnId: p.bankTxnId },
});

/** The stored answer for a bankTxnId already accepted, or null. */
async function storedResponse(client: Tx | typeof db, bankTxnId: string): Promise<NotificationResult | null> {
  const payment = await client.payment.findUnique({
    where: { bankTxnId },
    select: { receiptCode: true, bankTxnId: true, bill: { select: { number: true } } },
  });
  return payment ? accepted({ billNumber: payment.bill.number, receiptCode: payment.receiptCode, bankTxnId: payment.bankTxnId }) : null;
}

type LockedBill = {
  id: string;
  number: string;
  status: "UNPAID" | "PAID" | "EXPIRED" | "CANCELLED";
  totalHalalas: number;
  expiresAt: Date;
  municipalityId: string;
  subjectType: string;
  subjectId: string;
  payerMobile: string;
  payerNationalId: string | null;
};

class HandlerFailure extends Error {}

/** The receipt's verification token: 128 random bits, base64url (as licenses' and health certificates' codes). */
export function newReceiptVerifyCode(): string {
  return randomBytes(16).toString("base64url");
}

async function payInTransaction(tx: Tx, n: PaymentNotification, handlers: Readonly<Record<string, BillPaidHandler>>): Promise<NotificationResult> {
  const [bill] = await tx.$queryRaw<LockedBill[]>`
    SELECT id, number, status::text AS status, "totalHalalas", "expiresAt", "municipalityId", "subjectType", "subjectId",
           "payerMobile", "payerNationalId"
      FROM "Bill" WHERE number = ${n.billNumber} FOR UPDATE`;
  if (!bill) return reject("UNKNOWN_BILL");
  if (bill.status === "PAID") return (await storedResponseForBill(tx, bill.id, n.bankTxnId)) ?? reject("ALREADY_PAID");
  if (bill.status === "CANCELLED") return reject("BILL_CANCELLED");
  if (bill.status === "EXPIRED" || bill.expiresAt.getTime() <= n.paidAt.getTime()) return reject("BILL_EXPIRED");
  if (bill.totalHalalas !== n.amountHalalas) return reject("AMOUNT_MISMATCH");

  // ── Accepted: from here on, every write belongs to the payment (all or nothing). ──
  const [{ seq }] = await tx.$queryRaw<[{ seq: bigint }]>`SELECT nextval('receipt_code_seq') AS seq`;
  const receiptCode = checkDigitNumber("R", seq);
  const payment = await tx.payment.create({
    // The receipt number is sequential (for reading aloud); the QR code's key is random (decision 012).
    data: { billId: bill.id, bankTxnId: n.bankTxnId, bankCode: n.bankCode, amountHalalas: n.amountHalalas, paidAt: n.paidAt, receiptCode, verifyCode: newReceiptVerifyCode() },
    select: { id: true },
  });
  const { count } = await tx.bill.updateMany({ where: { id: bill.id, status: "UNPAID" }, data: { status: "PAID", paidAt: n.paidAt } });
  if (count !== 1) throw new Error(`bill ${bill.number} changed while locked`); // cannot happen under FOR UPDATE

  try {
    await dispatchBillPaid(tx, { id: bill.id, subjectType: bill.subjectType, subjectId: bill.subjectId, number: bill.number }, handlers);
  } catch (err) {
    throw new HandlerFailure(`bill-paid handler (${bill.subjectType}) failed for bill ${bill.number}`, { cause: err });
  }

  await recordAudit(tx, { system: `bank:${n.bankCode}` }, {
    action: "bill.pay",
    entityType: "Bill",
    entityId: bill.id,
    municipalityId: bill.municipalityId,
    before: { status: "UNPAID" },
    after: { status: "PAID", paymentId: payment.id, bankTxnId: n.bankTxnId, bankCode: n.bankCode, amountHalalas: n.amountHalalas, paidAt: n.paidAt, receiptCode },
  });

  const payer = bill.payerNationalId
    ? await tx.user.findUnique({ where: { nationalId: bill.payerNationalId }, select: { preferredLocale: true } })
    : null;
  const locale = payer?.preferredLocale ?? "ar";
  await enqueueSms(tx, {
    to: bill.payerMobile,
    template: "paymentReceived",
    params: { amount: formatAmount(n.amountHalalas, locale), billNumber: bill.number },
    locale,
    dedupeKey: `payment-received:${bill.id}`,
  });

  return accepted({ billNumber: bill.number, receiptCode, bankTxnId: n.bankTxnId });
}

async function storedResponseForBill(tx: Tx, billId: string, bankTxnId: string): Promise<NotificationResult | null> {
  const payment = await tx.payment.findUnique({ where: { billId }, select: { bankTxnId: true } });
  return payment?.bankTxnId === bankTxnId ? storedResponse(tx, bankTxnId) : null;
}

function isUniqueViolation(err: unknown): boolean {
  return err instanceof Prisma.PrismaClientKnownRequestError && err.code === "P2002";
}

/** Parses and checks a notification's body (after its signature was verified). */
export function parseNotification(rawBody: string): PaymentNotification | null {
  let json: unknown;
  try {
    json = JSON.parse(rawBody);
  } catch {
    return null;
  }
  const parsed = ZPaymentNotification.safeParse(json);
  if (!parsed.success) return null;
  if (Number.isNaN(parsed.data.paidAt.getTime()) || parsed.data.paidAt.getTime() > Date.now() + FUTURE_SKEW_MS) return null;
  return parsed.data;
}

export async function processPaymentNotification(
  rawBody: string,
  signatureHeader: string | null,
  /** handlers: what runs for each kind of bill (lib/domain/bill-paid-handlers.ts in the app). */
  opts: { secret?: string; handlers: Readonly<Record<string, BillPaidHandler>> },
): Promise<NotificationResult> {
  const secret = opts.secret ?? env().PAYMENT_WEBHOOK_SECRET;
  if (Buffer.byteLength(rawBody, "utf8") > MAX_NOTIFICATION_BYTES) return reject("MALFORMED");
  if (!verifyPaymentSignature(rawBody, signatureHeader, secret)) return reject("BAD_SIGNATURE");
  const n = parseNotification(rawBody);
  if (!n) return reject("MALFORMED");

  // A repeat of a notification already accepted: the first answer, without locking anything.
  const prior = await storedResponse(db, n.bankTxnId);
  if (prior) return prior;
  // A number that fails its check digit was never issued: no need to ask the database.
  if (!isValidBillNumber(n.billNumber)) return reject("UNKNOWN_BILL");

  for (let attempt = 1; ; attempt++) {
    try {
      return await db.$transaction((tx) => payInTransaction(tx, n, opts.handlers), { maxWait: 30_000, timeout: 30_000 });
    } catch (err) {
      if (err instanceof HandlerFailure) {
        console.error(`[payments] ${err.message}; payment rolled back:`, err.cause);
        return reject("PROCESSING_FAILED");
      }
      if (isUniqueViolation(err)) {
        // Another transaction stored this bankTxnId (or paid this bill) first: answer as it did.
        const stored = await storedResponse(db, n.bankTxnId);
        if (stored) return stored;
        if (attempt < 3) continue; // the bill was paid by another bankTxnId: the next attempt says ALREADY_PAID
      }
      throw err;
    }
  }
}
