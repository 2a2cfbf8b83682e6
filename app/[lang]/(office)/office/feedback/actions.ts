"use server";

import { revalidatePath } from "next/cache";
import { runAction } from "@/lib/actions/run-action";
import { fileOfficeFeedback } from "@/lib/domain/offices/commands/feedback";

export async function fileFeedbackAction(input: unknown) {
  const result = await runAction(fileOfficeFeedback, input);
  if (result.ok) revalidatePath("/[lang]/staff/supervision/feedback");
  return result;
}
