"use server";

import { revalidatePath } from "next/cache";
import { runAction } from "@/lib/actions/run-action";
import { cancelLicenseByOwner } from "@/lib/domain/licensing/commands/cancel-license";
import { renewLicense } from "@/lib/domain/licensing/commands/renew-license";

export async function renewLicenseAction(input: unknown) {
  const r = await runAction(renewLicense, input);
  if (r.ok) revalidatePath("/[lang]/my", "layout");
  return r;
}
export async function cancelLicenseAction(input: unknown) {
  const r = await runAction(cancelLicenseByOwner, input);
  if (r.ok) revalidatePath("/[lang]/my", "layout");
  return r;
}
