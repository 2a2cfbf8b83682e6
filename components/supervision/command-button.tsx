"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { useT } from "@/components/i18n/use-t";
import { withT } from "@/components/i18n/with-t";
import { Button } from "@/components/ui/button";
import { useHydrated } from "@/components/ui/use-hydrated";
import type { ActionResult } from "@/lib/action-result";
import { translateMessage } from "@/lib/i18n/core";

/**
 * One button that runs one server action with a fixed input, then refreshes the page; the refusal is shown beside it.
 * Disabled until hydrated: a click on the server's HTML of it was lost without a word (seen in a CI run: the
 * committee's "verify" pressed while the page was still loading its translations).
 */
export const CommandButton = withT(function CommandButton({
  action,
  input,
  label,
  variant = "secondary",
  confirm,
  testId,
}: {
  action: (input: unknown) => Promise<ActionResult<unknown>>;
  input: Record<string, unknown>;
  label: string;
  variant?: "primary" | "secondary" | "danger" | "ghost";
  confirm?: string;
  testId?: string;
}) {
  const { t } = useT();
  const router = useRouter();
  const [error, setError] = useState<string | undefined>();
  const [pending, start] = useTransition();
  const hydrated = useHydrated();
  return (
    <div className="flex flex-col items-start gap-1">
      <Button
        type="button"
        variant={variant}
        disabled={pending || !hydrated}
        data-testid={testId}
        onClick={() => {
          if (confirm && !window.confirm(confirm)) return;
          setError(undefined);
          start(async () => {
            const r = await action(input);
            if (r.ok) router.refresh();
            else setError(r.formError ?? "errors:INTERNAL");
          });
        }}
      >
        {label}
      </Button>
      {error && (
        <p role="alert" className="text-sm font-bold text-red-700">
          {translateMessage(t, error)}
        </p>
      )}
    </div>
  );
});
