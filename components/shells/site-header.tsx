import Link from "next/link";
import { Suspense } from "react";
import type { Actor } from "@/lib/auth/actor";
import { AUDIENCE_HOME, homeAudience } from "@/lib/auth/roles";
import { getT } from "@/lib/i18n/server";
import type { Lang } from "@/lib/i18n/settings";
import { FRONT_DOOR } from "@/components/catalogue/parts";
import { LanguageSwitch } from "@/components/shells/language-switch";
import { Logo } from "@/components/shells/logo";
import { SignOutButton } from "@/components/shells/sign-out-button";
import { localName } from "@/lib/kernel/locale";

/**
 * The header every page shares: the government strip, the portal's name, the user menu. Its links do not prefetch:
 * on every page load each link in view would cost the server two requests, for pages rendered per request anyway
 * (docs/decisions/047-shell-links-without-prefetch.md).
 */
export function SiteHeader({ lang, actor }: { lang: Lang; actor: Actor | null }) {
  const t = getT(lang);
  const name = actor ? (localName(lang, actor)) : null;
  return (
    <header className="print:hidden">
      <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:start-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2 focus:text-brand-800">
        {t("common:skipToContent")}
      </a>
      <div className="on-dark bg-brand-900 text-xs text-brand-50">
        <div className="mx-auto flex max-w-7xl items-center justify-between gap-3 px-4">
          <p className="truncate">{t("common:govStrip")}</p>
          <Suspense fallback={null}>
            <LanguageSwitch lang={lang} label={t("common:language.switchTo")} />
          </Suspense>
        </div>
      </div>
      <div className="border-b border-sand-200 bg-white">
        <div className="mx-auto flex max-w-7xl flex-wrap items-center justify-between gap-3 px-4 py-3">
          <Link prefetch={false} href={`/${lang}`} className="flex min-w-0 items-center gap-3">
            <Logo />
            <span className="min-w-0">
              <span className="block truncate text-lg font-bold text-brand-900">{t("common:portalName")}</span>
              <span className="block truncate text-xs text-slate-600">{t("common:portalTagline")}</span>
            </span>
          </Link>
          {actor ? (
            <div className="flex items-center gap-3">
              <Link prefetch={false} href={`/${lang}${AUDIENCE_HOME[homeAudience(actor.roles)]}`} className="hidden text-end sm:block" data-testid="user-menu">
                <span className="block text-sm font-bold text-slate-900">{name}</span>
                <span className="block text-xs text-slate-600">{t(`auth:roles.${actor.roles[0] ?? "CITIZEN"}`)}</span>
              </Link>
              <SignOutButton lang={lang} label={t("auth:signOut")} />
            </div>
          ) : (
            <Link prefetch={false} href={`/${lang}/sign-in`} className="min-h-11 rounded-lg bg-brand-600 px-4 py-2.5 text-sm font-bold text-white hover:bg-brand-700">
              {t("auth:signIn")}
            </Link>
          )}
        </div>
        <nav aria-label={t("catalogue:frontDoor.nav")} className="border-t border-sand-100" data-testid="front-door-nav">
          <ul className="mx-auto flex max-w-7xl flex-wrap gap-x-1 px-2 text-sm font-bold">
            {FRONT_DOOR.map((l) => (
              <li key={l.key}>
                <Link prefetch={false} href={`/${lang}${l.href}`} className="inline-flex min-h-11 items-center rounded px-2 text-brand-800 hover:bg-brand-50 hover:underline">
                  {t(`catalogue:frontDoor.${l.key}`)}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      </div>
    </header>
  );
}
