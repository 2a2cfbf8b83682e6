"use client";

import dynamic from "next/dynamic";
import { lazy, useContext, type ReactNode } from "react";
import { InsideDeferredForm } from "@/components/forms/deferred-context";
import type { Lang } from "@/lib/i18n/settings";

/**
 * One provider per language, each a chunk of its own holding that language's dictionaries, so an Arabic page
 * downloads Arabic only (decision 033). Loaded through next/dynamic rather than a bare import(): the server
 * renders the page's provider and puts a preload of its chunk in the page's head, so the dictionary downloads
 * alongside the page's other scripts and hydration does not wait a further round trip for it (decision 034).
 */
const providers: Record<Lang, React.ComponentType<{ children: ReactNode }>> = {
  ar: dynamic(() => import("@/components/i18n/provider-ar").then((m) => m.I18nProviderAr)),
  en: dynamic(() => import("@/components/i18n/provider-en").then((m) => m.I18nProviderEn)),
};

/**
 * The same providers without the preload, for a form whose code comes on the first interaction (decision 045): there
 * the dictionary is fetched with the form, not in the page's first load.
 */
const providersWithoutPreload: Record<Lang, React.ComponentType<{ children: ReactNode }>> = {
  ar: lazy(() => import("@/components/i18n/provider-ar").then((m) => ({ default: m.I18nProviderAr }))),
  en: lazy(() => import("@/components/i18n/provider-en").then((m) => ({ default: m.I18nProviderEn }))),
};

/** Gives client components `useT()` (components/i18n/use-t.ts) in the page's language. */
export function I18nProvider({ lang, children }: { lang: Lang; children: ReactNode }) {
  const Provider = (useContext(InsideDeferredForm) ? providersWithoutPreload : providers)[lang];
  return <Provider>{children}</Provider>;
}
