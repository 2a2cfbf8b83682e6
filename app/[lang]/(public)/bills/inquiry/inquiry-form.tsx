"use client";

import { useActionState } from "react";
import type { InquiryState } from "./actions";

/**
 * The inquiry form as a POST server action (works without JavaScript too): the fields and the answer are
 * rendered on the server and come back as the action's state. The form is keyed by attempt so the fields
 * show exactly what was submitted.
 */
export function InquiryForm({ action, initial, labelledBy }: { action: (prev: InquiryState, formData: FormData) => Promise<InquiryState>; initial: InquiryState; labelledBy: string }) {
  const [state, formAction] = useActionState(action, initial);
  return (
    <div className="mt-6 grid gap-6 lg:grid-cols-[1fr_1fr]">
      <form key={state.attempt} action={formAction} noValidate className="group space-y-5 rounded-xl border border-sand-200 bg-white p-5 shadow-sm" aria-labelledby={labelledBy}>
        {state.form}
      </form>
      <div aria-live="polite">{state.result}</div>
    </div>
  );
}
