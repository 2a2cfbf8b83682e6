import type { ReactNode } from "react";
import { PortalShell } from "@/components/shells/portal-shell";
import { requirePageActor } from "@/lib/auth/require-actor";
import { langOf } from "@/lib/i18n/params";

/** The staff shell. Each page checks its own permission too: layouts are not re-run on every navigation. */
export default async function StaffLayout({ children, params }: { children: ReactNode; params: Promise<{ lang: string }> }) {
  const lang = await langOf(params);
  const actor = await requirePageActor(lang, "staff.dashboard", `/${lang}/staff`);
  return (
    <PortalShell lang={lang} actor={actor} audience="staff">
      {children}
    </PortalShell>
  );
}
