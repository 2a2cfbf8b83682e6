"use client";

import clsx from "clsx";
import type { ReactNode } from "react";
import { useFormContext } from "react-hook-form";
import { useT } from "@/components/i18n-provider";
import { useFieldId } from "@/components/forms/ids";
import { translateMessage } from "@/lib/i18n/core";

/** What every control of the kit shares: its id, error and the aria wiring of label, hint and error. */
export function useFieldState(name: string, hint?: ReactNode) {
  const { formState } = useFormContext();
  const id = useFieldId(name);
  const error = formState.errors[name]?.message as string | undefined;
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
  return { id, error, describedBy, invalid: error ? (true as const) : undefined };
}

export const controlClass = (error: string | undefined, extra?: string) =>
  clsx(
    "w-full rounded-lg border bg-white px-3 py-2 text-base text-slate-900 placeholder:text-slate-400 focus:border-brand-600 focus:outline-2 focus:outline-brand-600/30",
    error ? "border-red-600" : "border-slate-300",
    extra,
  );

/** Label, hint, the control, and its localized error (the one layout of a form field). */
export function FieldFrame({ id, label, hint, error, className, children }: { id: string; label: ReactNode; hint?: ReactNode; error?: string; className?: string; children: ReactNode }) {
  const { t } = useT();
  return (
    <div className={clsx("flex flex-col gap-1.5", className)}>
      <label htmlFor={id} className="text-sm font-semibold text-slate-800">{label}</label>
      {hint && <p id={`${id}-hint`} className="text-xs text-slate-600">{hint}</p>}
      {children}
      {error && <p id={`${id}-error`} className="text-sm font-medium text-red-700">{translateMessage(t, error)}</p>}
    </div>
  );
}
