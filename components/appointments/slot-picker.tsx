"use client";

import { useFormContext } from "react-hook-form";
import { useT } from "@/components/i18n/use-t";
import { withT } from "@/components/i18n/with-t";
import { useFieldState } from "@/components/forms/field-frame";
import { translateMessage } from "@/lib/i18n/core";
import appointmentsMessages from "@/lib/i18n/bundles/appointments";
import { registerChoice } from "@/components/forms/register";

export type SlotDay = { dateKey: string; label: string; slots: { id: string; time: string; free: number }[] };

/**
 * The free times of a service, one group per day, as large radio chips (name `slotId`). The first radio carries
 * the field's id, so the error summary's link lands on the picker. Wraps at any width (no sideways scrolling).
 */
export const SlotPicker = withT(function SlotPicker({ days, legend }: { days: SlotDay[]; legend: string }) {
  const form = useFormContext();
  const { t } = useT(appointmentsMessages);
  const f = useFieldState("slotId");
  let first = true;
  return (
    <fieldset aria-invalid={f.invalid} aria-describedby={f.error ? `${f.id}-error` : undefined} data-testid="slot-picker">
      <legend className="text-sm font-bold text-slate-800">{legend}</legend>
      <div className="mt-2 space-y-4">
        {days.map((d) => (
          <div key={d.dateKey} role="group" aria-label={d.label} data-date={d.dateKey}>
            <p className="mb-2 text-sm font-bold text-brand-900">{d.label}</p>
            <div className="flex flex-wrap gap-2">
              {d.slots.map((s) => {
                const id = first ? f.id : undefined;
                first = false;
                return (
                  <label key={s.id} className="flex min-h-11 cursor-pointer items-center gap-2 rounded-lg border border-sand-200 px-3 py-2 text-sm has-[:checked]:border-brand-600 has-[:checked]:bg-brand-50" title={t("appointments:book.seatsLeft", { count: s.free })}>
                    <input type="radio" id={id} className="size-4 shrink-0 accent-brand-600" data-testid="slot-option" {...registerChoice(form, "slotId", s.id)} />
                    <bdi dir="ltr" className="tabular-nums font-bold">{s.time}</bdi>
                    <span className="sr-only">{t("appointments:book.seatsLeft", { count: s.free })}</span>
                  </label>
                );
              })}
            </div>
          </div>
        ))}
      </div>
      {f.error && <p id={`${f.id}-error`} className="mt-1 text-sm font-bold text-red-700">{translateMessage(t, f.error)}</p>}
    </fieldset>
  );
});
