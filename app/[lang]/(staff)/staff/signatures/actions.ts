"use server";

import { revalidatePath } from "next/cache";
import { runAction } from "@/lib/actions/run-action";
import { signDocument } from "@/lib/domain/signatures/commands/sign";
import { delegatePosition, revokeDelegation } from "@/lib/domain/signatures/commands/delegate";
import { rotateKey } from "@/lib/domain/signatures/commands/keys";

export async function signDocumentAction(input: unknown) {
  const result = await runAction(signDocument, input);
  if (result.ok) revalidatePath("/[lang]/staff/signatures", "page");
  return result;
}

export async function delegateAction(input: unknown) {
  const result = await runAction(delegatePosition, input);
  if (result.ok) revalidatePath("/[lang]/staff/signatures", "page");
  return result;
}

export async function revokeDelegationAction(input: unknown) {
  const result = await runAction(revokeDelegation, input);
  if (result.ok) revalidatePath("/[lang]/staff/signatures", "page");
  return result;
}

export async function rotateKeyAction(input: unknown) {
  const result = await runAction(rotateKey, input);
  if (result.ok) revalidatePath("/[lang]/staff/signatures", "page");
  return result;
}
