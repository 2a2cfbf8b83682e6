"use server";

import { revalidatePath } from "next/cache";
import { runAction } from "@/lib/actions/run-action";
import { publishAuction } from "@/lib/domain/tenders/commands/auctions";

const refresh = () => {
  revalidatePath("/[lang]/staff/tenders", "layout");
  revalidatePath("/[lang]/staff/auctions", "layout");
  revalidatePath("/[lang]/tenders", "layout");
  revalidatePath("/[lang]/auctions", "layout");
};

export async function publishAuctionAction(input: unknown) {
  const result = await runAction(publishAuction, input);
  if (result.ok) refresh();
  return result;
}
