"use client";

import { useParams } from "next/navigation";
import type { ReactNode } from "react";
import { I18nProvider } from "@/components/i18n-provider";
import { DEFAULT_LANG, isLang } from "@/lib/i18n/settings";

/**
 * Wraps a client component that translates (`useT()`) in the page's translation provider (decision 040).
 *
 * The provider is not in the root layout: a page whose client components take their text from the server
 * (the home page, the catalogue, the verification pages …) downloads neither i18next nor a dictionary. A component
 * that translates brings the provider with it; nested ones share the same i18n instance, so wrapping twice costs
 * one more context, not a second dictionary. The language is the URL's `[lang]`, as the root layout reads it.
 * lib/i18n/with-t.test.ts checks that every exported component of a module calling `useT` is wrapped.
 */
export function withT<P extends object>(Component: (props: P) => ReactNode): (props: P) => ReactNode {
  function Translated(props: P) {
    const params = useParams<{ lang?: string }>();
    const lang = isLang(params?.lang) ? params.lang : DEFAULT_LANG;
    return (
      <I18nProvider lang={lang}>
        <Component {...props} />
      </I18nProvider>
    );
  }
  Translated.displayName = `withT(${Component.name || "Component"})`;
  return Translated;
}
