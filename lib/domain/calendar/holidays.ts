import { db, type DbOrTx } from "@/lib/db";
import { setHolidays, type HolidaySpan } from "@/lib/kernel/working-days";

/**
 * The Holiday table reaches pure code through a cache (docs/decisions/019-working-day-calendar-and-appointments.md):
 * every command and job calls `ensureHolidays()` first, which reads the table only when this process's copy is
 * older than HOLIDAY_CACHE_MS (or was invalidated by a change in this process); the SLA functions then read the
 * calendar in lib/kernel/working-days.ts without touching the database. Another process (web ↔ worker) sees a
 * change within HOLIDAY_CACHE_MS.
 */
export const HOLIDAY_CACHE_MS = 5 * 60_000;
/** After a failed read (database down), try again this much later instead of on every call. */
const RETRY_MS = 30_000;

let loadedAt = Number.NEGATIVE_INFINITY;
let loading: Promise<void> | null = null;

const dateKey = (d: Date) => d.toISOString().slice(0, 10);

export function toSpan(row: { code: string; nameAr: string; nameEn: string; startDate: Date; endDate: Date }): HolidaySpan {
  return { code: row.code, nameAr: row.nameAr, nameEn: row.nameEn, startDate: dateKey(row.startDate), endDate: dateKey(row.endDate) };
}

/** Reads the table now and replaces the shared calendar. */
export async function reloadHolidays(client?: DbOrTx): Promise<void> {
  const c = client ?? db;
  const rows = await c.holiday.findMany({ orderBy: { startDate: "asc" } });
  setHolidays(rows.map(toSpan));
  loadedAt = Date.now();
}

/** Loads the table once per HOLIDAY_CACHE_MS; never throws (a failed read keeps the calendar it had). */
export async function ensureHolidays(): Promise<void> {
  if (Date.now() - loadedAt < HOLIDAY_CACHE_MS) return;
  loading ??= reloadHolidays()
    .catch(() => {
      loadedAt = Date.now() - HOLIDAY_CACHE_MS + RETRY_MS;
    })
    .finally(() => {
      loading = null;
    });
  await loading;
}

/** The next `ensureHolidays()` reads the table again (called after a holiday is added, changed or removed). */
export function invalidateHolidays(): void {
  loadedAt = Number.NEGATIVE_INFINITY;
}
