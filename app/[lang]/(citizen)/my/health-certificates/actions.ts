"use server";

import { revalidatePath } from "next/cache";
import { runAction } from "@/lib/actions/run-action";
import { requestHealthCert } from "@/lib/domain/health-certs/commands/request-health-cert";

/** The establishment owner requests a worker's health certificate. */
export async function requestHealthCertAction(input: unknown) {
  const result = await runAction(requestHealthCert, input);
  if (result.ok) revalidatePath("/[lang]/my/health-certificates", "layout");
  return result;
}
