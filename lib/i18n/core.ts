import { createInstance, type i18n, type TFunction } from "i18next";
import { resources, NAMESPACES, type Namespace } from "@/lib/i18n/resources";
import { DEFAULT_LANG, type Lang } from "@/lib/i18n/settings";
import { parseMessageKey } from "@/lib/i18n/zod-messages";

/** A `t` that takes "ns:key" for every namespace. */
export type T = TFunction<Namespace[]>;

/** A fully initialised i18next instance for one language (synchronous: resources are bundled). */
export function createI18n(lang: Lang): i18n {
  const instance = createInstance();
  void instance.init({
    lng: lang,
    fallbackLng: DEFAULT_LANG,
    resources,
    ns: NAMESPACES,
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
