"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { useT } from "@/components/i18n/use-t";
import { withT } from "@/components/i18n/with-t";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { useAnnounce } from "@/components/forms/notice-slot";
import type { FormAction } from "@/components/forms/use-action-form";
import { translateMessage } from "@/lib/i18n/core";

const isComplete = (data: unknown) => typeof data === "object" && data !== null && (data as { complete?: unknown }).complete === true;

/**
 * A one-click command (sign, revoke a delegation, rotate a key): the server action comes in as a prop, the
 * refusal comes back as a localized message next to the button; nothing is sent twice while it runs.
 */
export const ActionButton = withT(function ActionButton({ action, input, label, ariaLabel, done, testId, variant = "primary" }: {
  action: FormAction<unknown>;
  input: Record<string, string>;
  label: string;
  ariaLabel?: string;
  /** The success message key, and the one for a completed chain when the action says so. */
  done: { key: string; completeKey?: string };
  testId?: string;
  variant?: "primary" | "secondary" | "ghost";
}) {
  const { t } = useT();
  const router = useRouter();
  const announce = useAnnounce();
  const [pending, start] = useTransition();
  // The refusal's KEY is kept, and translated when rendered: its namespace may still be loading (decision 037).
  const [refusal, setRefusal] = useState<string | null>(null);
  const run = () =>
    start(async () => {
      const result = await action(input);
      if (result.ok) {
        setRefusal(null);
        // Said in the page's notice slot: the button often goes with the new state (a signed document leaves the
        // queue, a revoked delegation its list), and a notice beside it would go too (components/forms/notice-slot.tsx).
        announce({ messageKey: isComplete(result.data) && done.completeKey ? done.completeKey : done.key, testId: "action-done" });
        router.refresh();
      } else {
        setRefusal(result.formError ?? Object.values(result.fieldErrors ?? {})[0] ?? "errors:INTERNAL");
      }
    });
  return (
    <div className="space-y-2">
      <Button type="button" variant={variant} onClick={run} disabled={pending} aria-label={ariaLabel} data-testid={testId} className="min-h-11">
        {label}
      </Button>
      {refusal && <Alert tone="error" testId="action-refused" title={translateMessage(t, refusal)} />}
    </div>
  );
});
