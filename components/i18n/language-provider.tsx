"use client";

import type { ReactNode } from "react";
import { I18nextProvider } from "react-i18next";
import { createI18nFrom, type LangResources } from "@/lib/i18n/core";
import type { Lang } from "@/lib/i18n/settings";

/**
 * A provider for one language: its i18next instance is built once per process (browser or server), when the
 * language's module first loads, and never changed after (no changeLanguage). Each language's module calls this
 * with its own dictionaries, so each is a chunk of its own (components/i18n-provider.tsx, decisions 033 and 034).
 */
export function languageProvider(lang: Lang, resources: LangResources) {
  const instance = createI18nFrom(lang, { [lang]: resources });
  return function LanguageProvider({ children }: { children: ReactNode }) {
    return <I18nextProvider i18n={instance}>{children}</I18nextProvider>;
  };
}
