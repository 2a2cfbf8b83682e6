"use server";

import { revalidatePath } from "next/cache";
import { runAction } from "@/lib/actions/run-action";
import { requestElectricityConnection } from "@/lib/domain/permits/after-issue/commands/electricity-connection";

/** The owner asks for the electricity connection clearance of a completed permit. */
export async function requestConnectionAction(input: unknown) {
  const result = await runAction(requestElectricityConnection, input);
  if (result.ok) revalidatePath("/[lang]/my/permits", "layout");
  return result;
}
