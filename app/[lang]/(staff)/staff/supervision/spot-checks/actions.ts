"use server";

import { revalidatePath } from "next/cache";
import { runAction } from "@/lib/actions/run-action";
import { sampleSpotChecks } from "@/lib/domain/offices/commands/spot-checks";

export async function sampleSpotChecksAction(input: unknown) {
  const result = await runAction(sampleSpotChecks, input);
  if (result.ok) revalidatePath("/[lang]/staff", "layout");
  return result;
}
