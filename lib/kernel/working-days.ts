/**
 * The working-day calendar (docs/decisions/019-working-day-calendar-and-appointments.md). Pure: no I/O and no
 * clock; time arrives as arguments. The Amanah works Sunday to Thursday, WORK_OPEN..WORK_CLOSE Riyadh time
 * (Asia/Riyadh is UTC+3 all year: no daylight saving), and not on public holidays.
 *
 * Two ways to count, both skipping Fridays, Saturdays and holidays:
 * - working HOURS: only the office hours of working days count (the licensing offices' step SLAs);
 * - working DAYS: the whole of every working day counts, 24 hours each (complaints, objections, appeals).
 *
 * Holidays are data (the Holiday table, seeded from DEFAULT_HOLIDAYS). Pure code reads them from the
 * calendar held here: `setHolidays` replaces it (lib/domain/calendar/holidays.ts loads the table once and
 * again after a change or when its copy is older than a few minutes), so no SLA computation reads the database.
 */
import { RIYADH_OFFSET_MS, riyadhDay, startOfRiyadhDay } from "@/lib/kernel/riyadh-days";

const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;

/** Sunday (0) to Thursday (4). */
export const WORKING_WEEKDAYS: readonly number[] = [0, 1, 2, 3, 4];
/** Office hours, minutes after midnight Riyadh time: 08:00–16:00 (eight working hours a day). */
export const WORK_OPEN_MINUTE = 8 * 60;
export const WORK_CLOSE_MINUTE = 16 * 60;
export const WORKING_HOURS_PER_DAY = (WORK_CLOSE_MINUTE - WORK_OPEN_MINUTE) / 60;

/** A holiday: a span of Riyadh dates, both ends included ("YYYY-MM-DD"). */
export type HolidaySpan = { startDate: string; endDate: string; nameAr: string; nameEn: string; code: string };

export type WorkingCalendar = { holidays: ReadonlySet<string> };

/**
 * The official holidays of 2026 and 2027 (Umm al-Qura dates, Labour Law art. 112 as amended: each Eid four
 * days — Eid al-Fitr from the day after 29 Ramadan, Eid al-Adha from the day of Arafat; Founding Day and
 * National Day one day each, none of them falling on a weekend in these years). Seeded into Holiday in every
 * mode; administrators maintain the table after that.
 */
export const DEFAULT_HOLIDAYS: readonly HolidaySpan[] = [
  { code: "FOUNDING-2026", startDate: "2026-02-22", endDate: "2026-02-22", nameAr: "يوم التأسيس", nameEn: "Founding Day" },
  { code: "FITR-1447", startDate: "2026-03-19", endDate: "2026-03-22", nameAr: "إجازة عيد الفطر", nameEn: "Eid al-Fitr holiday" },
  { code: "ADHA-1447", startDate: "2026-05-26", endDate: "2026-05-29", nameAr: "إجازة عيد الأضحى", nameEn: "Eid al-Adha holiday" },
  { code: "NATIONAL-2026", startDate: "2026-09-23", endDate: "2026-09-23", nameAr: "اليوم الوطني", nameEn: "National Day" },
  { code: "FOUNDING-2027", startDate: "2027-02-22", endDate: "2027-02-22", nameAr: "يوم التأسيس", nameEn: "Founding Day" },
  { code: "FITR-1448", startDate: "2027-03-09", endDate: "2027-03-12", nameAr: "إجازة عيد الفطر", nameEn: "Eid al-Fitr holiday" },
  { code: "ADHA-1448", startDate: "2027-05-15", endDate: "2027-05-18", nameAr: "إجازة عيد الأضحى", nameEn: "Eid al-Adha holiday" },
  { code: "NATIONAL-2027", startDate: "2027-09-23", endDate: "2027-09-23", nameAr: "اليوم الوطني", nameEn: "National Day" },
];




/** Every date of the spans, as a calendar. Malformed or reversed spans are ignored (nothing to expand). */
export function calendarFrom(spans: readonly Pick<HolidaySpan, "startDate" | "endDate">[]): WorkingCalendar {
  const holidays = new Set<string>();
  for (const s of spans) {
    const from = Date.parse(`${s.startDate}T00:00:00Z`);
    const to = Date.parse(`${s.endDate}T00:00:00Z`);
    if (!Number.isFinite(from) || !Number.isFinite(to)) continue;
    for (let t = from; t <= to && t - from < 60 * DAY_MS; t += DAY_MS) holidays.add(new Date(t).toISOString().slice(0, 10));
  }
  return { holidays };
}

let current: WorkingCalendar = calendarFrom(DEFAULT_HOLIDAYS);

/** The calendar pure code uses when none is passed (the Holiday table's, once loaded; the defaults before). */
export function currentCalendar(): WorkingCalendar {
  return current;
}

/** Replaces the shared calendar (lib/domain/calendar/holidays.ts, after loading or changing the table). */
export function setHolidays(spans: readonly Pick<HolidaySpan, "startDate" | "endDate">[]): void {
  current = calendarFrom(spans);
}

export function isHoliday(at: Date, cal: WorkingCalendar = current): boolean {
  return cal.holidays.has(riyadhDay(at));
}

/** A working day: Sunday–Thursday (Riyadh) and not a holiday. */
export function isWorkingDay(at: Date, cal: WorkingCalendar = current): boolean {
  const weekday = new Date(at.getTime() + RIYADH_OFFSET_MS).getUTCDay();
  return WORKING_WEEKDAYS.includes(weekday) && !isHoliday(at, cal);
}

/** Within office hours of a working day. */
export function isWorkingTime(at: Date, cal: WorkingCalendar = current): boolean {
  if (!isWorkingDay(at, cal)) return false;
  const minute = (at.getTime() - startOfRiyadhDay(at).getTime()) / 60_000;
  return minute >= WORK_OPEN_MINUTE && minute < WORK_CLOSE_MINUTE;
}

type Window = (dayStart: number, cal: WorkingCalendar) => [number, number] | null;
const officeHours: Window = (dayStart, cal) =>
  isWorkingDay(new Date(dayStart), cal) ? [dayStart + WORK_OPEN_MINUTE * 60_000, dayStart + WORK_CLOSE_MINUTE * 60_000] : null;
const wholeDays: Window = (dayStart, cal) => (isWorkingDay(new Date(dayStart), cal) ? [dayStart, dayStart + DAY_MS] : null);

/** Ten years of days at most: a bound, so a calendar of only holidays cannot loop forever. */
const MAX_DAYS = 3_700;

function addTime(from: Date, ms: number, window: Window, cal: WorkingCalendar): Date {
  if (!(ms > 0)) return new Date(from.getTime());
  let remaining = ms;
  let cursor = from.getTime();
  let dayStart = startOfRiyadhDay(from).getTime();
  for (let i = 0; i < MAX_DAYS; i++, dayStart += DAY_MS) {
    const w = window(dayStart, cal);
    if (!w) continue;
    const start = Math.max(cursor, w[0]);
    if (start >= w[1]) continue;
    const take = Math.min(remaining, w[1] - start);
    remaining -= take;
    cursor = start + take;
    if (remaining <= 0) return new Date(cursor);
  }
  throw new Error("working-days: no working time within ten years");
}

function subTime(from: Date, ms: number, window: Window, cal: WorkingCalendar): Date {
  if (!(ms > 0)) return new Date(from.getTime());
  let remaining = ms;
  let cursor = from.getTime();
  let dayStart = startOfRiyadhDay(new Date(cursor - 1)).getTime();
  for (let i = 0; i < MAX_DAYS; i++, dayStart -= DAY_MS) {
    const w = window(dayStart, cal);
    if (!w) continue;
    const end = Math.min(cursor, w[1]);
    if (end <= w[0]) continue;
    const take = Math.min(remaining, end - w[0]);
    remaining -= take;
    cursor = end - take;
    if (remaining <= 0) return new Date(cursor);
  }
  throw new Error("working-days: no working time within ten years");
}

function timeBetween(a: Date, b: Date, window: Window, cal: WorkingCalendar): number {
  if (b.getTime() <= a.getTime()) return -timeBetweenOrdered(b, a, window, cal);
  return timeBetweenOrdered(a, b, window, cal);
}

function timeBetweenOrdered(a: Date, b: Date, window: Window, cal: WorkingCalendar): number {
  let total = 0;
  const end = b.getTime();
  for (let dayStart = startOfRiyadhDay(a).getTime(), i = 0; dayStart < end && i < MAX_DAYS; dayStart += DAY_MS, i++) {
    const w = window(dayStart, cal);
    if (!w) continue;
    const s = Math.max(a.getTime(), w[0]);
    const e = Math.min(end, w[1]);
    if (e > s) total += e - s;
  }
  return total;
}

/** `hours` of office time after `from` (a start outside office hours starts at the next opening). */
export function addWorkingHours(from: Date, hours: number, cal: WorkingCalendar = current): Date {
  return addTime(from, hours * HOUR_MS, officeHours, cal);
}

/** The instant `hours` of office time before `to` (the inverse of addWorkingHours for a time inside office hours). */
export function subtractWorkingHours(to: Date, hours: number, cal: WorkingCalendar = current): Date {
  return subTime(to, hours * HOUR_MS, officeHours, cal);
}

/** Office time between two instants, in hours (negative when `b` is before `a`). */
export function workingHoursBetween(a: Date, b: Date, cal: WorkingCalendar = current): number {
  return timeBetween(a, b, officeHours, cal) / HOUR_MS;
}

/**
 * `days` working days after `from`, counting whole working days (24 hours each; Fridays, Saturdays and
 * holidays do not count). Fractions are allowed: a 36-hour SLA is 1.5 working days.
 */
export function addWorkingDays(from: Date, days: number, cal: WorkingCalendar = current): Date {
  return addTime(from, days * DAY_MS, wholeDays, cal);
}

/** The instant `days` whole working days before `to`. */
export function subtractWorkingDays(to: Date, days: number, cal: WorkingCalendar = current): Date {
  return subTime(to, days * DAY_MS, wholeDays, cal);
}

/** Working days between two instants (fractional; negative when `b` is before `a`). */
export function workingDaysBetween(a: Date, b: Date, cal: WorkingCalendar = current): number {
  return timeBetween(a, b, wholeDays, cal) / DAY_MS;
}

/** The next working day's date key on or after the Riyadh date of `at`. */
export function nextWorkingDateKey(at: Date, cal: WorkingCalendar = current): string {
  let t = startOfRiyadhDay(at).getTime();
  for (let i = 0; i < MAX_DAYS && !isWorkingDay(new Date(t), cal); i++) t += DAY_MS;
  return riyadhDay(new Date(t));
}
