"use server";

import { revalidatePath } from "next/cache";
import { runAction } from "@/lib/actions/run-action";
import { saveInsightSubscriptions } from "@/lib/domain/insights/commands/subscriptions";

export async function saveInsightSubscriptionsAction(input: unknown) {
  const result = await runAction(saveInsightSubscriptions, input);
  if (result.ok) revalidatePath("/[lang]/staff/insights/reports", "layout");
  return result;
}
