import Link from "next/link";
import { getT } from "@/lib/i18n/server";
import type { Lang } from "@/lib/i18n/settings";

/**
 * `signedIn` drops the sign-in link (issue 17, item 10: no sign-in link for someone already signed in). The links do
 * not prefetch, like the header's (docs/decisions/047-shell-links-without-prefetch.md).
 */
export function SiteFooter({ lang, signedIn = false }: { lang: Lang; signedIn?: boolean }) {
  const t = getT(lang);
  return (
    <footer className="on-dark print:hidden mt-16 border-t border-sand-200 bg-brand-900 text-brand-50">
      <div className="mx-auto grid max-w-7xl gap-8 px-4 py-10 text-sm sm:grid-cols-3">
        <div>
          <p className="font-bold">{t("common:portalName")}</p>
          <p className="mt-2 text-brand-100">{t("common:footer.about")}</p>
        </div>
        <div>
          <p className="font-bold">{t("common:footer.linksTitle")}</p>
          <ul className="mt-2">
            <li><Link prefetch={false} className="inline-flex min-h-11 items-center hover:underline" href={`/${lang}#services`}>{t("common:footer.services")}</Link></li>
            <li><Link prefetch={false} className="inline-flex min-h-11 items-center hover:underline" href={`/${lang}/offices`}>{t("supervision:public.footerLink")}</Link></li>
            <li><Link prefetch={false} className="inline-flex min-h-11 items-center hover:underline" href={`/${lang}/inquiry`}>{t("inquiry:title")}</Link></li>
            <li><Link prefetch={false} className="inline-flex min-h-11 items-center hover:underline" href={`/${lang}/tenders`}>{t("tenders:public.title")}</Link></li>
            {signedIn ? null : <li><Link prefetch={false} className="inline-flex min-h-11 items-center hover:underline" href={`/${lang}/sign-in`}>{t("auth:signIn")}</Link></li>}
          </ul>
        </div>
        <div>
          <p className="font-bold">{t("common:footer.contactTitle")}</p>
          <p className="mt-2 text-brand-100">{t("common:footer.unifiedNumber")} <span dir="ltr" className="font-bold text-white">940</span></p>
          <p className="text-brand-100">{t("common:footer.emergency")} <span dir="ltr" className="font-bold text-white">911</span></p>
        </div>
      </div>
      <p className="border-t border-brand-800 py-4 text-center text-xs text-brand-200">{t("common:footer.rights", { year: new Date().getFullYear() })}</p>
    </footer>
  );
}
