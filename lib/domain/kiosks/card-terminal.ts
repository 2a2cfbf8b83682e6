import "server-only";
import { simulateBankPayment } from "@/lib/domain/payments/bank-simulator";
import type { NotificationResponse } from "@/lib/domain/payments/commands/process-payment-notification";
import { env } from "@/lib/env";

/**
 * The card terminal beside the screen. In this build it is a SIMULATOR (on only where the bank simulator is,
 * BANK_SIMULATOR=on): the card is always approved, and the acquiring bank's notification reaches the portal through
 * the SAME signed endpoint as SADAD (POST /api/payments/notifications, HMAC of the body, lib/domain/payments), with the
 * attempt's own bank transaction id — so a repeated notification is answered from the stored payment, never paid twice.
 * A real terminal replaces `chargeAndNotify`; the idempotency rules around it stay (lib/domain/kiosks/pay.ts).
 */
export const KIOSK_BANK_CODE = "KIOSKPOS";

export type CardTerminal = {
  available(): boolean;
  /** Charges the card and has the bank notify the portal; answers the portal's verdict. */
  chargeAndNotify(p: { billNumber: string; amountHalalas: number; bankTxnId: string }): Promise<NotificationResponse>;
};

function terminalAvailable(): boolean {
  return env().BANK_SIMULATOR === "on" && !!env().PAYMENT_WEBHOOK_SECRET;
}

async function chargeAndNotify(p: { billNumber: string; amountHalalas: number; bankTxnId: string }): Promise<NotificationResponse> {
  const secret = env().PAYMENT_WEBHOOK_SECRET;
  if (!secret) throw new Error("PAYMENT_WEBHOOK_SECRET is not set");
  const port = env().PORT;
  const baseUrl = port ? `http://127.0.0.1:${port}` : env().PUBLIC_BASE_URL;
  const { body } = await simulateBankPayment({ baseUrl, secret, billNumber: p.billNumber, amountHalalas: p.amountHalalas, bankTxnId: p.bankTxnId, bankCode: KIOSK_BANK_CODE });
  return body;
}

export const simulatorTerminal: CardTerminal = { available: terminalAvailable, chargeAndNotify };
