"use client";

import { useMemo, type ReactNode } from "react";
import { I18nextProvider, useTranslation } from "react-i18next";
import { createI18n, type T } from "@/lib/i18n/core";
import { NAMESPACES } from "@/lib/i18n/resources";
import type { Lang } from "@/lib/i18n/settings";

/** Gives client components `useTranslation()` in the page's language. */
export function I18nProvider({ lang, children }: { lang: Lang; children: ReactNode }) {
  const i18n = useMemo(() => createI18n(lang), [lang]);
  return <I18nextProvider i18n={i18n}>{children}</I18nextProvider>;
}

/** `t` for client components, taking "ns:key" for every namespace. */
export function useT(): { t: T } {
  const { t } = useTranslation(NAMESPACES);
  return { t: t as unknown as T };
}
