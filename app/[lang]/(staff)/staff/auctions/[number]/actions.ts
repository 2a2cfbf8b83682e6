"use server";

import { revalidatePath } from "next/cache";
import { runAction } from "@/lib/actions/run-action";
import { auctionStep, awardAuction, editAuction } from "@/lib/domain/tenders/commands/auctions";

const refresh = () => {
  revalidatePath("/[lang]/staff/tenders", "layout");
  revalidatePath("/[lang]/staff/auctions", "layout");
  revalidatePath("/[lang]/tenders", "layout");
  revalidatePath("/[lang]/auctions", "layout");
};

export async function editAuctionAction(input: unknown) {
  const result = await runAction(editAuction, input);
  if (result.ok) refresh();
  return result;
}

export async function auctionStepAction(input: unknown) {
  const result = await runAction(auctionStep, input);
  if (result.ok) refresh();
  return result;
}

export async function awardAuctionAction(input: unknown) {
  const result = await runAction(awardAuction, input);
  if (result.ok) refresh();
  return result;
}
