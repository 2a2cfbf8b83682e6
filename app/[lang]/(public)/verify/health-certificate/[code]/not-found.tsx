import { headers } from "next/headers";
import { getT } from "@/lib/i18n/server";
import { DEFAULT_LANG, isLang, type Lang } from "@/lib/i18n/settings";

/** An unknown (or never issued) certificate code: a clear answer (HTTP 404) inside the public layout. */
export default async function HealthCertNotFound() {
  const fromProxy = (await headers()).get("x-lang");
  const lang: Lang = isLang(fromProxy) ? fromProxy : DEFAULT_LANG;
  const t = getT(lang);
  return (
    <div className="mx-auto max-w-2xl px-4 py-10">
      <h1 className="text-2xl font-bold text-brand-900 sm:text-3xl">{t("healthCerts:verify.title")}</h1>
      <section data-testid="cert-not-found" role="alert" className="mt-6 rounded-xl border border-red-200 border-s-4 bg-red-50 p-5 text-red-900">
        <p className="text-lg font-bold">{t("healthCerts:verify.notFoundTitle")}</p>
        <p className="mt-1 text-sm">{t("healthCerts:verify.notFoundBody")}</p>
      </section>
    </div>
  );
}
