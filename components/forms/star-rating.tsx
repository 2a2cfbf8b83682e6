"use client";

import { useFormContext } from "react-hook-form";
import { useT } from "@/components/i18n/use-t";
import { withT } from "@/components/i18n/with-t";
import { useFieldState } from "@/components/forms/field-frame";
import { registerChoice } from "@/components/forms/register";
import { translateMessage } from "@/lib/i18n/core";

/**
 * 1…max stars as radio buttons (keyboard: arrows; each star named for screen readers by `starLabel`).
 * The first radio carries the field's id, so the error summary's link lands on the group.
 */
export const StarRating = withT(function StarRating({ name, legend, starLabel, max = 5 }: { name: string; legend: string; starLabel: (n: number) => string; max?: number }) {
  const form = useFormContext();
  const { watch } = form;
  const { t } = useT();
  const f = useFieldState(name);
  const value = Number(watch(name)) || 0;
  return (
    <fieldset aria-invalid={f.invalid} aria-describedby={f.error ? `${f.id}-error` : undefined}>
      <legend className="text-sm font-bold text-slate-800">{legend}</legend>
      <div className="mt-2 flex flex-wrap gap-1" dir="ltr">
        {Array.from({ length: max }, (_, i) => i + 1).map((n) => (
          <label key={n} className="cursor-pointer rounded-lg p-1 focus-within:ring-2 focus-within:ring-brand-600">
            <input type="radio" id={n === 1 ? f.id : undefined} className="sr-only" {...registerChoice(form, name, String(n))} />
            <span aria-hidden="true" className={`text-3xl leading-none ${n <= value ? "text-amber-500" : "text-slate-300"}`}>★</span>
            <span className="sr-only">{starLabel(n)}</span>
          </label>
        ))}
      </div>
      {f.error && <p id={`${f.id}-error`} className="mt-1 text-sm font-bold text-red-700">{translateMessage(t, f.error)}</p>}
    </fieldset>
  );
});
