import { headers } from "next/headers";
import { DEFAULT_LANG, isLang, type Lang } from "@/lib/i18n/settings";

/** The language of a special file (not-found, forbidden) that takes no props: the `x-lang` header proxy.ts sets. */
export async function requestLang(): Promise<Lang> {
  const fromProxy = (await headers()).get("x-lang");
  return isLang(fromProxy) ? fromProxy : DEFAULT_LANG;
}
