"use client";

import { useState, type ReactNode } from "react";
import { FormProvider, type DefaultValues, type FieldValues } from "react-hook-form";
import type { z } from "zod";
import { ErrorSummary } from "@/components/forms/error-summary";
import { FieldIdScope } from "@/components/forms/ids";
import { RadioGroup } from "@/components/forms/radio-group";
import type { SelectOption } from "@/components/forms/select";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextArea } from "@/components/forms/text-area";
import type { SchemaSource } from "@/components/forms/schema-source";
import { useActionForm } from "@/components/forms/use-action-form";
import type { ActionResult } from "@/lib/action-result";
import { ActionNotice } from "@/components/forms/action-notice";

/**
 * A decision on one record (an objection, a spot check, a penalty, an appeal): one choice among a few,
 * a note, optional fields that depend on the choice, submit → the outcome stays on the page as a
 * success message. The server action arrives as a prop (forms never import from app/).
 * Field names: `decisionName` (default "decision") and `noteName` (default "note").
 */
export function DecisionForm<S extends z.ZodType<unknown, FieldValues>, TData>(props: {
  schema: SchemaSource<S>;
  defaultValues: DefaultValues<z.input<S>>;
  action: (values: z.output<S>) => Promise<ActionResult<TData>>;
  options: SelectOption[];
  labels: { decision: string; note: string; submit: string } & Record<string, string>;
  noteHint?: string;
  noteRows?: number;
  noteMaxLength?: number;
  decisionName?: string;
  noteName?: string;
  columns?: 1 | 2;
  large?: boolean;
  /** Ids of this form's fields are prefixed with it: needed when the page shows several decision forms. */
  idPrefix?: string;
  ariaLabel?: string;
  submitClassName?: string;
  /** "danger" for a step that cannot be undone (cancelling a permit). */
  submitVariant?: "primary" | "danger";
  /** Fields shown for the current choice (e.g. the reduced amount when the choice is REDUCE). */
  extra?: (decision: string | undefined) => ReactNode;
  /**
   * The success message for the action's result; a side effect (refresh, URL) may run here too. Null when the form
   * may not outlive the new state and the message went to the page's notice slot (components/forms/notice-slot.tsx).
   */
  success: (data: TData | undefined) => string | null;
}) {
  const decisionName = props.decisionName ?? "decision";
  const noteName = props.noteName ?? "note";
  const [done, setDone] = useState<string | null>(null);
  const { form, onSubmit, formError } = useActionForm({
    schema: props.schema,
    defaultValues: props.defaultValues,
    action: props.action,
    onSuccess: (data) => {
      const message = props.success(data);
      // Said in the page's notice slot: the form starts over (the page around it shows the new state).
      if (message === null) form.reset();
      else setDone(message);
    },
  });
  const decision = form.watch(decisionName as never) as unknown as string | undefined;
  if (done) return <ActionNotice testId="form-success" title={done} />;
  return (
    <FieldIdScope prefix={props.idPrefix ?? ""}>
      <FormProvider {...form}>
        <form method="post" onSubmit={onSubmit} noValidate className="space-y-5" aria-label={props.ariaLabel}>
          <ErrorSummary errors={form.formState.errors} formError={formError} labels={props.labels} submitCount={form.formState.submitCount} />
          <RadioGroup name={decisionName} legend={props.labels.decision} options={props.options} columns={props.columns} large={props.large} />
          {props.extra?.(decision)}
          <TextArea name={noteName} label={props.labels.note} hint={props.noteHint} rows={props.noteRows ?? 4} maxLength={props.noteMaxLength} />
          <SubmitButton variant={props.submitVariant} className={props.submitClassName}>{props.labels.submit}</SubmitButton>
        </form>
      </FormProvider>
    </FieldIdScope>
  );
}
