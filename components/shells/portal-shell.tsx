import Link from "next/link";
import type { ReactNode } from "react";
import type { Actor } from "@/lib/auth/actor";
import { actorAllows } from "@/lib/auth/office-block";
import type { Audience } from "@/lib/auth/roles";
import { devSmsEnabled } from "@/lib/env";
import { getT } from "@/lib/i18n/server";
import type { Lang } from "@/lib/i18n/settings";
import { Icon } from "@/components/ui/icon";
import { NAV } from "@/components/shells/nav";
import { SiteFooter } from "@/components/shells/site-footer";
import { SiteHeader } from "@/components/shells/site-header";

/**
 * The signed-in shell of one audience: the shared header, the audience's navigation (a side column on
 * wide screens, a scrolling strip on a phone) and the page.
 */
export function PortalShell({ lang, actor, audience, children }: { lang: Lang; actor: Actor; audience: Audience; children: ReactNode }) {
  const t = getT(lang);
  const items = NAV[audience].filter((i) => (!i.permission || actorAllows(actor, i.permission)) && (i.permission !== "sms.log.read" || devSmsEnabled()));
  return (
    <div className="flex min-h-dvh flex-col">
      <SiteHeader lang={lang} actor={actor} />
      <div className="mx-auto w-full max-w-7xl flex-1 px-4 py-6 lg:grid lg:grid-cols-[15rem_1fr] lg:gap-8 print:block print:max-w-none print:p-0">
        <nav aria-label={t(`nav:${audience}.label`)} className="print:hidden -mx-4 mb-6 overflow-x-auto px-4 lg:mx-0 lg:mb-0 lg:px-0">
          <p className="mb-2 hidden text-xs font-bold uppercase tracking-wide text-slate-500 lg:block">{t(`nav:${audience}.label`)}</p>
          <ul className="flex gap-2 lg:flex-col lg:gap-1">
            {items.map((item) => (
              <li key={item.href} className="shrink-0">
                <Link href={`/${lang}${item.href}`} className="flex min-h-11 items-center gap-2 rounded-lg px-3 py-2 text-sm font-semibold text-slate-700 hover:bg-brand-50 hover:text-brand-800">
                  <Icon name={item.icon} />
                  {t(item.labelKey as "nav:citizen.dashboard")}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        <main id="main" className="min-w-0">
          {children}
        </main>
      </div>
      <SiteFooter lang={lang} />
    </div>
  );
}
