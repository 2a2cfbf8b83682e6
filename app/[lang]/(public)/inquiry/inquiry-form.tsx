"use client";

import { useActionState } from "react";
import type { InquiryState } from "./actions";

/**
 * The inquiry as a POST server action: fields, answer and the owner's code are rendered on the server and come back
 * as the action's state; the form is keyed by attempt so the fields show exactly what was submitted (nothing typed is
 * lost on an error). Only the attempt counter goes back to the server, never the rendered view: React re-encoding
 * the previous server-rendered answer could fail on the server ("Invalid forward reference", a 500 on the next
 * inquiry after a shop license looked up by commercial registration).
 */
export function InquiryForm({ action, initial }: { action: (prev: InquiryState, formData: FormData) => Promise<InquiryState>; initial: InquiryState }) {
  const [state, formAction] = useActionState((prev: InquiryState, formData: FormData) => action({ attempt: prev.attempt, view: null }, formData), initial);
  return (
    // data-attempt: which answer is on screen, so a journey can wait for the next one rather than read the last.
    <form key={state.attempt} data-attempt={state.attempt} action={formAction} noValidate aria-labelledby="inquiry-form-title" className="group mt-6 grid gap-6 lg:grid-cols-[1fr_1fr] lg:items-start">
      {state.view}
    </form>
  );
}
