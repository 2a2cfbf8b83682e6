import arCommon from "@/locales/ar/common.json";
import arErrors from "@/locales/ar/errors.json";
import enCommon from "@/locales/en/common.json";
import enErrors from "@/locales/en/errors.json";
import { plainStatusPageHtml } from "@/lib/http/plain-page";
import type { Lang } from "@/lib/i18n/settings";

/**
 * The 400 answers of the input boundary (decision 013): a small localized page for people (self-contained:
 * no React render, no database, so it cannot fail for the reason it is shown), and for /api the JSON error
 * shape of lib/api ({ error: { code, message } }).
 */
const TEXT = {
  ar: { portal: arCommon.portalName, title: arErrors.pages.badRequestTitle, body: arErrors.pages.badRequestBody, home: arErrors.pages.badRequestHome },
  en: { portal: enCommon.portalName, title: enErrors.pages.badRequestTitle, body: enErrors.pages.badRequestBody, home: enErrors.pages.badRequestHome },
} as const;

export function badRequestPage(lang: Lang, nonce: string): Response {
  const t = TEXT[lang];
  const html = plainStatusPageHtml({ lang, status: 400, portal: t.portal, title: t.title, body: t.body, link: { href: `/${lang}`, label: t.home }, nonce });
  return new Response(html, { status: 400, headers: { "Content-Type": "text/html; charset=utf-8", "Cache-Control": "no-store" } });
}

export function badRequestBody(lang: Lang): { error: { code: "VALIDATION"; message: string } } {
  return { error: { code: "VALIDATION", message: TEXT[lang].body } };
}

export function badRequestJson(lang: Lang): Response {
  return Response.json(badRequestBody(lang), { status: 400, headers: { "Cache-Control": "no-store" } });
}
