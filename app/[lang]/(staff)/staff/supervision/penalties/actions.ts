"use server";

// No revalidatePath: these pages are dynamic (read per request), and re-rendering the page inside the
// action would unmount the form before its outcome (bill number, new office …) could be read.

import { runAction } from "@/lib/actions/run-action";
import { decideAppeal } from "@/lib/domain/offices/commands/decide-appeal";
import { decidePenalty } from "@/lib/domain/offices/commands/decide-penalty";

export async function decidePenaltyAction(input: unknown) {
  return runAction(decidePenalty, input);
}

export async function decideAppealAction(input: unknown) {
  return runAction(decideAppeal, input);
}
