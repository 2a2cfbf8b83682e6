"use client";

import type { ReactNode } from "react";
import { useFormContext } from "react-hook-form";
import { useT } from "@/components/i18n/use-t";
import { withT } from "@/components/i18n/with-t";
import { useFieldState } from "@/components/forms/field-frame";
import { registerCheck } from "@/components/forms/register";
import { translateMessage } from "@/lib/i18n/core";

/** One checkbox registered in the surrounding react-hook-form (a confirmation), its label beside it. */
export const Checkbox = withT(function Checkbox({ name, label, tone = "brand" }: { name: string; label: ReactNode; tone?: "brand" | "danger" }) {
  const form = useFormContext();
  const { t } = useT();
  const f = useFieldState(name);
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={f.id} className="flex min-h-11 items-start gap-3">
        <input
          id={f.id}
          type="checkbox"
          className={`mt-1 size-5 shrink-0 ${tone === "danger" ? "accent-red-700" : "accent-brand-600"}`}
          aria-invalid={f.invalid}
          aria-describedby={f.describedBy}
          {...registerCheck(form, name)}
        />
        <span className="text-sm">{label}</span>
      </label>
      {f.error && <p id={`${f.id}-error`} className="text-sm font-bold text-red-700">{translateMessage(t, f.error)}</p>}
    </div>
  );
});
