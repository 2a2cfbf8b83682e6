"use server";

import { revalidatePath } from "next/cache";
import { runAction } from "@/lib/actions/run-action";
import { recordSpotCheck } from "@/lib/domain/offices/commands/spot-checks";

export async function recordSpotCheckAction(input: unknown) {
  const result = await runAction(recordSpotCheck, input);
  if (result.ok) revalidatePath("/[lang]/staff", "layout");
  return result;
}
