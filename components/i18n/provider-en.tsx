"use client";

import type { ReactNode } from "react";
import { I18nextProvider } from "react-i18next";
import { createI18nFrom } from "@/lib/i18n/core";
import { en } from "@/lib/i18n/resources-en";

/** Built once per process (browser or server), never changed after init: no changeLanguage. */
const instance = createI18nFrom("en", { en });

/**
 * The English pages' provider. Its dictionaries are a static import, so they arrive with the page's first scripts
 * and the page hydrates at once; the server renders this module only on English pages, so an English page never
 * downloads Arabic (components/i18n-provider.tsx, decision 033).
 */
export function I18nProviderEn({ children }: { children: ReactNode }) {
  return <I18nextProvider i18n={instance}>{children}</I18nextProvider>;
}
