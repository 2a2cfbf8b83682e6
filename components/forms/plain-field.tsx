import type { InputHTMLAttributes, ReactNode } from "react";
import { fieldId } from "@/components/forms/field-id";
import { controlClass, describedBy, FieldLayout } from "@/components/forms/field-layout";

/**
 * A text field of a form that works without JavaScript (rendered on the server, posted as FormData):
 * the kit's layout and id (`fieldId(name)`, so the ErrorSummary links to it), the value as typed, and the
 * error already translated.
 */
export function PlainField({ name, label, hint, error, dir, className, idPrefix, ...input }: { name: string; label: string; hint?: ReactNode; error?: string; dir?: "ltr" | "rtl" | "auto"; /** Several forms on a page share names: their ids are prefixed. */ idPrefix?: string } & Omit<InputHTMLAttributes<HTMLInputElement>, "name" | "id" | "dir">) {
  const id = fieldId(name, idPrefix);
  return (
    <FieldLayout id={id} label={label} hint={hint} error={error} className={className}>
      <input
        id={id}
        name={name}
        dir={dir}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error)}
        className={controlClass(error, dir === "ltr" ? "min-h-11 text-start" : "min-h-11")}
        {...input}
      />
    </FieldLayout>
  );
}
