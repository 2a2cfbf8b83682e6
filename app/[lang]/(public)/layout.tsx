import type { ReactNode } from "react";
import { SiteFooter } from "@/components/shells/site-footer";
import { SiteHeader } from "@/components/shells/site-header";
import { currentActor } from "@/lib/auth/require-actor";
import { langOf } from "@/lib/i18n/params";

export default async function PublicLayout({ children, params }: { children: ReactNode; params: Promise<{ lang: string }> }) {
  const lang = await langOf(params);
  const actor = await currentActor();
  return (
    <div className="flex min-h-dvh flex-col">
      <SiteHeader lang={lang} actor={actor} />
      <main id="main" className="flex-1">
        {children}
      </main>
      <SiteFooter lang={lang} signedIn={!!actor} />
    </div>
  );
}
