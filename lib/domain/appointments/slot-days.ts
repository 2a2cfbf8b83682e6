import type { DayDTO } from "@/lib/domain/appointments/queries/appointments";
import { formatGregorian, formatHijri } from "@/lib/i18n/dates";
import type { Lang } from "@/lib/i18n/settings";
import { TIME_ZONE } from "@/lib/i18n/settings";

/** The slot picker's days, labelled in the reader's language (weekday, Gregorian and Hijri dates, Riyadh times). */
export function slotDaysFor(days: DayDTO[], lang: Lang) {
  const weekday = new Intl.DateTimeFormat(lang === "ar" ? "ar-SA-u-nu-latn" : "en-GB", { timeZone: TIME_ZONE, weekday: "long" });
  const time = new Intl.DateTimeFormat(lang === "ar" ? "ar-SA-u-nu-latn" : "en-GB", { timeZone: TIME_ZONE, hour: "2-digit", minute: "2-digit", hour12: lang === "ar" });
  return days.map((d) => {
    const first = d.slots[0]!.startsAt;
    return {
      dateKey: d.dateKey,
      label: `${weekday.format(first)} ${formatGregorian(first, lang)} · ${formatHijri(first, lang)}`,
      slots: d.slots.map((s) => ({ id: s.id, time: time.format(s.startsAt), free: s.free })),
    };
  });
}
