import clsx from "clsx";
import type { ReactNode } from "react";
import { BidiText } from "@/components/ui/ltr";

/**
 * The layout every field of the kit shares — label, hint, the control, a note under it, its error — without hooks, so a
 * form rendered on the server for use without JavaScript (the bill inquiry) has the same markup as the
 * react-hook-form controls. `error` is already translated here.
 */
export function FieldLayout({ id, label, hint, note, error, className, children }: { id: string; label: ReactNode; hint?: ReactNode; note?: ReactNode; error?: string; className?: string; children: ReactNode }) {
  return (
    <div className={clsx("flex flex-col gap-1.5", className)}>
      <label htmlFor={id} className="text-sm font-bold text-slate-800">{label}</label>
      {hint && <p id={`${id}-hint`} className="text-xs text-slate-600">{typeof hint === "string" ? <BidiText text={hint} /> : hint}</p>}
      {children}
      {note}
      {error && <p id={`${id}-error`} className="text-sm font-bold text-red-700"><BidiText text={error} /></p>}
    </div>
  );
}

export const controlClass = (error: string | undefined, extra?: string) =>
  clsx(
    "w-full rounded-lg border bg-white px-3 py-2 text-base text-slate-900 placeholder:text-slate-400 focus:border-brand-600 focus:outline-2 focus:outline-brand-600",
    error ? "border-red-600" : "border-slate-300",
    extra,
  );

/** aria-describedby of a control with an optional hint, note (drawn under the control, `${id}-note`) and error. */
export const describedBy = (id: string, hint: unknown, error: unknown, note?: unknown) =>
  [hint ? `${id}-hint` : null, note ? `${id}-note` : null, error ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
