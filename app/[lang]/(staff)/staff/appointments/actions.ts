"use server";

import { revalidatePath } from "next/cache";
import { runAction } from "@/lib/actions/run-action";
import { checkInAppointment, markNoShow, publishSlots } from "@/lib/domain/appointments/commands/counter";

export async function checkInAction(input: unknown) {
  const result = await runAction(checkInAppointment, input);
  if (result.ok) revalidatePath("/[lang]/staff/appointments", "page");
  return result;
}

export async function noShowAction(input: unknown) {
  const result = await runAction(markNoShow, input);
  if (result.ok) revalidatePath("/[lang]/staff/appointments", "page");
  return result;
}

export async function publishSlotsAction(input: unknown) {
  const result = await runAction(publishSlots, input);
  if (result.ok) revalidatePath("/[lang]/staff/appointments", "page");
  return result;
}
