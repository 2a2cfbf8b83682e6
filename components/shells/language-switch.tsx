"use client";

import { usePathname, useSearchParams } from "next/navigation";
import { switchLangPath, type Lang } from "@/lib/i18n/settings";

/**
 * Links to the same page in the other language, keeping the query string. A plain link on purpose: the whole
 * document changes language and direction (a full load, which also remembers the choice in the `lang` cookie),
 * and no page prefetches the other language on every view. Its label comes translated from the server header: the
 * header is on every page, and a page should not download i18next for one word (decision 040).
 */
export function LanguageSwitch({ lang, label }: { lang: Lang; label: string }) {
  const pathname = usePathname();
  const search = useSearchParams();
  const other: Lang = lang === "ar" ? "en" : "ar";
  const qs = search.toString();
  return (
    <a
      href={`${switchLangPath(pathname, other)}${qs ? `?${qs}` : ""}`}
      hrefLang={other}
      lang={other}
      className="inline-flex min-h-11 min-w-11 items-center justify-center rounded px-3 font-bold underline-offset-4 hover:underline"
      data-testid="language-switch"
    >
      {label}
    </a>
  );
}
