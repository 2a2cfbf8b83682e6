import { createInstance, type i18n, type TFunction } from "i18next";
import { NAMESPACES, type Namespace } from "@/lib/i18n/namespaces";
import { DEFAULT_LANG, type Lang } from "@/lib/i18n/settings";
import { parseMessageKey } from "@/lib/i18n/message-key";

/** A `t` that takes "ns:key" for every namespace. */
export type T = TFunction<Namespace[]>;

/** One language's dictionaries, every namespace (resources-ar.ts, resources-en.ts). */
export type LangResources = Record<Namespace, object>;

/** Some of one language's namespaces: what a client provider starts with (decision 037). */
export type PartialLangResources = Partial<LangResources>;

/**
 * A fully initialised i18next instance (synchronous: the dictionaries are given, not fetched). This module
 * imports no dictionary, so client code may use it: the server passes both languages (lib/i18n/instance.ts),
 * each language's client provider only its own.
 */
export function createI18nFrom(lang: Lang, resources: Partial<Record<Lang, PartialLangResources>>, ns: readonly Namespace[] = NAMESPACES): i18n {
  const instance = createInstance();
  void instance.init({
    lng: lang,
    fallbackLng: DEFAULT_LANG,
    resources,
    ns: [...ns],
    defaultNS: "common",
    initAsync: false,
    interpolation: { escapeValue: false }, // React escapes
    returnNull: false,
  });
  return instance;
}

/** Translates a message key as produced by AppError / zod ("ns:key?param=value"). */
export function translateMessage(t: T | TFunction, message: string | undefined): string {
  if (!message) return "";
  const [key, params] = parseMessageKey(message);
  // Keys from the domain are dynamic strings; i18next checks them at run time.
  return (t as unknown as (k: string, o?: object) => string)(key, params);
}
