"use server";

import { revalidatePath } from "next/cache";
import { runAction } from "@/lib/actions/run-action";
import { recordPermitInspection } from "@/lib/domain/permits/after-issue/commands/record-inspection";
import { issuePermitCertificate } from "@/lib/domain/permits/after-issue/commands/issue-certificate";
import { issueElectricityClearance } from "@/lib/domain/permits/after-issue/commands/electricity-connection";

/** The municipality's after-issue steps: each runs its command (permission, schema, one transaction). */
function refreshed<T extends { ok: boolean }>(result: T): T {
  if (result.ok) revalidatePath("/[lang]/staff/permits/after-issue", "layout");
  return result;
}

export async function issueCertificateAction(input: unknown) { return refreshed(await runAction(issuePermitCertificate, input)); }
export async function issueClearanceAction(input: unknown) { return refreshed(await runAction(issueElectricityClearance, input)); }
/** The phone form: no revalidation (the form keeps its confirmation); the permit page is rendered fresh on the way back. */
export async function recordInspectionAction(input: unknown) { return runAction(recordPermitInspection, input); }
