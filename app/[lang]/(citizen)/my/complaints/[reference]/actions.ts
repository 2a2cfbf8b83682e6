"use server";

import { revalidatePath } from "next/cache";
import { runAction } from "@/lib/actions/run-action";
import { rateMyComplaint, reopenMyComplaint } from "@/lib/domain/complaints/commands/citizen";

export async function rateMyComplaintAction(input: unknown) {
  const result = await runAction(rateMyComplaint, input);
  if (result.ok) revalidatePath("/[lang]/my/complaints", "layout");
  return result;
}

export async function reopenMyComplaintAction(input: unknown) {
  const result = await runAction(reopenMyComplaint, input);
  if (result.ok) revalidatePath("/[lang]/my/complaints", "layout");
  return result;
}
