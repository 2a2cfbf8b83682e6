"use server";

import { revalidatePath } from "next/cache";
import { runAction } from "@/lib/actions/run-action";
import { setSigningChain } from "@/lib/domain/signatures/commands/chains";

export async function setChainAction(input: unknown) {
  const result = await runAction(setSigningChain, input);
  if (result.ok) revalidatePath("/[lang]/staff/signatures/chains", "page");
  return result;
}
