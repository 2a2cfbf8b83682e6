"use server";

import { revalidatePath } from "next/cache";
import { runAction } from "@/lib/actions/run-action";
import { updateProfile } from "@/lib/domain/identity/commands/update-profile";

export async function updateProfileAction(input: unknown) {
  const result = await runAction(updateProfile, input);
  if (result.ok) revalidatePath("/[lang]/my", "layout");
  return result;
}
