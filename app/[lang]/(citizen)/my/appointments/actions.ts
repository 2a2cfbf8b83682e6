"use server";

import { revalidatePath } from "next/cache";
import { runAction } from "@/lib/actions/run-action";
import { bookAppointment } from "@/lib/domain/appointments/commands/book";
import { cancelAppointment, rescheduleAppointment } from "@/lib/domain/appointments/commands/change";

export async function bookAppointmentAction(input: unknown) {
  const result = await runAction(bookAppointment, input);
  if (result.ok) revalidatePath("/[lang]/my/appointments", "layout");
  return result;
}

export async function rescheduleAppointmentAction(input: unknown) {
  const result = await runAction(rescheduleAppointment, input);
  if (result.ok) revalidatePath("/[lang]/my/appointments", "layout");
  return result;
}

export async function cancelAppointmentAction(input: unknown) {
  const result = await runAction(cancelAppointment, input);
  if (result.ok) revalidatePath("/[lang]/my/appointments", "layout");
  return result;
}
