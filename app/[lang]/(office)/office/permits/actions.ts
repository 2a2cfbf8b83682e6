"use server";

import { revalidatePath } from "next/cache";
import { runAction } from "@/lib/actions/run-action";
import { savePermit, submitPermit } from "@/lib/domain/permits/commands/office";

export async function savePermitAction(input: unknown) {
  const r = await runAction(savePermit, input);
  if (r.ok) revalidatePath("/[lang]/office/permits", "layout");
  return r;
}
export async function submitPermitAction(input: unknown) {
  const r = await runAction(submitPermit, input);
  if (r.ok) revalidatePath("/[lang]/office/permits", "layout");
  return r;
}
