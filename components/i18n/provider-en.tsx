"use client";

import { languageProvider } from "@/components/i18n/language-provider";
import { en } from "@/lib/i18n/resources-en";

/** The English pages' provider: the only client module that imports the English dictionaries. */
export const I18nProviderEn = languageProvider("en", en);
