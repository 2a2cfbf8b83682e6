import { riyadhDay } from "@/lib/kernel/riyadh-days";
/**
 * Calendar days of the dashboards and reports: Riyadh days (UTC+3 all year), written "YYYY-MM-DD".
 * A period is [from, to): `to` is the day after the last one. Pure, unit-tested in days.test.ts.
 */
const DAY_MS = 86_400_000;
const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

export type Period = { from: string; to: string };
export type CompareMode = "previous" | "year";
export const COMPARE_MODES: readonly CompareMode[] = ["previous", "year"];

export function isIsoDay(s: unknown): s is string {
  if (typeof s !== "string" || !ISO_DAY.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

export function addDays(day: string, n: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + n * DAY_MS).toISOString().slice(0, 10);
}

/** Same calendar day a year earlier (29 February → 28 February). */
export function addYears(day: string, n: number): string {
  const [y, m, d] = day.split("-").map(Number) as [number, number, number];
  const last = new Date(Date.UTC(y + n, m, 0)).getUTCDate();
  return `${String(y + n).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(Math.min(d, last)).padStart(2, "0")}`;
}

export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}

/** Every day of a period, in order. */
export function eachDay(p: Period): string[] {
  const out: string[] = [];
  for (let d = p.from; d < p.to; d = addDays(d, 1)) out.push(d);
  return out;
}

/** The period to compare with: the one just before (same length) or the same days a year earlier. */
export function comparisonPeriod(p: Period, mode: CompareMode): Period {
  if (mode === "year") return { from: addYears(p.from, -1), to: addYears(p.to, -1) };
  const len = daysBetween(p.from, p.to);
  return { from: addDays(p.from, -len), to: p.from };
}

export const MAX_PERIOD_DAYS = 731;

/**
 * The period asked for in a URL, or the default: the last 30 days up to today. Bad or reversed days fall back
 * to the default (a URL is never an error page); a period longer than two years is cut to its last two years.
 */
export function parsePeriod(q: { from?: unknown; to?: unknown }, today: string): Period {
  const fallback = { from: addDays(today, -29), to: addDays(today, 1) };
  if (!isIsoDay(q.from) || !isIsoDay(q.to)) return fallback;
  const to = addDays(q.to, 1); // the URL names the last day, inclusive
  if (q.from >= to) return fallback;
  return daysBetween(q.from, to) > MAX_PERIOD_DAYS ? { from: addDays(to, -MAX_PERIOD_DAYS), to } : { from: q.from, to };
}

/** The days a trend shows per point: one day up to ~3 months, then weeks, then months. */
export function trendBucket(p: Period): "day" | "week" | "month" {
  const len = daysBetween(p.from, p.to);
  return len <= 92 ? "day" : len <= 366 ? "week" : "month";
}

/** The first day of the bucket a day falls in (weeks start on Sunday, the Saudi working week). */
export function bucketStart(day: string, bucket: "day" | "week" | "month"): string {
  if (bucket === "day") return day;
  if (bucket === "month") return `${day.slice(0, 7)}-01`;
  const dow = new Date(`${day}T00:00:00Z`).getUTCDay(); // 0 = Sunday
  return addDays(day, -dow);
}

/** The last complete report period before `today`: the Sunday–Saturday week, or the calendar month. */
export function lastCompletePeriod(kind: "WEEKLY" | "MONTHLY", today: string): Period {
  if (kind === "WEEKLY") {
    const thisWeek = bucketStart(today, "week");
    return { from: addDays(thisWeek, -7), to: thisWeek };
  }
  const thisMonth = `${today.slice(0, 7)}-01`;
  const prev = addDays(thisMonth, -1);
  return { from: `${prev.slice(0, 7)}-01`, to: thisMonth };
}

/** Consecutive days joined into periods (for recomputing scattered days in few statements). */
export function toRanges(days: readonly string[]): Period[] {
  const sorted = [...new Set(days)].sort();
  const out: Period[] = [];
  for (const d of sorted) {
    const last = out[out.length - 1];
    if (last && last.to === d) last.to = addDays(d, 1);
    else out.push({ from: d, to: addDays(d, 1) });
  }
  return out;
}

/** A period cut into chunks of at most `size` days (a backfill runs chunk by chunk, one transaction each). */
export function chunk(p: Period, size: number): Period[] {
  const out: Period[] = [];
  for (let d = p.from; d < p.to; d = addDays(d, size)) out.push({ from: d, to: addDays(d, size) < p.to ? addDays(d, size) : p.to });
  return out;
}

/** The first day of the month after the one `day` falls in. */
export function nextMonth(day: string): string {
  const [y, m] = day.split("-").map(Number) as [number, number];
  return m === 12 ? `${String(y + 1).padStart(4, "0")}-01-01` : `${String(y).padStart(4, "0")}-${String(m + 1).padStart(2, "0")}-01`;
}

/**
 * A period split for the monthly roll-up: the whole calendar months inside it (read from "InsightMonthly") and
 * the days before and after them (read from "InsightDaily"). Without a whole month, every day is an edge day.
 */
export function splitPeriod(p: Period): { months: Period | null; days: Period[] } {
  const firstMonth = p.from.endsWith("-01") ? p.from : nextMonth(p.from);
  const endMonth = `${p.to.slice(0, 7)}-01`; // the first of the month `to` falls in: whole months end there
  if (firstMonth >= endMonth) return { months: null, days: p.from < p.to ? [p] : [] };
  const days: Period[] = [];
  if (p.from < firstMonth) days.push({ from: p.from, to: firstMonth });
  if (endMonth < p.to) days.push({ from: endMonth, to: p.to });
  return { months: { from: firstMonth, to: endMonth }, days };
}

/** The first days of the months a period overlaps (the roll-up rows its days feed). */
export function monthsOverlapping(p: Period): string[] {
  const out: string[] = [];
  for (let m = `${p.from.slice(0, 7)}-01`; m < p.to; m = nextMonth(m)) out.push(m);
  return out;
}
