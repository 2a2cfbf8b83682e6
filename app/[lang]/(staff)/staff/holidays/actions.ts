"use server";

import { revalidatePath } from "next/cache";
import { runAction } from "@/lib/actions/run-action";
import { removeHoliday, saveHoliday } from "@/lib/domain/calendar/commands/holidays";

// The booking pages read the calendar on every request (lib/domain/calendar/holidays.ts): only this list is cached.
const refresh = () => revalidatePath("/[lang]/staff/holidays", "page");

export async function saveHolidayAction(input: unknown) {
  const r = await runAction(saveHoliday, input);
  if (r.ok) refresh();
  return r;
}

export async function removeHolidayAction(input: unknown) {
  const r = await runAction(removeHoliday, input);
  if (r.ok) refresh();
  return r;
}
