"use client";

import { useRouter } from "next/navigation";
import { useId, useRef, useState, useTransition } from "react";
import { useT } from "@/components/i18n/use-t";
import { withT } from "@/components/i18n/with-t";
import { useFocusOnMount } from "@/components/forms/focus-on-mount";
import { useAnnounce } from "@/components/forms/notice-slot";
import type { FormAction } from "@/components/forms/use-action-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { useHydrated } from "@/components/ui/use-hydrated";
import { translateMessage } from "@/lib/i18n/core";
import { doneMessageKey, inSentence, type CommandDone } from "@/components/forms/command-done";

/**
 * One button that runs one command with a fixed input — sign a document, verify a member, remove a holiday, disable
 * a kiosk, issue a certificate — the one way the portal does it (it replaced three private copies).
 * - The server decides: a refusal is said in words beside the button (role="alert", its key translated when drawn:
 *   the namespace may still be loading, decision 037) and the button stays for another try.
 * - A success is said in the page's notice slot, then the page is refreshed from the server: the button is usually
 *   drawn only while its command is possible, so a notice beside it would go with it (decision 052).
 * - Disabled until hydrated: the server's HTML of a button does nothing on its own, and a click on it was lost without
 *   a word (a CI run: the committee's "verify" pressed while the page still loaded its translations).
 * - An irreversible command asks first, in the page (not the browser's `window.confirm`, whose dialog is titled by the
 *   browser in its own language and direction): the button stays where it was, the question opens below it and takes
 *   the focus, the command runs only from the question's own button; "cancel" or Escape closes it, focus back.
 * - Nothing is sent twice while it runs. `testId` names the command (the button and its refusal), not the button.
 */
export const CommandButton = withT(function CommandButton({
  action,
  input,
  label,
  ariaLabel,
  variant = "primary",
  confirm,
  done,
  testId,
}: {
  action: FormAction<unknown>;
  input: Record<string, unknown>;
  label: string;
  ariaLabel?: string;
  variant?: "primary" | "secondary" | "danger" | "ghost";
  /** The question asked first (an irreversible command); "cancel" sends nothing. */
  confirm?: string;
  done: CommandDone;
  testId?: string;
}) {
  const { t } = useT();
  const router = useRouter();
  const announce = useAnnounce();
  const hydrated = useHydrated();
  const [pending, start] = useTransition();
  const [refusal, setRefusal] = useState<string | null>(null);
  const [asking, setAsking] = useState(false);
  const id = useId();
  const buttonRef = useRef<HTMLButtonElement>(null);
  const questionRef = useFocusOnMount<HTMLParagraphElement>(asking);
  const stopAsking = () => {
    setAsking(false);
    buttonRef.current?.focus();
  };
  const run = () => {
    setAsking(false);
    start(async () => {
      const result = await action(input);
      if (!result.ok) {
        setRefusal(result.formError ?? Object.values(result.fieldErrors ?? {})[0] ?? "errors:INTERNAL");
        return;
      }
      setRefusal(null);
      announce({ messageKey: doneMessageKey(done, result.data), testId: "command-done" });
      router.refresh();
    });
  };
  return (
    <div className="flex flex-col items-start gap-2" data-testid={testId}>
      <Button
        ref={buttonRef}
        type="button"
        variant={variant}
        // A second click while the question is open does nothing: a double click must not reach the question's button.
        onClick={confirm ? () => setAsking(true) : run}
        disabled={pending || !hydrated}
        aria-busy={pending || undefined}
        aria-label={ariaLabel}
        aria-expanded={confirm ? asking : undefined}
        aria-controls={confirm && asking ? `${id}-confirm` : undefined}
      >
        {label}
      </Button>
      {asking && (
        <div
          id={`${id}-confirm`}
          role="group"
          aria-labelledby={`${id}-question`}
          className="space-y-3 rounded-lg border border-red-300 bg-red-50 p-3"
          data-testid="command-confirm"
          onKeyDown={(e) => e.key === "Escape" && stopAsking()}
        >
          <p id={`${id}-question`} ref={questionRef} tabIndex={-1} className="font-bold text-red-900 focus:outline-none">{confirm}</p>
          <div className="flex flex-wrap gap-2">
            <Button type="button" variant="danger" onClick={run} disabled={pending}>{t("common:commandConfirm", { action: inSentence(label) })}</Button>
            <Button type="button" variant="ghost" onClick={stopAsking}>{t("common:commandCancel")}</Button>
          </div>
        </div>
      )}
      {refusal && <Alert tone="error" testId="command-refused" title={translateMessage(t, refusal)} />}
    </div>
  );
});
