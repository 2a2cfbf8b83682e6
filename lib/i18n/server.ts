import "server-only";
import { translateMessage, type T } from "@/lib/i18n/core";
import { createI18n } from "@/lib/i18n/instance";
import { NAMESPACES } from "@/lib/i18n/namespaces";
import type { Lang } from "@/lib/i18n/settings";

const cache = new Map<Lang, T>();

/** The translation function for server components, actions and jobs ("ns:key" keys, typed from Arabic). */
export function getT(lang: Lang): T {
  let t = cache.get(lang);
  if (!t) {
    t = createI18n(lang).getFixedT(lang, NAMESPACES) as T;
    cache.set(lang, t);
  }
  return t;
}

export function tMessage(lang: Lang, message: string | undefined): string {
  return translateMessage(getT(lang), message);
}
