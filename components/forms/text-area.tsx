"use client";

import type { ReactNode, TextareaHTMLAttributes } from "react";
import { useFormContext } from "react-hook-form";
import { controlClass, FieldFrame, useFieldState } from "@/components/forms/field-frame";
import { registerField } from "@/components/forms/register";

type Props = { name: string; label: string; hint?: ReactNode; /** Shown under the box (e.g. a character count). */ after?: ReactNode } & Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, "name" | "id">;

/** A textarea registered in the surrounding react-hook-form, with label, hint and localized error. */
export function TextArea({ name, label, hint, after, rows = 3, dir = "auto", className, ...rest }: Props) {
  const form = useFormContext();
  const f = useFieldState(name, hint);
  return (
    <FieldFrame id={f.id} label={label} hint={hint} error={f.error} className={className}>
      <textarea id={f.id} rows={rows} dir={dir} aria-invalid={f.invalid} aria-describedby={f.describedBy} className={controlClass(f.error)} {...rest} {...registerField(form, name)} />
      {after}
    </FieldFrame>
  );
}
