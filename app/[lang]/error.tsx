"use client";

import Link from "next/link";
import { useParams } from "next/navigation";
import { useErrorText } from "@/components/shells/error-text";
import { isLang } from "@/lib/i18n/settings";

/**
 * Unexpected errors: a calm localized message; the details go to the server log, never to the page. The words come
 * from the root layout (ErrorTextProvider), not from i18next: this boundary is in every page's first load.
 */
export default function ErrorPage({ reset }: { reset: () => void }) {
  const text = useErrorText();
  const params = useParams<{ lang?: string }>();
  const lang = isLang(params?.lang) ? params.lang : "ar";
  return (
    <main id="main" className="mx-auto flex min-h-[70dvh] max-w-xl flex-col items-center justify-center px-4 text-center">
      <p className="text-6xl font-bold text-brand-600 tabular-nums">500</p>
      <h1 className="mt-4 text-2xl font-bold text-brand-900">{text.title}</h1>
      <p className="mt-2 text-slate-600">{text.body}</p>
      <div className="mt-6 flex gap-3">
        <button type="button" onClick={reset} className="min-h-11 rounded-lg bg-brand-600 px-5 py-2.5 font-bold text-white hover:bg-brand-700">{text.tryAgain}</button>
        <Link href={`/${lang}`} className="min-h-11 rounded-lg border border-sand-200 px-5 py-2.5 font-bold">{text.backHome}</Link>
      </div>
    </main>
  );
}
