"use server";

// No revalidatePath: these pages are dynamic (read per request), and re-rendering the page inside the
// action would unmount the form before its outcome (bill number, new office …) could be read.

import { runAction } from "@/lib/actions/run-action";
import { appealPenalty } from "@/lib/domain/offices/commands/appeal-penalty";

export async function appealPenaltyAction(input: unknown) {
  return runAction(appealPenalty, input);
}
