"use client";

import clsx from "clsx";
import type { ReactNode } from "react";
import { useFormContext } from "react-hook-form";
import { useT } from "@/components/i18n/use-t";
import { withT } from "@/components/i18n/with-t";
import { useFieldState } from "@/components/forms/field-frame";
import { registerChoice } from "@/components/forms/register";
import { translateMessage } from "@/lib/i18n/core";
import type { SelectOption } from "@/components/forms/select";

/**
 * One choice among a few, as large touch targets (a decision, a result). The first radio carries the
 * field's id, so the error summary's link lands on the group.
 */
export const RadioGroup = withT(function RadioGroup({ name, legend, options, columns = 1, large = false, inline = false }: {
  name: string;
  legend: string;
  /** The label may carry markup (e.g. a number and its word). */
  options: (Omit<SelectOption, "label"> & { label: ReactNode })[];
  columns?: 1 | 2;
  large?: boolean;
  /** Options side by side, wrapping (a short scale such as a rating 1–5). */
  inline?: boolean;
}) {
  const form = useFormContext();
  const { t } = useT();
  const f = useFieldState(name);
  return (
    <fieldset aria-invalid={f.invalid} aria-describedby={f.error ? `${f.id}-error` : undefined}>
      <legend className="text-sm font-bold text-slate-800">{legend}</legend>
      <div className={clsx("mt-2", inline ? "flex flex-wrap gap-2" : columns === 2 ? "grid gap-2 sm:grid-cols-2" : "space-y-2")}>
        {options.map((o, i) => (
          <label key={o.value} className={clsx("flex cursor-pointer items-center gap-3 rounded-lg border border-sand-200 has-[:checked]:border-brand-600 has-[:checked]:bg-brand-50", large ? "min-h-14 px-4 py-3" : "min-h-11 px-3 py-2")}>
            <input type="radio" id={i === 0 ? f.id : undefined} className={clsx("shrink-0 accent-brand-600", large ? "size-6" : "size-5")} {...registerChoice(form, name, o.value)} />
            <span className="flex-1">{o.label}</span>
          </label>
        ))}
      </div>
      {f.error && <p id={`${f.id}-error`} className="mt-1 text-sm font-bold text-red-700">{translateMessage(t, f.error)}</p>}
    </fieldset>
  );
});
