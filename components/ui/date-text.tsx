import { formatDual } from "@/lib/i18n/dates";
import type { Lang } from "@/lib/i18n/settings";

/**
 * A date in Gregorian with the Umm al-Qura Hijri date under it. Each on one line: in a narrow table column the year
 * and the "هـ" otherwise wrapped onto lines of their own (seen on the holidays page).
 */
export function DateText({ date, lang, withTime = false }: { date: Date; lang: Lang; withTime?: boolean }) {
  const { gregorian, hijri } = formatDual(date, lang, withTime);
  return (
    <time dateTime={date.toISOString()} className="inline-flex flex-col leading-snug">
      <span className="whitespace-nowrap">{gregorian}</span>
      <span className="whitespace-nowrap text-xs text-slate-500">{hijri}</span>
    </time>
  );
}
