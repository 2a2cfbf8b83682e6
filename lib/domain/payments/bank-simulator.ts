import crypto from "node:crypto";
import type { NotificationResponse } from "@/lib/domain/payments/commands/process-payment-notification";
import { signPaymentBody } from "@/lib/domain/payments/signature";

/**
 * A pretend bank for development and tests: pays a bill by POSTing a signed notification to the
 * portal's real endpoint over HTTP, exactly as a bank channel would. Used by `npm run bank:pay`,
 * the development page /[lang]/dev/bank and the tests. The amount defaults to the bill's total, looked
 * up in the portal's database (as a bank learns it from the bill inquiry); pass it to pay another amount.
 */
export type SimulatedPayment = {
  /** The portal, e.g. http://localhost:3000 */
  baseUrl: string;
  secret: string;
  billNumber: string;
  /** Default: the bill's total (1 halala when no such bill exists: the portal answers UNKNOWN_BILL). */
  amountHalalas?: number;
  /** Default: a fresh unique transaction ID. Pass the same one to replay a notification. */
  bankTxnId?: string;
  /** Default: "SIMBANK". */
  bankCode?: string;
  /** Default: now. */
  paidAt?: Date;
  /** Tests: sign with this secret instead (a tampered signature). */
  signWith?: string;
};

export type SimulatedPaymentResult = { httpStatus: number; body: NotificationResponse; bankTxnId: string };

export function newBankTxnId(): string {
  return `SIM-${Date.now().toString(36).toUpperCase()}-${crypto.randomBytes(6).toString("hex").toUpperCase()}`;
}

export function notificationBody(p: { bankTxnId: string; billNumber: string; amountHalalas: number; paidAt: Date; bankCode: string }): string {
  return JSON.stringify({
    bankTxnId: p.bankTxnId,
    billNumber: p.billNumber,
    amountHalalas: p.amountHalalas,
    paidAt: p.paidAt.toISOString(),
    bankCode: p.bankCode,
  });
}

export async function simulateBankPayment(p: SimulatedPayment): Promise<SimulatedPaymentResult> {
  const bankTxnId = p.bankTxnId ?? newBankTxnId();
  let amountHalalas = p.amountHalalas;
  if (amountHalalas === undefined) {
    // Loaded only when needed: the module itself stays free of the database (and of env checks).
    const { billForBank } = await import("@/lib/domain/payments/queries/bill-for-bank");
    amountHalalas = (await billForBank(p.billNumber))?.totalHalalas ?? 1;
  }
  const raw = notificationBody({
    bankTxnId,
    billNumber: p.billNumber,
    amountHalalas,
    paidAt: p.paidAt ?? new Date(),
    bankCode: p.bankCode ?? "SIMBANK",
  });
  const response = await fetch(new URL("/api/payments/notifications", p.baseUrl), {
    method: "POST",
    headers: { "Content-Type": "application/json", "X-Signature": signPaymentBody(raw, p.signWith ?? p.secret) },
    body: raw,
    signal: AbortSignal.timeout(30_000),
  });
  const body = (await response.json()) as NotificationResponse;
  return { httpStatus: response.status, body, bankTxnId };
}
