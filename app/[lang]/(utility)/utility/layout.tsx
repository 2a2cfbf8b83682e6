import type { ReactNode } from "react";
import { PortalShell } from "@/components/shells/portal-shell";
import { requirePageActor } from "@/lib/auth/require-actor";
import { langOf } from "@/lib/i18n/params";

/** The utility company's shell (the electricity company's employees). Each page checks its own permission too. */
export default async function UtilityLayout({ children, params }: { children: ReactNode; params: Promise<{ lang: string }> }) {
  const lang = await langOf(params);
  const actor = await requirePageActor(lang, "utility.dashboard", `/${lang}/utility`);
  return (
    <PortalShell lang={lang} actor={actor} audience="utility">
      {children}
    </PortalShell>
  );
}
