"use client";

import type { ReactNode } from "react";
import { get, useFormContext } from "react-hook-form";
import { useT } from "@/components/i18n/use-t";
import { withT } from "@/components/i18n/with-t";
import { controlClass, describedBy, FieldLayout } from "@/components/forms/field-layout";
import { useFieldId } from "@/components/forms/ids";
import { translateMessage } from "@/lib/i18n/core";
import { fieldMessage } from "@/lib/i18n/field-messages";

/** What every control of the kit shares: its id, error and the aria wiring of label, hint and error. */
export function useFieldState(name: string, hint?: ReactNode, note?: boolean) {
  const { formState } = useFormContext();
  const id = useFieldId(name);
  // get(): nested names (staff.0.role) find their error too.
  const error = fieldMessage(name, (get(formState.errors, name) as { message?: unknown } | undefined)?.message as string | undefined);
  return { id, error, describedBy: describedBy(id, hint, error, note), invalid: error ? (true as const) : undefined };
}

export { controlClass };

/** Label, hint, the control, and its localized error (the one layout of a form field, see FieldLayout). */
export const FieldFrame = withT(function FieldFrame({ id, label, hint, note, error, className, children }: { id: string; label: ReactNode; hint?: ReactNode; note?: ReactNode; error?: string; className?: string; children: ReactNode }) {
  const { t } = useT();
  return (
    <FieldLayout id={id} label={label} hint={hint} note={note} error={error ? translateMessage(t, error) : undefined} className={className}>
      {children}
    </FieldLayout>
  );
});
