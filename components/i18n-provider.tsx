"use client";

import { use, type ReactNode } from "react";
import type { i18n } from "i18next";
import { I18nextProvider, useTranslation } from "react-i18next";
import { createI18nFrom, type T } from "@/lib/i18n/core";
import { NAMESPACES } from "@/lib/i18n/namespaces";
import type { Lang } from "@/lib/i18n/settings";

/**
 * Each language's dictionaries are a chunk of their own, loaded by the page that needs them: an Arabic page
 * downloads Arabic only (decision 033). Two literal imports, so the bundler makes exactly two chunks.
 */
const dictionaries: Record<Lang, () => Promise<Parameters<typeof createI18nFrom>[1]>> = {
  ar: () => import("@/lib/i18n/resources-ar").then((m) => ({ ar: m.ar })),
  en: () => import("@/lib/i18n/resources-en").then((m) => ({ en: m.en })),
};

/**
 * One i18next instance per language for the process (never changed after init: no changeLanguage), so the
 * server does not build one for every page it renders (issue 16), and the browser one per language. Kept as
 * promises: `use()` suspends on the first render until the language's chunk is in, then never again.
 */
const instances = new Map<Lang, Promise<i18n>>();
function instanceFor(lang: Lang): Promise<i18n> {
  let instance = instances.get(lang);
  if (!instance) instances.set(lang, (instance = dictionaries[lang]().then((resources) => createI18nFrom(lang, resources))));
  return instance;
}

/** Gives client components `useTranslation()` in the page's language. */
export function I18nProvider({ lang, children }: { lang: Lang; children: ReactNode }) {
  const instance = use(instanceFor(lang));
  return <I18nextProvider i18n={instance}>{children}</I18nextProvider>;
}

/** `t` for client components, taking "ns:key" for every namespace. */
export function useT(): { t: T } {
  const { t } = useTranslation([...NAMESPACES]);
  return { t: t as unknown as T };
}
