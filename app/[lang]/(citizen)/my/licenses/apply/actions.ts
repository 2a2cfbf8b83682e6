"use server";

import { revalidatePath } from "next/cache";
import { runAction } from "@/lib/actions/run-action";
import { chooseOffice } from "@/lib/domain/licensing/commands/choose-office";
import { saveDocuments } from "@/lib/domain/licensing/commands/save-documents";
import { saveEstablishment } from "@/lib/domain/licensing/commands/save-establishment";
import { submitApplication } from "@/lib/domain/licensing/commands/submit-application";

const revalidate = () => revalidatePath("/[lang]/my/licenses", "layout");

export async function saveEstablishmentAction(input: unknown) {
  const r = await runAction(saveEstablishment, input);
  if (r.ok) revalidate();
  return r;
}
/** The documents step: the File objects travel in the same call (next.config bodySizeLimit). */
export async function saveDocumentsAction(input: unknown) {
  const r = await runAction(saveDocuments, input);
  if (r.ok) revalidate();
  return r;
}
export async function chooseOfficeAction(input: unknown) {
  const r = await runAction(chooseOffice, input);
  if (r.ok) revalidate();
  return r;
}
export async function submitApplicationAction(input: unknown) {
  const r = await runAction(submitApplication, input);
  if (r.ok) revalidate();
  return r;
}
