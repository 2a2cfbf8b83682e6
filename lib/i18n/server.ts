import "server-only";
import { translateMessage, type T } from "@/lib/i18n/core";
import { createI18n } from "@/lib/i18n/instance";
import { NAMESPACES } from "@/lib/i18n/namespaces";
import type { Lang } from "@/lib/i18n/settings";

const cache = new Map<Lang, T>();

/**
 * How many bare keys one language remembers. The keys are written in the code (a few thousand at most); the cap only
 * keeps a key built from outside input (an error code, say) from growing the map without end.
 */
export const REMEMBERED_KEYS = 20_000;

/**
 * i18next's `t` with a bare key's text remembered. A lookup through i18next costs ≈ 13 µs on this machine (key
 * parsing, namespace resolution, post-processing) and a page makes one or two hundred of them: a few milliseconds of
 * every render, for text that cannot change while the server runs (the dictionaries are bundled). A call with
 * options (interpolation, plurals, context) or with several keys still goes to i18next every time.
 */
export function rememberingBareKeys(t: T, limit = REMEMBERED_KEYS): T {
  const i18next = t as unknown as (...args: unknown[]) => unknown;
  const texts = new Map<string, unknown>();
  const remembering = (...args: unknown[]) => {
    const key = args[0];
    if (args.length !== 1 || typeof key !== "string") return i18next(...args);
    let text = texts.get(key);
    if (text === undefined) {
      text = i18next(key);
      if (texts.size < limit) texts.set(key, text);
    }
    return text;
  };
  return remembering as unknown as T;
}

/** The translation function for server components, actions and jobs ("ns:key" keys, typed from Arabic). */
export function getT(lang: Lang): T {
  let t = cache.get(lang);
  if (!t) {
    t = rememberingBareKeys(createI18n(lang).getFixedT(lang, NAMESPACES) as T);
    cache.set(lang, t);
  }
  return t;
}

export function tMessage(lang: Lang, message: string | undefined): string {
  return translateMessage(getT(lang), message);
}
