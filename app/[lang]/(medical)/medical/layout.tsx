import type { ReactNode } from "react";
import { PortalShell } from "@/components/shells/portal-shell";
import { requirePageActor } from "@/lib/auth/require-actor";
import { langOf } from "@/lib/i18n/params";

/** The medical center's shell (examiners of accredited centers). Each page checks its own permission too. */
export default async function MedicalLayout({ children, params }: { children: ReactNode; params: Promise<{ lang: string }> }) {
  const lang = await langOf(params);
  const actor = await requirePageActor(lang, "medical.dashboard", `/${lang}/medical`);
  return (
    <PortalShell lang={lang} actor={actor} audience="medical">
      {children}
    </PortalShell>
  );
}
