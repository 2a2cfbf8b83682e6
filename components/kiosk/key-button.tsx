"use client";

import { useState, useTransition } from "react";
import { useT } from "@/components/i18n/use-t";
import { withT } from "@/components/i18n/with-t";
import { Button } from "@/components/ui/button";
import { useHydrated } from "@/components/ui/use-hydrated";
import type { ActionResult } from "@/lib/action-result";
import { translateMessage } from "@/lib/i18n/core";
import kiosksMessages from "@/lib/i18n/bundles/kiosks";

/**
 * Rotates a kiosk's device key and shows the new key ONCE (only its hash is stored; a reload never shows it again).
 * Not the form kit's CommandButton: its result is a secret shown beside it, not a notice. Disabled until hydrated,
 * like every command button (decision 053).
 */
export const KeyButton = withT(function KeyButton({ action, kioskId, label }: { action: (input: unknown) => Promise<ActionResult<{ deviceKey: string }>>; kioskId: string; label: string }) {
  const { t } = useT(kiosksMessages);
  const [key, setKey] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [pending, start] = useTransition();
  const hydrated = useHydrated();
  return (
    <div className="flex flex-col items-start gap-1">
      <Button type="button" variant="secondary" disabled={pending || !hydrated} onClick={() => start(async () => {
        const r = await action({ kioskId });
        if (r.ok) setKey(r.data.deviceKey);
        else setError(r.formError ?? "errors:INTERNAL");
      })}>{label}</Button>
      {key && <p role="status" className="max-w-xs break-all text-sm" data-testid="new-device-key"><bdi dir="ltr">{t("kiosks:fleet.newKey", { key })}</bdi></p>}
      {error && <p role="alert" className="text-sm text-red-700">{translateMessage(t, error)}</p>}
    </div>
  );
});
