"use server";

import { fromZodError, ok, type ActionResult } from "@/lib/action-result";
import { simulateBankPayment } from "@/lib/domain/payments/bank-simulator";
import type { NotificationResponse } from "@/lib/domain/payments/commands/process-payment-notification";
import { riyalsToHalalas, ZBankPayment } from "@/lib/domain/payments/schemas-bank";
import { env } from "@/lib/env";

/**
 * The development bank: pays a bill through the portal's REAL notification endpoint over HTTP with a
 * valid signature (so the page exercises exactly what a bank does). Refused unless BANK_SIMULATOR=on.
 */
export async function payBillAction(input: unknown): Promise<ActionResult<NotificationResponse>> {
  if (env().BANK_SIMULATOR !== "on") return { ok: false, formError: "errors:NOT_FOUND" };
  const secret = env().PAYMENT_WEBHOOK_SECRET;
  if (!secret) return { ok: false, formError: "payments:bank.errors.notConfigured" };
  const parsed = ZBankPayment.safeParse(input);
  if (!parsed.success) return fromZodError(parsed.error);

  // The server calls itself: the local port when known, else the public address.
  const baseUrl = process.env.PORT ? `http://127.0.0.1:${process.env.PORT}` : env().PUBLIC_BASE_URL;
  try {
    const { body } = await simulateBankPayment({
      baseUrl,
      secret,
      billNumber: parsed.data.billNumber,
      amountHalalas: parsed.data.amount ? riyalsToHalalas(parsed.data.amount) : undefined,
      bankCode: "SIMBANK",
    });
    return ok(body);
  } catch (err) {
    console.error("[bank-simulator] could not reach the notification endpoint:", err);
    return { ok: false, formError: "payments:bank.errors.unreachable" };
  }
}
