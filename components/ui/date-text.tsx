import { formatDual } from "@/lib/i18n/dates";
import type { Lang } from "@/lib/i18n/settings";

/** A date in Gregorian with the Umm al-Qura Hijri date under it. */
export function DateText({ date, lang, withTime = false }: { date: Date; lang: Lang; withTime?: boolean }) {
  const { gregorian, hijri } = formatDual(date, lang, withTime);
  return (
    <time dateTime={date.toISOString()} className="inline-flex flex-col leading-snug">
      <span>{gregorian}</span>
      <span className="text-xs text-slate-500">{hijri}</span>
    </time>
  );
}
