import type { ReactNode } from "react";
import { PortalShell } from "@/components/shells/portal-shell";
import { OfficeBlockBanner } from "@/components/supervision/office-block-banner";
import { requirePageActor } from "@/lib/auth/require-actor";
import { langOf } from "@/lib/i18n/params";

/** The office shell. Each page checks its own permission too: layouts are not re-run on every navigation. */
export default async function OfficeLayout({ children, params }: { children: ReactNode; params: Promise<{ lang: string }> }) {
  const lang = await langOf(params);
  const actor = await requirePageActor(lang, "office.dashboard", `/${lang}/office`);
  return (
    <PortalShell lang={lang} actor={actor} audience="office">
      <OfficeBlockBanner lang={lang} actor={actor} />
      {children}
    </PortalShell>
  );
}
