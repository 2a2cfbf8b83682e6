"use server";
// no-revalidate: the upload's report is the action's result, shown by the form; nothing else on the page changes.

import { runAction } from "@/lib/actions/run-action";
import { reconcileUpload } from "@/lib/domain/payments/commands/reconcile-upload";

export async function reconcileUploadAction(input: unknown) {
  return runAction(reconcileUpload, input);
}
