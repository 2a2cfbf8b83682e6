import Link from "next/link";
import { headers } from "next/headers";
import { getT } from "@/lib/i18n/server";
import { DEFAULT_LANG, isLang, type Lang } from "@/lib/i18n/settings";

/** An unknown receipt code: a clear answer (HTTP 404) inside the public layout. */
export default async function ReceiptNotFound() {
  const fromProxy = (await headers()).get("x-lang");
  const lang: Lang = isLang(fromProxy) ? fromProxy : DEFAULT_LANG;
  const t = getT(lang);
  return (
    <div className="mx-auto max-w-2xl px-4 py-10">
      <h1 className="text-2xl font-bold text-brand-900 sm:text-3xl">{t("payments:verify.title")}</h1>
      <section data-testid="receipt-not-found" role="alert" className="mt-6 rounded-xl border border-red-200 border-s-4 bg-red-50 p-5 text-red-900">
        <p className="text-lg font-bold">{t("payments:verify.notFoundTitle")}</p>
        <p className="mt-1 text-sm">{t("payments:verify.notFoundBody")}</p>
      </section>
      <p className="mt-6 text-sm">
        <Link className="font-semibold text-brand-700 underline" href={`/${lang}/bills/inquiry`}>{t("payments:verify.inquiryLink")}</Link>
      </p>
    </div>
  );
}
