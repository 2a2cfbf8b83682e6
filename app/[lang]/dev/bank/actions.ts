"use server";
// no-revalidate: the development bank pays through the real HTTP notification, which revalidates the bill pages itself; this page shows the bank's answer.

import { fromZodError, ok, type ActionResult } from "@/lib/action-result";
import { simulateBankPayment } from "@/lib/domain/payments/bank-simulator";
import type { NotificationResponse } from "@/lib/domain/payments/commands/process-payment-notification";
import { receiptVerifyCodeForBank } from "@/lib/domain/payments/queries/bill-for-bank";
import { riyalsToHalalas, ZBankPayment } from "@/lib/domain/payments/schemas-bank";
import { env } from "@/lib/env";

/**
 * The development bank: pays a bill through the portal's REAL notification endpoint over HTTP with a
 * valid signature (so the page exercises exactly what a bank does). Refused unless the simulator is on: by
 * default in development only; a production server needs an explicit BANK_SIMULATOR=on (lib/env.ts, decision 011).
 * The action checks this itself: posting to it directly is refused like the page.
 */
export async function payBillAction(input: unknown): Promise<ActionResult<NotificationResponse & { verifyCode?: string | null }>> {
  if (env().BANK_SIMULATOR !== "on") return { ok: false, formError: "errors:NOT_FOUND" };
  const secret = env().PAYMENT_WEBHOOK_SECRET;
  if (!secret) return { ok: false, formError: "payments:bank.errors.notConfigured" };
  const parsed = ZBankPayment.safeParse(input);
  if (!parsed.success) return fromZodError(parsed.error);

  // The server calls itself: the local port when known, else the public address.
  const port = env().PORT;
  const baseUrl = port ? `http://127.0.0.1:${port}` : env().PUBLIC_BASE_URL;
  try {
    const { body } = await simulateBankPayment({
      baseUrl,
      secret,
      billNumber: parsed.data.billNumber,
      amountHalalas: parsed.data.amount ? riyalsToHalalas(parsed.data.amount) : undefined,
      bankCode: "SIMBANK",
    });
    // The receipt's public page is keyed by its random token, not the receipt number.
    return ok(body.status === "ACCEPTED" ? { ...body, verifyCode: await receiptVerifyCodeForBank(body.receiptCode) } : body);
  } catch (err) {
    console.error("[bank-simulator] could not reach the notification endpoint:", err);
    return { ok: false, formError: "payments:bank.errors.unreachable" };
  }
}
