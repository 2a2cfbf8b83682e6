"use client";

import type { ReactNode, SelectHTMLAttributes } from "react";
import { useFormContext } from "react-hook-form";
import { controlClass, FieldFrame, useFieldState } from "@/components/forms/field-frame";

export type SelectOption = { value: string; label: string };

type Props = {
  name: string;
  label: string;
  hint?: ReactNode;
  /** The first, empty choice ("choose …"); omit for none. */
  placeholder?: string;
  /** Flat options, or pass <option>/<optgroup> children instead. */
  options?: SelectOption[];
  children?: ReactNode;
} & Omit<SelectHTMLAttributes<HTMLSelectElement>, "name" | "id">;

/** A select registered in the surrounding react-hook-form, with label, hint and localized error. */
export function Select({ name, label, hint, placeholder, options, children, className, ...rest }: Props) {
  const { register } = useFormContext();
  const f = useFieldState(name, hint);
  return (
    <FieldFrame id={f.id} label={label} hint={hint} error={f.error} className={className}>
      <select id={f.id} aria-invalid={f.invalid} aria-describedby={f.describedBy} className={controlClass(f.error, "min-h-11")} {...rest} {...register(name)}>
        {placeholder !== undefined && <option value="">{placeholder}</option>}
        {options?.map((o) => (
          <option key={o.value} value={o.value}>{o.label}</option>
        ))}
        {children}
      </select>
    </FieldFrame>
  );
}
