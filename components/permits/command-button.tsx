"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { useT } from "@/components/i18n/use-t";
import { withT } from "@/components/i18n/with-t";
import type { FormAction } from "@/components/forms/use-action-form";
import { useAnnounce } from "@/components/forms/notice-slot";
import { Button } from "@/components/ui/button";
import { translateMessage } from "@/lib/i18n/core";

/**
 * One button that runs one command (issue a certificate, issue a clearance, request a connection): the server
 * decides; a refusal is shown in words beside the button (role="alert"); a success in the page's notice slot, then the
 * page is refreshed from the server — the button is drawn only while its command is possible, so a notice beside it
 * would go with it (components/forms/notice-slot.tsx).
 */
export const CommandButton = withT(function CommandButton(props: {
  action: FormAction;
  input: Record<string, string>;
  label: string;
  /** A message key for the success line, its fixed parameters, and parameters taken from the command's result (param → result field). */
  successKey: string;
  successParams?: Record<string, string>;
  resultParams?: Record<string, string>;
  variant?: "primary" | "secondary";
  testId?: string;
}) {
  const { t } = useT();
  const router = useRouter();
  const [pending, start] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const announce = useAnnounce();
  const run = () =>
    start(async () => {
      setError(null);
      const r = await props.action(props.input);
      if (!r.ok) {
        setError(r.formError ?? Object.values(r.fieldErrors ?? {})[0] ?? "errors:INTERNAL");
        return;
      }
      const data = (r.data ?? {}) as Record<string, unknown>;
      const params = new URLSearchParams(props.successParams ?? {});
      for (const [param, field] of Object.entries(props.resultParams ?? {})) params.set(param, String(data[field] ?? ""));
      announce({ messageKey: `${props.successKey}?${params.toString()}`, testId: "command-done" });
      router.refresh();
    });
  return (
    <div className="space-y-2" data-testid={props.testId}>
      <Button type="button" variant={props.variant ?? "primary"} onClick={run} disabled={pending} aria-busy={pending || undefined}>
        {props.label}
      </Button>
      {error && (
        <p role="alert" className="rounded-lg border border-red-200 bg-red-50 p-3 text-sm font-bold text-red-800" data-testid="command-error">
          {translateMessage(t, error)}
        </p>
      )}
    </div>
  );
});
