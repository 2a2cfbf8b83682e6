"use server";

import { revalidatePath } from "next/cache";
import { runAction } from "@/lib/actions/run-action";
import { decideObjection } from "@/lib/domain/violations/commands/decide-objection";

export async function decideObjectionAction(input: unknown) {
  const result = await runAction(decideObjection, input);
  if (result.ok) revalidatePath("/[lang]/staff/objections", "layout");
  return result;
}
