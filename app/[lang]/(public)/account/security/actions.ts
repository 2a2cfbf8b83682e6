"use server";
// no-revalidate: each step's result drives the form (QR, confirmation); the session change is handled by the sign-in flow.

import { ok, type ActionResult } from "@/lib/action-result";
import { runAccountAction } from "@/lib/actions/run-action";
import { changePassword, confirmTotpEnrollment, resetStaffPassword, startTotpEnrollment } from "@/lib/domain/identity/commands/account-security";
import { qrSvgDataUrl } from "@/lib/domain/payments/receipt-qr";

/**
 * The account-security actions also serve an account whose first-sign-in step is pending (temporary password,
 * two-factor enrollment): runAccountAction, not runAction. Each runs one domain command.
 */
export async function changePasswordAction(input: unknown) {
  return runAccountAction(changePassword, input);
}

export async function startTotpAction(): Promise<ActionResult<{ qr: string; secret: string }>> {
  const result = await runAccountAction(startTotpEnrollment, { start: true });
  if (!result.ok) return result;
  return ok({ qr: await qrSvgDataUrl(result.data.uri), secret: result.data.secret });
}

export async function confirmTotpAction(input: unknown) {
  return runAccountAction(confirmTotpEnrollment, input);
}

export async function resetPasswordAction(input: unknown): Promise<ActionResult<{ done: boolean }>> {
  const result = await runAccountAction(resetStaffPassword, input);
  return result.ok ? ok({ done: true }) : result;
}
