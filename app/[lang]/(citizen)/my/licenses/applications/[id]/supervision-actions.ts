"use server";

// No revalidatePath: these pages are dynamic (read per request), and re-rendering the page inside the
// action would unmount the form before its outcome (bill number, new office …) could be read.

import { runAction } from "@/lib/actions/run-action";
import { rateOffice, reassignApplication } from "@/lib/domain/offices/commands/citizen";

export async function reassignApplicationAction(input: unknown) {
  return runAction(reassignApplication, input);
}

export async function rateOfficeAction(input: unknown) {
  return runAction(rateOffice, input);
}
