"use client";

import type { ReactNode, SelectHTMLAttributes } from "react";
import { useFormContext, type RegisterOptions } from "react-hook-form";
import { controlClass, FieldFrame, useFieldState } from "@/components/forms/field-frame";
import { registerField } from "@/components/forms/register";

export type SelectOption = { value: string; label: string };
/** Options under a heading (<optgroup>), e.g. districts under their municipality. */
export type SelectGroup = { label: string; options: SelectOption[] };

type Props = {
  name: string;
  label: string;
  hint?: ReactNode;
  /** The first, empty choice ("choose …"); omit for none. */
  placeholder?: string;
  /** Flat options, or pass <option>/<optgroup> children instead. */
  options?: SelectOption[];
  /** Grouped options, rendered as <optgroup>s after `options`. */
  groups?: SelectGroup[];
  children?: ReactNode;
  /** Passed to react-hook-form's register (e.g. an onChange that clears a dependent choice). */
  registerOptions?: RegisterOptions;
  /** Ids of more text describing the select (e.g. a panel about the chosen option). */
  describedBy?: string;
} & Omit<SelectHTMLAttributes<HTMLSelectElement>, "name" | "id">;

/** A select registered in the surrounding react-hook-form, with label, hint and localized error. */
export function Select({ name, label, hint, placeholder, options, groups, children, className, registerOptions, describedBy, after, ...rest }: Props & { /** Shown under the select (e.g. what the chosen option means). */ after?: ReactNode }) {
  const form = useFormContext();
  const f = useFieldState(name, hint);
  return (
    <FieldFrame id={f.id} label={label} hint={hint} error={f.error} className={className}>
      <select id={f.id} aria-invalid={f.invalid} aria-describedby={[f.describedBy, describedBy].filter(Boolean).join(" ") || undefined} className={controlClass(f.error, "min-h-11 disabled:bg-sand-100")} {...rest} {...registerField(form, name, registerOptions)}>
        {placeholder !== undefined && <option value="">{placeholder}</option>}
        {options?.map((o) => (
          <option key={o.value} value={o.value}>{o.label}</option>
        ))}
        {groups?.map((g) => (
          <optgroup key={g.label} label={g.label}>
            {g.options.map((o) => (
              <option key={o.value} value={o.value}>{o.label}</option>
            ))}
          </optgroup>
        ))}
        {children}
      </select>
      {after}
    </FieldFrame>
  );
}
