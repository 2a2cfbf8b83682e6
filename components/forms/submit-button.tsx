"use client";

import { useContext, type ComponentProps, type ReactNode } from "react";
import { useFormContext, useFormState } from "react-hook-form";
import { InsideDeferredForm } from "@/components/forms/deferred-context";
import { Button } from "@/components/ui/button";
import { useHydrated } from "@/components/ui/use-hydrated";

type Props = Omit<ComponentProps<typeof Button>, "type"> & {
  /** Said on the button while the form is being sent ("Sending…"); the label otherwise. */
  busyLabel?: ReactNode;
};

/**
 * The submit button of a form-kit form (inside its `FormProvider`): the one way to send a form whose submission is
 * JavaScript (react-hook-form and a server action).
 *
 * - While the form is being sent it is disabled and `aria-busy` (nothing sent twice), and says `busyLabel`.
 * - **Until the page is hydrated it is disabled**, in a form hydrated with the page (staff and office forms): the
 *   server's HTML of such a form has no action of its own, so a press, or Enter in a field (a form does not submit
 *   implicitly when its default button is disabled), would post the fields to the page itself, which does not read
 *   them, and the page would come back empty — what was typed lost (seen in CI: the inspector's violation form).
 * - Inside a deferred form (decision 045) it is enabled from the start: there the wrapper holds an early press and
 *   does it again once the form is alive, and a disabled button would not be pressed at all.
 */
export function SubmitButton({ busyLabel, disabled, children, ...props }: Props) {
  const form = useFormContext();
  // Said plainly: without it, react-hook-form fails on reading `control` of null, far from the cause.
  if (!form) throw new Error("SubmitButton outside its form's <FormProvider {...form}>");
  const { isSubmitting } = useFormState({ control: form.control });
  const hydrated = useHydrated();
  const heldUntilAlive = useContext(InsideDeferredForm);
  return (
    <Button type="submit" disabled={Boolean(disabled) || isSubmitting || !(hydrated || heldUntilAlive)} aria-busy={isSubmitting || undefined} {...props}>
      {isSubmitting && busyLabel !== undefined ? busyLabel : children}
    </Button>
  );
}
