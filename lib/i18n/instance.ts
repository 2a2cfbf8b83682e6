import type { i18n } from "i18next";
import { createI18nFrom } from "@/lib/i18n/core";
import { resources } from "@/lib/i18n/resources";
import type { Lang } from "@/lib/i18n/settings";

/** An i18next instance with both languages' dictionaries: for the server, jobs and tests (never the browser). */
export function createI18n(lang: Lang): i18n {
  return createI18nFrom(lang, resources);
}
