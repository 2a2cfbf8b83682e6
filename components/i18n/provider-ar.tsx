"use client";

import { languageProvider } from "@/components/i18n/language-provider";
import { ar } from "@/lib/i18n/resources-ar";

/** The Arabic pages' provider: the only client module that imports the Arabic dictionaries. */
export const I18nProviderAr = languageProvider("ar", ar);
