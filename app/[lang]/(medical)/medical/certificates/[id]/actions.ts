"use server";

import { revalidatePath } from "next/cache";
import { runAction } from "@/lib/actions/run-action";
import { recordExam } from "@/lib/domain/health-certs/commands/record-exam";

/** The examiner records the examination result (FIT issues the certificate, UNFIT closes the request). */
export async function recordExamAction(input: unknown) {
  const result = await runAction(recordExam, input);
  if (result.ok) revalidatePath("/[lang]/medical", "layout");
  return result;
}
