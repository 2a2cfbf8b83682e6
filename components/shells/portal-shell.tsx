import type { ReactNode } from "react";
import type { Actor } from "@/lib/auth/actor";
import { actorAllows } from "@/lib/auth/office-block";
import type { Audience } from "@/lib/auth/roles";
import { devSmsEnabled } from "@/lib/env";
import { getT } from "@/lib/i18n/server";
import type { Lang } from "@/lib/i18n/settings";
import { NoticeSlot } from "@/components/forms/notice-slot";
import { NAV } from "@/components/shells/nav";
import { ShellNav } from "@/components/shells/shell-nav";
import { SiteFooter } from "@/components/shells/site-footer";
import { SiteHeader } from "@/components/shells/site-header";

/**
 * The signed-in shell of one audience: the shared header, the audience's navigation (a side column on
 * wide screens, a disclosure on a phone, the current page marked: components/shells/shell-nav.tsx) and the page.
 */
export function PortalShell({ lang, actor, audience, children }: { lang: Lang; actor: Actor; audience: Audience; children: ReactNode }) {
  const t = getT(lang);
  const items = NAV[audience].filter((i) => (!i.permission || actorAllows(actor, i.permission)) && (i.permission !== "sms.log.read" || devSmsEnabled()));
  return (
    <div className="flex min-h-dvh flex-col">
      <SiteHeader lang={lang} actor={actor} />
      <div className="mx-auto w-full max-w-7xl flex-1 px-4 py-6 lg:grid lg:grid-cols-[15rem_1fr] lg:gap-8 print:block print:max-w-none print:p-0">
        <ShellNav
          label={t(`nav:${audience}.label`)}
          menuLabel={t("common:navMenu")}
          links={items.map((item) => ({ href: `/${lang}${item.href}`, label: t(item.labelKey as "nav:citizen.dashboard"), icon: item.icon }))}
        />
        <main id="main" className="min-w-0 break-words">
          <NoticeSlot>{children}</NoticeSlot>
        </main>
      </div>
      <SiteFooter lang={lang} signedIn />
    </div>
  );
}
