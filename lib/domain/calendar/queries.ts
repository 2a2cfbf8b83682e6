import "server-only";
import { db } from "@/lib/db";

/** The holiday covering a Riyadh date, if any (for the counter's day view). */
export async function holidayOn(dateKey: string): Promise<{ nameAr: string; nameEn: string } | null> {
  const day = new Date(`${dateKey}T00:00:00Z`);
  return db.holiday.findFirst({ where: { startDate: { lte: day }, endDate: { gte: day } }, select: { nameAr: true, nameEn: true } });
}
