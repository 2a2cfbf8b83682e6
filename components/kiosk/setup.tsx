"use client";

import { useState } from "react";
import { useT } from "@/components/i18n/use-t";
import { useHydrated } from "@/components/ui/use-hydrated";
import { withT } from "@/components/i18n/with-t";
import { translateMessage } from "@/lib/i18n/core";
import { KioskKeyboard } from "@/components/kiosk/keyboard";
import type { Lang } from "@/lib/i18n/settings";
import kiosksMessages from "@/lib/i18n/bundles/kiosks";

/** Setting up a kiosk's screen: the technician types the device key shown once on the fleet page. */
export const KioskSetup = withT(function KioskSetup({ lang }: { lang: Lang }) {
  const { t } = useT(kiosksMessages);
  const [key, setKey] = useState("");
  const [error, setError] = useState<string | null>(null);
  const hydrated = useHydrated(); // the save button is in the server's HTML: disabled until its click can run
  async function save() {
    const res = await fetch("/api/kiosk/device", { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify({ key }) }).catch(() => null);
    const body = (await res?.json().catch(() => null)) as { ok: boolean; error?: string } | null;
    if (body?.ok) window.location.assign(`/${lang}/kiosk`);
    else setError(body?.error ?? "kiosks:errors.network");
  }
  return (
    <main id="main" className="mx-auto flex min-h-dvh max-w-4xl flex-col justify-center gap-6 p-10" data-testid="kiosk-setup">
      <h1 className="text-5xl font-bold text-brand-900">{t("kiosks:setup.title")}</h1>
      <p className="text-2xl text-slate-700">{t("kiosks:setup.body")}</p>
      <label htmlFor="device-key" className="text-3xl font-bold text-brand-900">{t("kiosks:setup.key")}</label>
      <input id="device-key" value={key} onChange={(e) => setKey(e.target.value.trim())} dir="ltr" autoComplete="off" inputMode="none" className="min-h-20 rounded-2xl border-2 border-sand-300 bg-white px-4 text-xl" />
      <KioskKeyboard layout="key" onKey={(k) => setKey((v) => v + k)} onBackspace={() => setKey((v) => v.slice(0, -1))} />
      {error && <p role="alert" className="rounded-2xl bg-red-50 p-5 text-2xl text-red-800">{translateMessage(t, error)}</p>}
      <button type="button" disabled={!hydrated} onClick={() => void save()} className="min-h-24 rounded-2xl bg-brand-700 text-3xl font-bold text-white disabled:opacity-60">{t("kiosks:setup.save")}</button>
    </main>
  );
});
