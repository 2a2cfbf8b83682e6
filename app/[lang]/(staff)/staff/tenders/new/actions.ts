"use server";

import { revalidatePath } from "next/cache";
import { runAction } from "@/lib/actions/run-action";
import { publishTender } from "@/lib/domain/tenders/commands/publish-tender";

const refresh = () => {
  revalidatePath("/[lang]/staff/tenders", "layout");
  revalidatePath("/[lang]/staff/auctions", "layout");
  revalidatePath("/[lang]/tenders", "layout");
  revalidatePath("/[lang]/auctions", "layout");
};

export async function publishTenderAction(input: unknown) {
  const result = await runAction(publishTender, input);
  if (result.ok) refresh();
  return result;
}
