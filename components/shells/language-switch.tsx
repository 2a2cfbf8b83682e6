"use client";

import { usePathname, useSearchParams } from "next/navigation";
import { useT } from "@/components/i18n/use-t";
import { switchLangPath, type Lang } from "@/lib/i18n/settings";

/**
 * Links to the same page in the other language, keeping the query string. A plain link on purpose: the whole
 * document changes language and direction (a full load, which also remembers the choice in the `lang` cookie),
 * and no page prefetches the other language on every view.
 */
export function LanguageSwitch({ lang }: { lang: Lang }) {
  const { t } = useT();
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
      {t("common:language.switchTo")}
    </a>
  );
}
