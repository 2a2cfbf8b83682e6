import type { ReactNode } from "react";
import { PortalShell } from "@/components/shells/portal-shell";
import { requirePageActor } from "@/lib/auth/require-actor";
import { langOf } from "@/lib/i18n/params";

/** The citizen shell. Each page checks its own permission too: layouts are not re-run on every navigation. */
export default async function CitizenLayout({ children, params }: { children: ReactNode; params: Promise<{ lang: string }> }) {
  const lang = await langOf(params);
  const actor = await requirePageActor(lang, "citizen.dashboard", `/${lang}/my`);
  return (
    <PortalShell lang={lang} actor={actor} audience="citizen">
      {children}
    </PortalShell>
  );
}
