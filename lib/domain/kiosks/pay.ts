import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { recordAudit } from "@/lib/domain/audit/record";
import { enqueueSms } from "@/lib/domain/notifications/outbox";
import { simulatorTerminal, type CardTerminal } from "@/lib/domain/kiosks/card-terminal";
import type { KioskDeviceContext } from "@/lib/domain/kiosks/device-auth";
import { kioskBankTxnId } from "@/lib/domain/kiosks/rules";
import type { KioskPerson } from "@/lib/domain/kiosks/session";
import { ZKioskPay, ZReceiptSms } from "@/lib/domain/kiosks/schemas";
import { recordUsage } from "@/lib/domain/kiosks/usage";
import { myPayerScope } from "@/lib/domain/payments/queries/my-bills";
import { fromZodError } from "@/lib/action-result";
import { env } from "@/lib/env";
import { formatAmount } from "@/lib/i18n/money";
import { checkDigitNumber } from "@/lib/kernel/check-digits";
import { transaction } from "@/lib/kernel/transaction";

/**
 * Paying a bill at a kiosk, exactly once (issue 14 "network loss mid-payment"):
 *  1. The screen makes an idempotency key when the person taps "pay" and sends it with every try of that attempt.
 *  2. The first try stores the attempt (KioskPayment, unique per device + key) with a readable reference and a bank
 *     transaction id derived from it, and commits BEFORE the card is charged: the reference exists whatever happens next.
 *  3. The terminal charges and the bank's signed notification goes through the one payment path; the attempt is marked.
 *  4. A retry with the same key finds the attempt: done → the same answer; still STARTED (the answer was lost) → the
 *     notification is sent again with the SAME bank transaction id, which the payment path answers from the stored
 *     payment. A new attempt on a bill already paid answers ALREADY_PAID with the existing receipt.
 */
export type KioskPaymentResult = {
  reference: string;
  status: "STARTED" | "CONFIRMED" | "ALREADY_PAID" | "REFUSED";
  billNumber: string;
  amountHalalas: number;
  receiptCode: string | null;
  refusal: string | null;
};

export async function payAtKiosk(device: KioskDeviceContext, person: KioskPerson, raw: unknown, terminal: CardTerminal = simulatorTerminal): Promise<KioskPaymentResult> {
  const parsed = ZKioskPay.safeParse(raw);
  if (!parsed.success) throw new AppError("VALIDATION", { fieldErrors: fromZodError(parsed.error).fieldErrors });
  const input = parsed.data;
  if (!terminal.available()) throw new AppError("INVALID_STATE", { message: "kiosks:pay.errors.terminalUnavailable" });

  let attempt = await db.kioskPayment.findUnique({ where: { deviceId_idempotencyKey: { deviceId: device.id, idempotencyKey: input.idempotencyKey } } });
  if (attempt && (attempt.sessionId !== person.sessionId || attempt.billNumber !== input.billNumber)) throw new AppError("NOT_FOUND");
  if (!attempt) {
    const started = await openAttempt(device, person, input);
    if ("already" in started) return started.already;
    attempt = started.attempt;
  }

  if (attempt.status === "STARTED") {
    const answer = await terminal.chargeAndNotify({ billNumber: attempt.billNumber, amountHalalas: attempt.amountHalalas, bankTxnId: attempt.bankTxnId });
    const done = answer.status === "ACCEPTED"
      ? { status: "CONFIRMED" as const, receiptCode: answer.receiptCode, refusal: null }
      : { status: "REFUSED" as const, receiptCode: null, refusal: answer.reason };
    if (answer.status === "REJECTED" && answer.reason === "PROCESSING_FAILED") {
      // Not a verdict: the attempt stays STARTED and the screen offers to check again with the same key.
      throw new AppError("INVALID_STATE", { message: "kiosks:pay.errors.tryAgain" });
    }
    attempt = await db.kioskPayment.update({ where: { id: attempt.id }, data: { ...done, completedAt: new Date() } });
  }
  return {
    reference: attempt.reference,
    status: attempt.status === "CONFIRMED" ? "CONFIRMED" : "REFUSED",
    billNumber: attempt.billNumber,
    amountHalalas: attempt.amountHalalas,
    receiptCode: attempt.receiptCode,
    refusal: attempt.refusal,
  };
}

/** Step 1 of a payment: the attempt and its reference, BEFORE the card is charged (the screen shows it whatever happens). */
export async function startKioskPayment(device: KioskDeviceContext, person: KioskPerson, raw: unknown): Promise<KioskPaymentResult> {
  const parsed = ZKioskPay.safeParse(raw);
  if (!parsed.success) throw new AppError("VALIDATION", { fieldErrors: fromZodError(parsed.error).fieldErrors });
  const existing = await db.kioskPayment.findUnique({ where: { deviceId_idempotencyKey: { deviceId: device.id, idempotencyKey: parsed.data.idempotencyKey } } });
  if (existing && (existing.sessionId !== person.sessionId || existing.billNumber !== parsed.data.billNumber)) throw new AppError("NOT_FOUND");
  const row = existing ?? (await openAttempt(device, person, parsed.data));
  if ("already" in row) return row.already;
  const a = "attempt" in row ? row.attempt : row;
  return { reference: a.reference, status: a.status === "STARTED" ? "STARTED" : a.status === "CONFIRMED" ? "CONFIRMED" : "REFUSED", billNumber: a.billNumber, amountHalalas: a.amountHalalas, receiptCode: a.receiptCode, refusal: a.refusal };
}

type Attempt = NonNullable<Awaited<ReturnType<typeof db.kioskPayment.findUnique>>>;

async function openAttempt(device: KioskDeviceContext, person: KioskPerson, input: { billNumber: string; idempotencyKey: string }): Promise<{ attempt: Attempt } | { already: KioskPaymentResult }> {
  const scope = await myPayerScope(person.actor);
  const bill = await db.bill.findFirst({
    where: { number: input.billNumber, OR: [...(scope.nationalId ? [{ payerNationalId: scope.nationalId }] : []), ...(scope.crNumbers.length ? [{ payerCrNumber: { in: scope.crNumbers } }] : [])] },
    select: { id: true, number: true, status: true, totalHalalas: true, payment: { select: { receiptCode: true } } },
  });
  if (!bill || (!scope.nationalId && !scope.crNumbers.length)) throw new AppError("NOT_FOUND", { message: "kiosks:pay.errors.billUnknown" });
  if (bill.status === "PAID") return { already: { reference: "", status: "ALREADY_PAID", billNumber: bill.number, amountHalalas: bill.totalHalalas, receiptCode: bill.payment?.receiptCode ?? null, refusal: null } };
  if (bill.status !== "UNPAID") throw new AppError("INVALID_STATE", { message: "kiosks:pay.errors.notPayable" });
  const attempt = await transaction(async (tx) => {
    const [{ n }] = await tx.$queryRaw<[{ n: bigint }]>`SELECT nextval('kiosk_payment_seq') AS n`;
    const reference = checkDigitNumber("KP", n, 7);
    const row = await tx.kioskPayment.create({
      data: { reference, deviceId: device.id, sessionId: person.sessionId, idempotencyKey: input.idempotencyKey, billNumber: bill.number, amountHalalas: bill.totalHalalas, bankTxnId: kioskBankTxnId(reference) },
    });
    await recordUsage(tx, device.id, "PAYMENT");
    await recordAudit(tx, person.actor, { action: "kiosk.paymentStarted", entityType: "Bill", entityId: bill.id, after: { reference, kiosk: device.code, amountHalalas: bill.totalHalalas } });
    return row;
  });
  return { attempt };
}

/** The printer is out of paper: the receipt goes by SMS to the person's own mobile (from their account, never typed). */
export async function sendReceiptBySms(device: KioskDeviceContext, person: KioskPerson, raw: unknown): Promise<{ sentTo: string }> {
  const parsed = ZReceiptSms.safeParse(raw);
  if (!parsed.success) throw new AppError("VALIDATION", { fieldErrors: fromZodError(parsed.error).fieldErrors });
  const scope = await myPayerScope(person.actor);
  const payment = await db.payment.findFirst({
    where: { receiptCode: parsed.data.receiptCode, bill: { OR: [...(scope.nationalId ? [{ payerNationalId: scope.nationalId }] : []), ...(scope.crNumbers.length ? [{ payerCrNumber: { in: scope.crNumbers } }] : [])] } },
    select: { id: true, receiptCode: true, verifyCode: true, amountHalalas: true, bill: { select: { number: true } } },
  });
  if (!payment || (!scope.nationalId && !scope.crNumbers.length)) throw new AppError("NOT_FOUND", { message: "kiosks:pay.errors.receiptUnknown" });
  const locale = person.actor.locale;
  await transaction(async (tx) => {
    await enqueueSms(tx, {
      to: person.actor.mobile,
      template: "kioskReceipt",
      params: { receiptNumber: payment.receiptCode, billNumber: payment.bill.number, amount: formatAmount(payment.amountHalalas, locale), receiptLink: `${env().PUBLIC_BASE_URL}/${locale}/verify/receipt/${payment.verifyCode}` },
      locale,
      dedupeKey: `kiosk-receipt:${payment.id}:${Date.now()}`,
    });
    await recordUsage(tx, device.id, "SMS_RECEIPT");
  });
  return { sentTo: person.actor.mobile };
}
