"use server";

import { revalidatePath } from "next/cache";
import { runAction } from "@/lib/actions/run-action";
import { recordViolation } from "@/lib/domain/violations/commands/record-violation";

/** The inspector's form: the fields and the photos (File objects) in one call. */
export async function recordViolationAction(input: unknown) {
  const result = await runAction(recordViolation, input);
  if (result.ok) revalidatePath("/[lang]/staff/violations", "layout");
  return result;
}
