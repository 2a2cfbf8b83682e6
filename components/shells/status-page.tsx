import Link from "next/link";
import { headers } from "next/headers";
import { SiteFooter } from "@/components/shells/site-footer";
import { SiteHeader } from "@/components/shells/site-header";
import type { Actor } from "@/lib/auth/actor";
import { currentActor } from "@/lib/auth/require-actor";
import { officeBlockedError } from "@/lib/auth/office-block";
import { AUDIENCE_HOME, homeAudience } from "@/lib/auth/roles";
import { withParams } from "@/lib/action-result";
import { getT, tMessage } from "@/lib/i18n/server";
import { requestLang } from "@/lib/i18n/request-lang";
import type { Lang } from "@/lib/i18n/settings";

type StatusKey = "forbidden" | "notFound";

/**
 * The 403 and 404 pages, rendered on the server inside the site's header and footer. The special files
 * take no props, so the language comes from the `x-lang` header that proxy.ts sets.
 */
export async function StatusPage({ code, kind }: { code: 403 | 404; kind: StatusKey }) {
  const lang = await requestLang();
  const t = getT(lang);
  const actor = await currentActor();
  // A member of a suspended / revoked / pending office is told why (lib/auth/office-block.ts), not just "403".
  // Only on the office's own pages: elsewhere (a citizen who applied to found an office opening /staff) it is a plain 403.
  const onOfficePage = /^\/[a-z]{2}\/office(\/|$)/.test((await headers()).get("x-path") ?? "");
  const block = kind === "forbidden" && onOfficePage ? (actor?.officeBlock ?? null) : null;
  const home = actor ? `/${lang}${AUDIENCE_HOME[homeAudience([...actor.roles, ...(block?.roles ?? [])])]}` : `/${lang}`;
  const heading = block ? t(`penalties:blocked.title.${block.status}`) : t(`errors:pages.${kind}Title`);
  return (
    <div className="flex min-h-dvh flex-col">
      {/* forbidden() or notFound() thrown inside a page keeps that page's metadata (its title names the page refused):
          React hoists this title into the head, where it comes first, so the tab says what happened. */}
      <title>{`${heading} · ${t("common:portalName")}`}</title>
      <SiteHeader lang={lang} actor={actor} />
      <main id="main" className="mx-auto flex w-full max-w-xl flex-1 flex-col items-center justify-center px-4 py-16 text-center">
        <p className="text-6xl font-bold text-brand-600 tabular-nums">{code}</p>
        {block ? (
          <>
            <h1 className="mt-4 text-2xl font-bold text-brand-900">{heading}</h1>
            <p className="mt-2 text-slate-700" role="alert" data-testid="office-blocked">{blockedMessage(lang, block)}</p>
            {block.roles.includes("OFFICE_MANAGER") && block.status !== "PENDING" ? (
              <Link href={`/${lang}/office/compliance`} className="mt-4 font-bold text-brand-700 underline underline-offset-4">
                {t("penalties:blocked.toCompliance")}
              </Link>
            ) : null}
          </>
        ) : (
          <>
            <h1 className="mt-4 text-2xl font-bold text-brand-900">{heading}</h1>
            <p className="mt-2 text-slate-600">{t(`errors:pages.${kind}Body`)}</p>
          </>
        )}
        <Link href={home} className="mt-6 min-h-11 rounded-lg bg-brand-600 px-5 py-2.5 font-bold text-white hover:bg-brand-700">
          {actor ? t("common:backToDashboard") : t("common:backHome")}
        </Link>
      </main>
      <SiteFooter lang={lang} signedIn={!!actor} />
    </div>
  );
}

function blockedMessage(lang: Lang, block: NonNullable<Actor["officeBlock"]>): string {
  const e = officeBlockedError(block, lang);
  return tMessage(lang, withParams(e.messageKey, e.params));
}
