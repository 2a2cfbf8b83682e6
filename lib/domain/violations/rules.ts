import { toLatinDigits } from "@/lib/kernel/digits";
import { addWorkingDays } from "@/lib/kernel/working-days";

/**
 * The pure rules of the violations area (no I/O), unit tested in rules.test.ts.
 *
 * - Fine range: the article's [min, max]; a repeat offence (same article, same establishment, an
 *   earlier violation observed within REPEAT_WINDOW_DAYS that was not cancelled) multiplies both ends.
 * - Objection window: OBJECTION_WINDOW_DAYS calendar days from the violation's issue (creation).
 * - Objection SLA: staff decide within OBJECTION_SLA_DAYS WORKING days of filing, as the regulation says
 *   (lib/kernel/working-days.ts: Fridays, Saturdays and holidays do not count); the queue shows the due date.
 * - Location: inside Saudi Arabia's bounding box (lib/kernel/geo.ts).
 */
export const REPEAT_WINDOW_DAYS = 365;
export const OBJECTION_WINDOW_DAYS = 30;
export const OBJECTION_SLA_DAYS = 10;
export const MAX_PHOTOS = 3;
export const MAX_OBJECTION_DOCUMENTS = 3;

const DAY_MS = 24 * 60 * 60 * 1000;

export type FineRange = { minHalalas: number; maxHalalas: number; isRepeat: boolean; multiplier: number };

export function fineRange(article: { minFineHalalas: number; maxFineHalalas: number; repeatMultiplier: number }, isRepeat: boolean): FineRange {
  const multiplier = isRepeat ? Math.max(1, article.repeatMultiplier) : 1;
  return { minHalalas: article.minFineHalalas * multiplier, maxHalalas: article.maxFineHalalas * multiplier, isRepeat, multiplier };
}

export function fineWithin(range: FineRange, fineHalalas: number): boolean {
  return Number.isSafeInteger(fineHalalas) && fineHalalas >= range.minHalalas && fineHalalas <= range.maxHalalas;
}

/** The earliest observation date that still counts as a previous offence for one observed `at`. */
export function repeatWindowStart(at: Date): Date {
  return new Date(at.getTime() - REPEAT_WINDOW_DAYS * DAY_MS);
}

export function objectionDeadline(issuedAt: Date): Date {
  return new Date(issuedAt.getTime() + OBJECTION_WINDOW_DAYS * DAY_MS);
}

export function objectionWindowOpen(issuedAt: Date, now: Date): boolean {
  return now.getTime() <= objectionDeadline(issuedAt).getTime();
}

export function objectionSlaDue(filedAt: Date): Date {
  return addWorkingDays(filedAt, OBJECTION_SLA_DAYS);
}


/** Riyals as typed by a person ("1500", "1,500.50", Arabic-Indic digits) → halalas, or null. */
export function parseRiyals(text: string): number | null {
  const latin = toLatinDigits(text)
    .replace(/[\u066b]/g, ".")
    .replace(/[,\u066c\s]/g, "");
  if (!/^\d{1,9}(\.\d{1,2})?$/.test(latin)) return null;
  const [whole, frac = ""] = latin.split(".");
  return Number(whole) * 100 + Number(frac.padEnd(2, "0"));
}
