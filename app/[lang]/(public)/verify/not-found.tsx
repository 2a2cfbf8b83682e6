import Link from "next/link";
import { headers } from "next/headers";
import { Ltr } from "@/components/ui/ltr";
import { getT } from "@/lib/i18n/server";
import { requestLang } from "@/lib/i18n/request-lang";
import { safeDecodeURIComponent } from "@/lib/kernel/decode";

/**
 * An unknown code under /verify/* (license, health certificate, receipt, permit, certificate): the page says plainly
 * that the document could not be verified and may not be genuine, instead of the site's "page not found" (issue 17,
 * item 8). It is still a 404: notFound() in the page renders this file with that status.
 */
export default async function VerifyNotFound() {
  const lang = await requestLang();
  const t = getT(lang);
  const path = (await headers()).get("x-path") ?? "";
  const code = /^\/[a-z]{2}\/verify\/[a-z-]+\/([^/?#]{1,80})$/.exec(path)?.[1];
  return (
    <div className="mx-auto max-w-2xl px-4 py-10">
      <h1 className="text-2xl font-bold text-brand-900 sm:text-3xl">{t("catalogue:verify.title")}</h1>
      <section role="alert" data-testid="verify-failed" className="mt-6 overflow-hidden rounded-xl border border-red-200 bg-white shadow-sm">
        <div className="flex items-start gap-4 bg-red-50 p-5 text-red-900">
          <span className="mt-1.5 size-4 shrink-0 rounded-full bg-red-700" aria-hidden="true" />
          <div className="min-w-0">
            <h2 className="text-lg font-bold" data-testid="verify-verdict">{t("wording:verify.failedTitle")}</h2>
            <p className="mt-1 text-sm">{t("wording:verify.failedBody")}</p>
          </div>
        </div>
        <div className="space-y-3 p-5 text-sm text-slate-700">
          {code ? (
            <p>
              {t("wording:verify.code")}: <Ltr className="break-all font-mono font-bold text-slate-900" testId="verify-code">{safeDecodeURIComponent(code)}</Ltr>
            </p>
          ) : null}
          <p>{t("wording:verify.checkAgain")}</p>
          <p>{t("wording:verify.report")}</p>
          <Link href={`/${lang}/verify`} className="inline-flex min-h-11 items-center rounded-lg bg-brand-600 px-5 font-bold text-white hover:bg-brand-700">
            {t("wording:verify.tryAgain")}
          </Link>
        </div>
      </section>
    </div>
  );
}
