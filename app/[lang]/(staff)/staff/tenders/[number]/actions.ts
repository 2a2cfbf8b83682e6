"use server";

import { revalidatePath } from "next/cache";
import { runAction } from "@/lib/actions/run-action";
import { editTender } from "@/lib/domain/tenders/commands/edit-tender";
import { awardTender, tenderStep } from "@/lib/domain/tenders/commands/tender-steps";

const refresh = () => {
  revalidatePath("/[lang]/staff/tenders", "layout");
  revalidatePath("/[lang]/staff/auctions", "layout");
  revalidatePath("/[lang]/tenders", "layout");
  revalidatePath("/[lang]/auctions", "layout");
};

export async function editTenderAction(input: unknown) {
  const result = await runAction(editTender, input);
  if (result.ok) refresh();
  return result;
}

export async function tenderStepAction(input: unknown) {
  const result = await runAction(tenderStep, input);
  if (result.ok) refresh();
  return result;
}

export async function awardTenderAction(input: unknown) {
  const result = await runAction(awardTender, input);
  if (result.ok) refresh();
  return result;
}
