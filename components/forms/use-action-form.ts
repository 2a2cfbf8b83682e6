"use client";

import { useState } from "react";
import { useForm, type DefaultValues, type FieldValues, type Path } from "react-hook-form";
import type { z } from "zod";
import { useSchemaResolver, type SchemaSource } from "@/components/forms/schema-source";
import type { ActionResult } from "@/lib/action-result";

/** A server action handed to a form as a prop (components never import from app/). */
export type FormAction<TData = unknown> = (input: unknown) => Promise<ActionResult<TData>>;

/**
 * react-hook-form + the shared zod schema + a server action. Server-side field errors are put back
 * on their fields; nothing the user typed is cleared when the server refuses the input.
 * `schema` is a function importing it (schema-source.ts), so that zod is not in the page's first load; the habit
 * test refuses a form that imports its schema at the top.
 */
export function useActionForm<S extends z.ZodType<unknown, FieldValues>, TData>(options: {
  schema: SchemaSource<S>;
  defaultValues: DefaultValues<z.input<S>>;
  action: (values: z.output<S>) => Promise<ActionResult<TData>>;
  onSuccess?: (data: TData | undefined) => void;
}) {
  type In = z.input<S> & FieldValues;
  const resolver = useSchemaResolver<S, In, z.output<S>>(options.schema);
  const form = useForm<In, unknown, z.output<S>>({
    resolver,
    defaultValues: options.defaultValues as DefaultValues<In>,
    mode: "onTouched",
    // The error summary takes the focus and links each error to its field (see ErrorSummary).
    shouldFocusError: false,
  });
  const [formError, setFormError] = useState<string | undefined>();

  const onSubmit = form.handleSubmit(async (values) => {
    setFormError(undefined);
    const result = await options.action(values);
    if (result.ok) {
      options.onSuccess?.(result.data as TData | undefined);
      return;
    }
    for (const [name, message] of Object.entries(result.fieldErrors ?? {})) {
      form.setError(name as Path<In>, { type: "server", message });
    }
    setFormError(result.formError);
  });

  return { form, onSubmit, formError, setFormError };
}
