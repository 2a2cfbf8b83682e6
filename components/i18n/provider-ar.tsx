"use client";

import type { ReactNode } from "react";
import { I18nextProvider } from "react-i18next";
import { createI18nFrom } from "@/lib/i18n/core";
import { ar } from "@/lib/i18n/resources-ar";

/** Built once per process (browser or server), never changed after init: no changeLanguage. */
const instance = createI18nFrom("ar", { ar });

/**
 * The Arabic pages' provider. Its dictionaries are a static import, so they arrive with the page's first scripts
 * and the page hydrates at once; the server renders this module only on Arabic pages, so an Arabic page never
 * downloads English (components/i18n-provider.tsx, decision 033).
 */
export function I18nProviderAr({ children }: { children: ReactNode }) {
  return <I18nextProvider i18n={instance}>{children}</I18nextProvider>;
}
