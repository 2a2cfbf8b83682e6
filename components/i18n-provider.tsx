"use client";

import dynamic from "next/dynamic";
import type { ReactNode } from "react";
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

/** Gives client components `useT()` (components/i18n/use-t.ts) in the page's language. */
export function I18nProvider({ lang, children }: { lang: Lang; children: ReactNode }) {
  const Provider = providers[lang];
  return <Provider>{children}</Provider>;
}
