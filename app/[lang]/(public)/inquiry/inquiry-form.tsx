"use client";

import { useActionState } from "react";
import type { InquiryState } from "./actions";

/**
 * The inquiry as a POST server action (works without JavaScript too): fields, answer and the owner's code are
 * rendered on the server and come back as the action's state; the form is keyed by attempt so the fields show
 * exactly what was submitted (nothing typed is lost on an error).
 */
export function InquiryForm({ action, initial }: { action: (prev: InquiryState, formData: FormData) => Promise<InquiryState>; initial: InquiryState }) {
  const [state, formAction] = useActionState(action, initial);
  return (
    <form key={state.attempt} action={formAction} noValidate aria-labelledby="inquiry-form-title" className="group mt-6 grid gap-6 lg:grid-cols-[1fr_1fr] lg:items-start">
      {state.view}
    </form>
  );
}
