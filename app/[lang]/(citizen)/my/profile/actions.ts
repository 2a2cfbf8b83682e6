"use server";

import { revalidatePath } from "next/cache";
import type { ActionResult } from "@/lib/action-result";
import { runAction } from "@/lib/actions/run-action";
import { confirmMobileChange, updateProfile } from "@/lib/domain/identity/commands/update-profile";

export async function updateProfileAction(input: unknown) {
  const result = await runAction(updateProfile, input);
  if (result.ok) revalidatePath("/[lang]/my", "layout");
  return result;
}

/** The code sent to the new mobile. A wrong code was counted (committed) before it is refused here. */
export async function confirmMobileAction(input: unknown): Promise<ActionResult<{ mobile: string }>> {
  const result = await runAction(confirmMobileChange, input);
  if (!result.ok) return result;
  if (!result.data || !result.data.confirmed) return { ok: false, fieldErrors: { code: result.data?.error ?? "validation:invalid" } };
  revalidatePath("/[lang]/my", "layout");
  return { ok: true, data: { mobile: result.data.mobile } };
}
