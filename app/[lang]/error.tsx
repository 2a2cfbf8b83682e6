"use client";

import { useErrorText } from "@/components/shells/error-text";

/**
 * Unexpected errors: a calm localized message; the details go to the server log, never to the page. The words and
 * the home page's address come from the root layout (ErrorTextProvider), not from i18next or the router: this
 * boundary is in every page's first load, in a chunk of its own, and each framework module it imported (next/link,
 * next/navigation) was copied into that chunk beside the shell's copy (≈ 3 kB compressed on every page, issue 16).
 * "Back home" is a plain link: after an unexpected error a full load is the safer way out (nothing of the client
 * state that failed is kept).
 */
export default function ErrorPage({ reset }: { reset: () => void }) {
  const text = useErrorText();
  return (
    <main id="main" className="mx-auto flex min-h-[70dvh] max-w-xl flex-col items-center justify-center px-4 text-center">
      <p className="text-6xl font-bold text-brand-600 tabular-nums">500</p>
      <h1 className="mt-4 text-2xl font-bold text-brand-900">{text.title}</h1>
      <p className="mt-2 text-slate-600">{text.body}</p>
      <div className="mt-6 flex gap-3">
        <button type="button" onClick={reset} className="min-h-11 rounded-lg bg-brand-600 px-5 py-2.5 font-bold text-white hover:bg-brand-700">{text.tryAgain}</button>
        <a href={text.homeHref} className="min-h-11 rounded-lg border border-sand-200 px-5 py-2.5 font-bold">{text.backHome}</a>
      </div>
    </main>
  );
}
