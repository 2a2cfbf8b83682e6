import type { ReactNode, SelectHTMLAttributes } from "react";
import { fieldId } from "@/components/forms/field-id";
import { controlClass, describedBy, FieldLayout } from "@/components/forms/field-layout";
import type { SelectOption } from "@/components/forms/select";

/**
 * A select of a form that works without JavaScript (a GET filter, rendered on the server): the kit's
 * layout and id (`fieldId(name, idPrefix)`), its value from `defaultValue`, the error already translated.
 */
export function PlainSelect({ name, label, hint, error, placeholder, options, children, className, idPrefix, ...select }: {
  name: string;
  label: string;
  hint?: ReactNode;
  error?: string;
  /** The first, empty choice ("all …"); omit for none. */
  placeholder?: string;
  /** Flat options, or pass <option>/<optgroup> children instead. */
  options?: SelectOption[];
  children?: ReactNode;
  /** Several forms on a page share names: their ids are prefixed. */
  idPrefix?: string;
} & Omit<SelectHTMLAttributes<HTMLSelectElement>, "name" | "id">) {
  const id = fieldId(name, idPrefix);
  return (
    <FieldLayout id={id} label={label} hint={hint} error={error} className={className}>
      <select id={id} name={name} aria-invalid={error ? true : undefined} aria-describedby={describedBy(id, hint, error)} className={controlClass(error, "min-h-11")} {...select}>
        {placeholder !== undefined && <option value="">{placeholder}</option>}
        {options?.map((o) => (
          <option key={o.value} value={o.value}>{o.label}</option>
        ))}
        {children}
      </select>
    </FieldLayout>
  );
}
