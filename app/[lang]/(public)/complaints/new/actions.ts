"use server";

import { revalidatePath } from "next/cache";
import { runAction, runPublicAction } from "@/lib/actions/run-action";
import { rememberVerifiedMobile } from "@/lib/auth/guest";
import { fileComplaint, fileComplaintAsGuest } from "@/lib/domain/complaints/commands/file-complaint";
import { requestComplaintOtp, verifyComplaintOtp } from "@/lib/domain/complaints/commands/verify-mobile";

/** Sends a one-time code to the mobile number typed by someone without an account. */
export async function requestOtpAction(input: unknown) {
  return runPublicAction(requestComplaintOtp, input);
}

/** Checks the code; on success this browser is remembered (signed httpOnly cookie) as holding that mobile. */
export async function verifyOtpAction(input: unknown) {
  const result = await runPublicAction(verifyComplaintOtp, input);
  if (result.ok) await rememberVerifiedMobile(result.data.mobile);
  return result;
}

/** Filing without an account (the mobile comes from the cookie, never from the form). */
export async function fileComplaintAsGuestAction(input: unknown) {
  return runPublicAction(fileComplaintAsGuest, input);
}

/** Filing by a signed-in citizen. */
export async function fileComplaintAction(input: unknown) {
  const result = await runAction(fileComplaint, input);
  if (result.ok) revalidatePath("/[lang]/my/complaints", "layout");
  return result;
}
