"use server";

import { revalidatePath } from "next/cache";
import { runAction } from "@/lib/actions/run-action";
import { assignComplaint } from "@/lib/domain/complaints/commands/staff-assign";
import { mergeComplaint } from "@/lib/domain/complaints/commands/staff-merge";
import { addInternalNote } from "@/lib/domain/complaints/commands/staff-note";
import { referComplaint } from "@/lib/domain/complaints/commands/staff-refer";
import { rejectComplaint } from "@/lib/domain/complaints/commands/staff-reject";
import { resolveComplaint } from "@/lib/domain/complaints/commands/staff-resolve";
import { postPublicUpdate } from "@/lib/domain/complaints/commands/staff-update";
import { viewReporter } from "@/lib/domain/complaints/commands/staff-view-reporter";

const refresh = () => revalidatePath("/[lang]/staff/complaints", "layout");

export async function referAction(input: unknown) {
  const result = await runAction(referComplaint, input);
  if (result.ok) refresh();
  return result;
}

export async function assignAction(input: unknown) {
  const result = await runAction(assignComplaint, input);
  if (result.ok) refresh();
  return result;
}

export async function noteAction(input: unknown) {
  const result = await runAction(addInternalNote, input);
  if (result.ok) refresh();
  return result;
}

export async function updateAction(input: unknown) {
  const result = await runAction(postPublicUpdate, input);
  if (result.ok) refresh();
  return result;
}

/** The resolution note and its optional photo (a File) in one call. */
export async function resolveAction(input: unknown) {
  const result = await runAction(resolveComplaint, input);
  if (result.ok) refresh();
  return result;
}

export async function rejectAction(input: unknown) {
  const result = await runAction(rejectComplaint, input);
  if (result.ok) refresh();
  return result;
}

export async function mergeAction(input: unknown) {
  const result = await runAction(mergeComplaint, input);
  if (result.ok) refresh();
  return result;
}

/** Reveals the reporter's name and mobile; the command writes the audit row. */
export async function viewReporterAction(input: unknown) {
  return runAction(viewReporter, input);
}
