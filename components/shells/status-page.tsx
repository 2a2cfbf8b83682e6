"use client";

import Link from "next/link";
import { useParams } from "next/navigation";
import { useT } from "@/components/i18n-provider";
import { isLang } from "@/lib/i18n/settings";

/** 403 / 404 / 500 pages: the special files take no props, so the language comes from the URL. */
export function StatusPage({ code, titleKey, bodyKey }: { code: number; titleKey: string; bodyKey: string }) {
  const { t } = useT();
  const params = useParams<{ lang?: string }>();
  const lang = isLang(params?.lang) ? params.lang : "ar";
  const tt = t as unknown as (k: string) => string;
  return (
    <main id="main" className="mx-auto flex min-h-[70dvh] max-w-xl flex-col items-center justify-center px-4 text-center">
      <p className="text-6xl font-bold text-brand-600 tabular-nums">{code}</p>
      <h1 className="mt-4 text-2xl font-bold text-brand-900">{tt(titleKey)}</h1>
      <p className="mt-2 text-slate-600">{tt(bodyKey)}</p>
      <Link href={`/${lang}`} className="mt-6 min-h-11 rounded-lg bg-brand-600 px-5 py-2.5 font-semibold text-white hover:bg-brand-700">
        {t("common:backHome")}
      </Link>
    </main>
  );
}
