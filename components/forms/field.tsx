"use client";

import clsx from "clsx";
import type { InputHTMLAttributes, ReactNode } from "react";
import { useFormContext } from "react-hook-form";
import { useT } from "@/components/i18n-provider";
import { useFieldId } from "@/components/forms/ids";
import { translateMessage } from "@/lib/i18n/core";

type FieldProps = {
  name: string;
  label: string;
  hint?: ReactNode;
  /** Right-to-left text fields still take Latin digits for IDs and phone numbers. */
  dir?: "ltr" | "rtl" | "auto";
} & Omit<InputHTMLAttributes<HTMLInputElement>, "name" | "dir">;

/**
 * The one form field of the portal: label, hint, the input registered with react-hook-form, and its
 * localized error, wired with aria-describedby / aria-invalid for screen readers. Its id comes from
 * its name (components/forms/ids.tsx), so the error summary links to it.
 */
export function Field({ name, label, hint, dir, className, ...input }: FieldProps) {
  const { register, formState } = useFormContext();
  const { t } = useT();
  const id = useFieldId(name);
  const error = formState.errors[name]?.message as string | undefined;
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;

  return (
    <div className={clsx("flex flex-col gap-1.5", className)}>
      <label htmlFor={id} className="text-sm font-semibold text-slate-800">
        {label}
      </label>
      {hint && (
        <p id={`${id}-hint`} className="text-xs text-slate-600">
          {hint}
        </p>
      )}
      <input
        id={id}
        dir={dir}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        className={clsx(
          "min-h-11 w-full rounded-lg border bg-white px-3 py-2 text-base text-slate-900 placeholder:text-slate-400 focus:border-brand-600 focus:outline-2 focus:outline-brand-600/30",
          error ? "border-red-600" : "border-slate-300",
          dir === "ltr" && "text-start",
        )}
        {...input}
        {...register(name)}
      />
      {error && (
        <p id={`${id}-error`} className="text-sm font-medium text-red-700">
          {translateMessage(t, error)}
        </p>
      )}
    </div>
  );
}
