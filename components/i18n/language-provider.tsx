"use client";

import type { ReactNode } from "react";
import { I18nextProvider } from "react-i18next";
import { registerLoaders, type NamespaceLoaders } from "@/components/i18n/namespace-loader";
import { createI18nFrom, type PartialLangResources } from "@/lib/i18n/core";
import { CLIENT_CORE } from "@/lib/i18n/namespaces";
import type { Lang } from "@/lib/i18n/settings";

/**
 * A provider for one language: its i18next instance is built once per process (browser or server), when the
 * language's module first loads, and never changed after (no changeLanguage). It starts with the core namespaces
 * only (CLIENT_CORE); client components add the bundles they use (`useT(bundle)`), and any other namespace a
 * message needs loads through `loaders` (decision 037). Each language's module calls this with its own
 * dictionaries, so each is a chunk of its own (components/i18n-provider.tsx, decisions 033 and 034).
 */
export function languageProvider(lang: Lang, core: PartialLangResources, loaders: NamespaceLoaders) {
  const instance = createI18nFrom(lang, { [lang]: core }, CLIENT_CORE);
  registerLoaders(instance, loaders);
  return function LanguageProvider({ children }: { children: ReactNode }) {
    return <I18nextProvider i18n={instance}>{children}</I18nextProvider>;
  };
}
