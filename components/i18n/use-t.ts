"use client";

import { use, useContext, useMemo, useReducer } from "react";
import { I18nContext, useTranslation } from "react-i18next";
import { loadNamespace } from "@/components/i18n/namespace-loader";
import { useHydrated } from "@/components/ui/use-hydrated";
import type { Bundle } from "@/lib/i18n/bundle";
import type { T } from "@/lib/i18n/core";
import { CLIENT_CORE, NAMESPACES, type BundledNamespace } from "@/lib/i18n/namespaces";
import type { Lang } from "@/lib/i18n/settings";

const BUNDLED = new Set<string>(NAMESPACES.filter((ns) => !(CLIENT_CORE as readonly string[]).includes(ns)));

/** The namespace of "ns:key" when it is not a core one, else null. */
function bundledNamespaceOf(key: string): BundledNamespace | null {
  const i = key.indexOf(":");
  const ns = i > 0 ? key.slice(0, i) : "";
  return BUNDLED.has(ns) ? (ns as BundledNamespace) : null;
}

/**
 * `t` for client components, taking "ns:key", in the page's language (decision 037), and that language.
 *
 * The core namespaces (CLIENT_CORE) are always there. A component names the other namespaces it writes keys of:
 * `useT(complaintsMessages)`, the default export of lib/i18n/bundles/complaints.ts; the bundle travels in the
 * component's chunk and is added before its first render (lib/i18n/client-bundles.test.ts checks every client
 * component names the bundles of the keys it writes).
 *
 * A key of a namespace nobody on the page brought — a message an action returned ("violations:rules…"), a status
 * key in data — loads that namespace. On the server and while the page hydrates, the render waits for it, so the
 * HTML and the browser's first render carry the same text. After hydration the text is empty for the moment the
 * chunk takes, then the component renders again with it.
 */
export function useT(...bundles: Bundle[]): { t: T; lang: Lang } {
  // Without a provider react-i18next would render the raw keys with a console warning; fail loudly instead.
  if (!useContext(I18nContext)?.i18n) throw new Error("useT() outside a translation provider: export the component through withT() (components/i18n/with-t.tsx)");
  const { t, i18n } = useTranslation([...CLIENT_CORE]);
  const lang = i18n.language as Lang;
  for (const b of bundles) {
    if (!i18n.hasResourceBundle(lang, b.ns)) i18n.addResourceBundle(lang, b.ns, b[lang], true, true);
  }
  const hydrated = useHydrated();
  const [, rerender] = useReducer((n: number) => n + 1, 0);
  const translate = useMemo(() => {
    const tf = t as unknown as (key: string, options?: object) => string;
    return (key: string, options?: object) => {
      const ns = bundledNamespaceOf(key);
      const loading = ns && !i18n.hasResourceBundle(lang, ns) ? loadNamespace(i18n, ns) : null;
      if (loading) {
        if (!hydrated) use(loading);
        else {
          void loading.then(rerender);
          return "";
        }
      }
      return tf(key, options);
    };
  }, [t, i18n, lang, hydrated]);
  return { t: translate as unknown as T, lang };
}
