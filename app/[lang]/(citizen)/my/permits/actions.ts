"use server";

import { revalidatePath } from "next/cache";
import { runAction } from "@/lib/actions/run-action";
import { authorizeOffice } from "@/lib/domain/permits/commands/authorize";
import { reassignPermit, requestPermitCancellation, withdrawPermit } from "@/lib/domain/permits/commands/owner";

export async function authorizeOfficeAction(input: unknown) {
  const r = await runAction(authorizeOffice, input);
  if (r.ok) revalidatePath("/[lang]/my/permits", "layout");
  return r;
}
export async function withdrawPermitAction(input: unknown) {
  const r = await runAction(withdrawPermit, input);
  if (r.ok) revalidatePath("/[lang]/my/permits", "layout");
  return r;
}
export async function reassignPermitAction(input: unknown) {
  const r = await runAction(reassignPermit, input);
  if (r.ok) revalidatePath("/[lang]/my/permits", "layout");
  return r;
}
export async function requestPermitCancellationAction(input: unknown) {
  const r = await runAction(requestPermitCancellation, input);
  if (r.ok) revalidatePath("/[lang]/my/permits", "layout");
  return r;
}
