"use server";

import { revalidatePath } from "next/cache";
import { runAction } from "@/lib/actions/run-action";
import { registerKiosk, rotateKioskKey, setKioskStatus } from "@/lib/domain/kiosks/commands/manage-kiosks";

export async function setKioskStatusAction(input: unknown) {
  const r = await runAction(setKioskStatus, input);
  revalidatePath("/[lang]/staff/kiosks", "page");
  return r;
}

export async function rotateKioskKeyAction(input: unknown) {
  return runAction(rotateKioskKey, input);
}

export async function registerKioskAction(input: unknown) {
  const r = await runAction(registerKiosk, input);
  revalidatePath("/[lang]/staff/kiosks", "page");
  return r;
}
