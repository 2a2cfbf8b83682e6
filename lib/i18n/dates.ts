import { TIME_ZONE, type Lang } from "@/lib/i18n/settings";
import { riyadhDay, riyadhInstant } from "@/lib/kernel/riyadh-days";

/**
 * Dates are stored UTC and shown in Asia/Riyadh, in both the Gregorian and the Umm al-Qura Hijri
 * calendars. Latin digits in both languages, as Saudi government portals print them.
 */
const localeTag = (lang: Lang, calendar: "gregory" | "islamic-umalqura") =>
  `${lang === "ar" ? "ar-SA" : "en-GB"}-u-ca-${calendar}-nu-latn`;

/**
 * One formatter per language and options, built once (module level): building an Intl formatter costs far more
 * than formatting with it (ICU loads the locale's data), and a table page formats hundreds of dates.
 */
const formatters = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat>();
function memo<F extends Intl.DateTimeFormat | Intl.NumberFormat>(key: string, make: () => F): F {
  let f = formatters.get(key) as F | undefined;
  if (!f) formatters.set(key, (f = make()));
  return f;
}

export function formatGregorian(date: Date, lang: Lang, withTime = false): string {
  return memo(`g|${lang}|${withTime}`, () =>
    new Intl.DateTimeFormat(localeTag(lang, "gregory"), {
      timeZone: TIME_ZONE,
      year: "numeric",
      month: "long",
      day: "numeric",
      ...(withTime ? { hour: "2-digit", minute: "2-digit", hour12: lang === "ar" } : {}),
    }),
  ).format(date);
}

export function formatHijri(date: Date, lang: Lang): string {
  return memo(`h|${lang}`, () =>
    new Intl.DateTimeFormat(localeTag(lang, "islamic-umalqura"), {
      timeZone: TIME_ZONE,
      year: "numeric",
      month: "long",
      day: "numeric",
    }),
  ).format(date);
}

const DATE_INPUT = /^(\d{4}-\d{2}-\d{2})(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,3})?)?)?$/;

/**
 * The Umm al-Qura date of what a date or datetime-local input holds ("2027-03-10", "2027-03-10T09:30"): a day on
 * the Riyadh calendar, as the portal reads these inputs. Null for an empty, partial or impossible value
 * ("2026-02-30"), which a date input holds while it is being typed.
 */
export function hijriOfDateInput(value: unknown, lang: Lang): string | null {
  const day = typeof value === "string" ? DATE_INPUT.exec(value)?.[1] : undefined;
  if (!day) return null;
  // Noon of that Riyadh day; an impossible day is no date, or rolls over into another day.
  const noon = riyadhInstant(day, 12 * 60);
  if (Number.isNaN(noon.getTime()) || riyadhDay(noon) !== day) return null;
  return formatHijri(noon, lang);
}

/** "12 Nov 2026 · 21 Jumada I 1448 AH" style pair for tables and certificates. */
export function formatDual(date: Date, lang: Lang, withTime = false): { gregorian: string; hijri: string } {
  return { gregorian: formatGregorian(date, lang, withTime), hijri: formatHijri(date, lang) };
}

export function formatNumber(value: number, lang: Lang): string {
  return memo(`n|${lang}`, () => new Intl.NumberFormat(lang === "ar" ? "ar-SA-u-nu-latn" : "en-US")).format(value);
}
