"use client";

import type { ReactNode } from "react";
import { I18nextProvider, useTranslation } from "react-i18next";
import { createI18n, type T } from "@/lib/i18n/core";
import { NAMESPACES } from "@/lib/i18n/resources";
import type { Lang } from "@/lib/i18n/settings";

/**
 * One i18next instance per language for the process (never changed after init: no changeLanguage), so the
 * server does not build one for every page it renders (issue 16), and the browser one per language.
 */
const instances = new Map<Lang, ReturnType<typeof createI18n>>();

/** Gives client components `useTranslation()` in the page's language. */
export function I18nProvider({ lang, children }: { lang: Lang; children: ReactNode }) {
  let i18n = instances.get(lang);
  if (!i18n) instances.set(lang, (i18n = createI18n(lang)));
  return <I18nextProvider i18n={i18n}>{children}</I18nextProvider>;
}

/** `t` for client components, taking "ns:key" for every namespace. */
export function useT(): { t: T } {
  const { t } = useTranslation(NAMESPACES);
  return { t: t as unknown as T };
}
