"use client";

import type { InputHTMLAttributes, ReactNode } from "react";
import { useFormContext } from "react-hook-form";
import { controlClass, FieldFrame, useFieldState } from "@/components/forms/field-frame";
import { HijriNote } from "@/components/forms/hijri-note";
import { registerField } from "@/components/forms/register";

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
  const form = useFormContext();
  // A day is also said in the Hijri calendar, under the field (HijriNote).
  const isDay = input.type === "date" || input.type === "datetime-local";
  const f = useFieldState(name, hint, isDay);
  return (
    <FieldFrame id={f.id} label={label} hint={hint} note={isDay ? <HijriNote id={f.id} name={name} /> : undefined} error={f.error} className={className}>
      <input
        id={f.id}
        dir={dir}
        aria-invalid={f.invalid}
        aria-describedby={f.describedBy}
        // A left-to-right value (ID, mobile, code) in an Arabic form sits at the form's start edge (the right),
        // under its label; its digits still read left to right. `rtl:` follows the page's direction.
        className={controlClass(f.error, dir === "ltr" ? "min-h-11 text-start rtl:text-right" : "min-h-11")}
        {...input}
        {...registerField(form, name)}
      />
    </FieldFrame>
  );
}
