"use server";

import { revalidatePath } from "next/cache";
import { fromError } from "@/lib/action-result";
import { runAction } from "@/lib/actions/run-action";
import { reviewAccept, reviewReject, reviewReturn, reviewTransfer } from "@/lib/domain/permits/commands/review";
import { issuePermit } from "@/lib/domain/permits/commands/sign";
import { cancelPermit, declinePermitCancellation } from "@/lib/domain/permits/commands/cancel";
import { AppError } from "@/lib/errors";

const DECISIONS = { accept: reviewAccept, transfer: reviewTransfer, return: reviewReturn, reject: reviewReject } as const;

/** A department's decision: the chosen decision picks the command (each checks its own permission and schema). */
export async function reviewDecisionAction(input: unknown) {
  const decision = typeof input === "object" && input !== null ? (input as { decision?: unknown }).decision : undefined;
  if (typeof decision !== "string" || !Object.hasOwn(DECISIONS, decision)) return fromError(new AppError("VALIDATION", { fieldErrors: { decision: "permits:errors.chooseDecision" } }));
  const r = await runAction(DECISIONS[decision as keyof typeof DECISIONS] as typeof reviewAccept, input);
  if (r.ok) revalidatePath("/[lang]/staff/permits", "layout");
  return r;
}
export async function issuePermitAction(input: unknown) {
  const r = await runAction(issuePermit, input);
  if (r.ok) revalidatePath("/[lang]/staff/permits", "layout");
  return r;
}
export async function cancelPermitAction(input: unknown) {
  const r = await runAction(cancelPermit, input);
  if (r.ok) revalidatePath("/[lang]/staff/permits", "layout");
  return r;
}
export async function declinePermitCancellationAction(input: unknown) {
  const r = await runAction(declinePermitCancellation, input);
  if (r.ok) revalidatePath("/[lang]/staff/permits", "layout");
  return r;
}
