"use server";

import { revalidatePath } from "next/cache";
import { runAction } from "@/lib/actions/run-action";
import { officeApprove, officeManagerReject, officeManagerReturn } from "@/lib/domain/licensing/commands/office-approve";
import { officeHealthApprove, officeHealthReject, officeHealthReturn } from "@/lib/domain/licensing/commands/office-health";
import { officeRecordInspection } from "@/lib/domain/licensing/commands/office-inspect";
import { officeAccept, officeReject, officeReturn, officeTake } from "@/lib/domain/licensing/commands/office-review";

/** The office's steps on one application: each runs its command (permission, schema, one transaction) and refreshes the office pages. */
function refreshed<T extends { ok: boolean }>(result: T): T {
  if (result.ok) revalidatePath("/[lang]/office/applications", "layout");
  return result;
}

export async function takeAction(input: unknown) { return refreshed(await runAction(officeTake, input)); }
export async function acceptAction(input: unknown) { return refreshed(await runAction(officeAccept, input)); }
export async function returnAction(input: unknown) { return refreshed(await runAction(officeReturn, input)); }
export async function rejectAction(input: unknown) { return refreshed(await runAction(officeReject, input)); }
export async function healthApproveAction(input: unknown) { return refreshed(await runAction(officeHealthApprove, input)); }
export async function healthReturnAction(input: unknown) { return refreshed(await runAction(officeHealthReturn, input)); }
export async function healthRejectAction(input: unknown) { return refreshed(await runAction(officeHealthReject, input)); }
export async function approveAction(input: unknown) { return refreshed(await runAction(officeApprove, input)); }
export async function managerReturnAction(input: unknown) { return refreshed(await runAction(officeManagerReturn, input)); }
export async function managerRejectAction(input: unknown) { return refreshed(await runAction(officeManagerReject, input)); }
/**
 * The inspector's phone form: the checklist, the fields and the photos (File objects) in one call. No
 * revalidation here: the inspect page would re-render without the form (the visit is no longer due) and
 * take the confirmation away; the application page is rendered fresh when the inspector goes back to it.
 */
export async function recordInspectionAction(input: unknown) { return runAction(officeRecordInspection, input); }
