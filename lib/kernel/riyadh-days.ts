/**
 * Riyadh calendar days, the one way to turn an instant into "the day" a citizen or an officer means. Times are
 * stored UTC and shown in Asia/Riyadh, which is UTC+3 all year (no daylight saving), so a fixed offset is exact.
 * A day is written "YYYY-MM-DD". Pure; unit-tested in riyadh-days.test.ts.
 *
 * Why it matters: between 21:00 and 24:00 UTC the UTC date is already yesterday in Riyadh; a date taken with
 * `toISOString().slice(0, 10)` ends "today" three hours early.
 */
export const RIYADH_OFFSET_MS = 3 * 3_600_000;
const DAY_MS = 86_400_000;

/** The Riyadh day of an instant, "YYYY-MM-DD". */
export function riyadhDay(at: Date): string {
  return new Date(at.getTime() + RIYADH_OFFSET_MS).toISOString().slice(0, 10);
}

/** The instant the Riyadh day containing `at` began (midnight in Riyadh, 21:00 UTC the day before). */
export function startOfRiyadhDay(at: Date): Date {
  const local = at.getTime() + RIYADH_OFFSET_MS;
  return new Date(local - (((local % DAY_MS) + DAY_MS) % DAY_MS) - RIYADH_OFFSET_MS);
}

/** The instant of a Riyadh day ("YYYY-MM-DD") at a minute of that day (0 = midnight). */
export function riyadhInstant(day: string, minuteOfDay = 0): Date {
  return new Date(Date.parse(`${day}T00:00:00Z`) - RIYADH_OFFSET_MS + minuteOfDay * 60_000);
}

/**
 * The instants of the Riyadh days `from` to `to`, both included: [00:00 of `from`, 00:00 of the day after `to`),
 * the half-open range a `where` wants (gte start, lt end).
 */
export function riyadhDaySpan(from: string, to: string): { start: Date; end: Date } {
  return { start: riyadhInstant(from), end: riyadhInstant(to, 24 * 60) };
}
