"use server";

import { revalidatePath } from "next/cache";
import { runAction } from "@/lib/actions/run-action";
import { saveSubscriptions } from "@/lib/domain/tenders/commands/subscriptions";

export async function saveSubscriptionsAction(input: unknown) {
  const result = await runAction(saveSubscriptions, input);
  if (result.ok) revalidatePath("/[lang]/my/tenders", "page");
  return result;
}
