"use server";

import { revalidatePath } from "next/cache";
import { runPublicAction } from "@/lib/actions/run-action";
import { rememberTrackedComplaint } from "@/lib/auth/guest";
import { rateTrackedComplaint, reopenTrackedComplaint } from "@/lib/domain/complaints/commands/citizen";
import { trackComplaint } from "@/lib/domain/complaints/commands/track";

/** Reference + mobile: on a match, this browser may view that one complaint for an hour (signed cookie). */
export async function trackComplaintAction(input: unknown) {
  const result = await runPublicAction(trackComplaint, input);
  if (result.ok) await rememberTrackedComplaint(result.data.reference, result.data.mobile);
  return result.ok ? { ok: true as const, data: { reference: result.data.reference } } : result;
}

export async function rateAsGuestAction(input: unknown) {
  const result = await runPublicAction(rateTrackedComplaint, input);
  if (result.ok) revalidatePath("/[lang]/complaints/track", "layout");
  return result;
}

export async function reopenAsGuestAction(input: unknown) {
  const result = await runPublicAction(reopenTrackedComplaint, input);
  if (result.ok) revalidatePath("/[lang]/complaints/track", "layout");
  return result;
}
