import "server-only";
import type { Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { bookingRefusal } from "@/lib/domain/appointments/rules";
import { formatGregorian } from "@/lib/i18n/dates";
import type { Lang } from "@/lib/i18n/settings";

/**
 * Shared steps of booking and rescheduling (inside the command's transaction).
 *
 * `takeSeat` is ONE conditional UPDATE: `booked = booked + 1 WHERE id = … AND booked < capacity`. PostgreSQL
 * locks the row; a concurrent UPDATE waits, then re-checks the condition on the committed row (READ
 * COMMITTED), so of N requests for the last seat exactly one matches and the others update nothing and are
 * refused as full — no seat is ever sold twice (lib/domain/appointments/appointments.int.test.ts, 50 at once).
 */
export async function loadBookableSlot(tx: Tx, slotId: string, now: Date) {
  const slot = await tx.appointmentSlot.findFirst({
    where: { id: slotId, service: { published: true, branch: { active: true } } },
    select: { id: true, startsAt: true, endsAt: true, capacity: true, booked: true, serviceId: true, service: { select: { id: true, nameAr: true, nameEn: true, branch: { select: { nameAr: true, nameEn: true } } } } },
  });
  if (!slot) throw new AppError("NOT_FOUND", { fieldErrors: { slotId: "appointments:errors.slotGone" } });
  const refusal = bookingRefusal(slot, now);
  if (refusal) throw new AppError("VALIDATION", { fieldErrors: { slotId: `appointments:errors.${refusal}` } });
  return slot;
}

export async function takeSeat(tx: Tx, slotId: string): Promise<void> {
  const { count } = await tx.appointmentSlot.updateMany({
    where: { id: slotId, booked: { lt: tx.appointmentSlot.fields.capacity } },
    data: { booked: { increment: 1 } },
  });
  if (count !== 1) throw new AppError("CONFLICT", { fieldErrors: { slotId: "appointments:errors.full" } });
}

export async function releaseSeat(tx: Tx, slotId: string): Promise<void> {
  await tx.appointmentSlot.updateMany({ where: { id: slotId, booked: { gt: 0 } }, data: { booked: { decrement: 1 } } });
}

export function smsWhen(startsAt: Date, lang: Lang): string {
  return formatGregorian(startsAt, lang, true);
}

export const activeKeyOf = (citizenId: string, serviceId: string) => `${citizenId}:${serviceId}`;
