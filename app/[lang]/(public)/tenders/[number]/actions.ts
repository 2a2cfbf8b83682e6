"use server";

import { revalidatePath } from "next/cache";
import { runAction } from "@/lib/actions/run-action";
import { buyBooklet } from "@/lib/domain/tenders/commands/buy-booklet";

export async function buyBookletAction(input: unknown) {
  const result = await runAction(buyBooklet, input);
  if (result.ok) revalidatePath("/[lang]/tenders/[number]", "page");
  return result;
}
