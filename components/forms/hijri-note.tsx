"use client";

import { useWatch } from "react-hook-form";
import { useT } from "@/components/i18n/use-t";
import { withT } from "@/components/i18n/with-t";
import { hijriOfDateInput } from "@/lib/i18n/dates";

/**
 * Under a date field: the Umm al-Qura date of the day chosen ("يوافق 1 شوال 1448 هـ"), as it is chosen. A date
 * input shows the Gregorian calendar only, and the municipality's year is Hijri — Eid holidays, Ramadan hours and
 * many deadlines are set by it — so the person sees at once whether the day picked is the one meant.
 * Part of the field's description (`aria-describedby`), so a screen reader says it with the field.
 */
export const HijriNote = withT(function HijriNote({ id, name }: { id: string; name: string }) {
  const { t, lang } = useT();
  const hijri = hijriOfDateInput(useWatch({ name }), lang);
  return (
    // The server's ICU and another browser's may spell a month differently: that is no hydration error, and the
    // browser's own text replaces the server's at the next change of the field.
    <p id={`${id}-note`} data-testid={`${name}-hijri`} className="min-h-4 text-xs text-slate-600" suppressHydrationWarning>
      {hijri ? t("common:form.hijriEquivalent", { date: hijri }) : ""}
    </p>
  );
});
