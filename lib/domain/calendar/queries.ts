import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { rolesAllow } from "@/lib/auth/roles";
import { db } from "@/lib/db";
import { toSpan } from "@/lib/domain/calendar/holidays";
import { AppError } from "@/lib/errors";

/** The holiday covering a Riyadh date, if any (for the counter's day view). */
export async function holidayOn(dateKey: string): Promise<{ nameAr: string; nameEn: string } | null> {
  const day = new Date(`${dateKey}T00:00:00Z`);
  return db.holiday.findFirst({ where: { startDate: { lte: day }, endDate: { gte: day } }, select: { nameAr: true, nameEn: true } });
}

/** The holidays touching a year (a span crossing New Year shows in both), for the administrators' page. */
export async function holidaysOfYear(actor: Actor, year: number) {
  if (!rolesAllow(actor.roles, "calendar.holidays")) throw new AppError("FORBIDDEN");
  const from = new Date(Date.UTC(year, 0, 1));
  const to = new Date(Date.UTC(year, 11, 31));
  const rows = await db.holiday.findMany({ where: { startDate: { lte: to }, endDate: { gte: from } }, orderBy: [{ startDate: "asc" }, { code: "asc" }] });
  return rows.map((r) => ({ ...toSpan(r), days: Math.round((r.endDate.getTime() - r.startDate.getTime()) / 86_400_000) + 1 }));
}
