"use server";

import { runAction } from "@/lib/actions/run-action";
import { reconcileUpload } from "@/lib/domain/payments/commands/reconcile-upload";

export async function reconcileUploadAction(input: unknown) {
  return runAction(reconcileUpload, input);
}
