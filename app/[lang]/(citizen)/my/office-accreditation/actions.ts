"use server";

import { revalidatePath } from "next/cache";
import { runAction } from "@/lib/actions/run-action";
import { applyAccreditation } from "@/lib/domain/offices/commands/apply-accreditation";

/** The accreditation form: the fields, the staff list and the documents (File objects) in one call. */
export async function applyAccreditationAction(input: unknown) {
  const result = await runAction(applyAccreditation, input);
  if (result.ok) revalidatePath("/[lang]/staff/supervision", "layout");
  return result;
}
