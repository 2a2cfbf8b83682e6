"use server";

import { revalidatePath } from "next/cache";
import { runAction } from "@/lib/actions/run-action";
import { resubmitApplication } from "@/lib/domain/licensing/commands/resubmit-application";
import { withdrawApplication } from "@/lib/domain/licensing/commands/withdraw-application";

export async function resubmitApplicationAction(input: unknown) {
  const r = await runAction(resubmitApplication, input);
  if (r.ok) revalidatePath("/[lang]/my/licenses", "layout");
  return r;
}
export async function withdrawApplicationAction(input: unknown) {
  const r = await runAction(withdrawApplication, input);
  if (r.ok) revalidatePath("/[lang]/my/licenses", "layout");
  return r;
}
