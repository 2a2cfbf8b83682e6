import arCommon from "@/locales/ar/common.json";
import arErrors from "@/locales/ar/errors.json";
import enCommon from "@/locales/en/common.json";
import enErrors from "@/locales/en/errors.json";
import { OUTAGE_RETRY_AFTER_SECONDS } from "@/lib/db-availability";
import { plainStatusPageHtml } from "@/lib/http/plain-page";
import type { Lang } from "@/lib/i18n/settings";

/**
 * The page a visitor gets while the database is unreachable: 503 + Retry-After, localized, RTL in Arabic,
 * self-contained (no database, no React render, no script) so it cannot fail for the reason it is shown.
 * It reloads itself every Retry-After seconds; "try again" reloads at once.
 */
const TEXT = {
  ar: { portal: arCommon.portalName, title: arErrors.pages.unavailableTitle, body: arErrors.pages.unavailableBody, retry: arErrors.pages.unavailableRetry },
  en: { portal: enCommon.portalName, title: enErrors.pages.unavailableTitle, body: enErrors.pages.unavailableBody, retry: enErrors.pages.unavailableRetry },
} as const;

export function outagePageHtml(lang: Lang, nonce?: string): string {
  const t = TEXT[lang];
  return plainStatusPageHtml({ lang, status: 503, portal: t.portal, title: t.title, body: t.body, link: { href: "", label: t.retry }, nonce, refreshSeconds: OUTAGE_RETRY_AFTER_SECONDS });
}

/** `nonce`: the request's CSP nonce (proxy.ts sets the Content-Security-Policy header), for the inline style. */
export function outagePageResponse(lang: Lang, nonce?: string): Response {
  return new Response(outagePageHtml(lang, nonce), {
    status: 503,
    headers: {
      "Content-Type": "text/html; charset=utf-8",
      "Cache-Control": "no-store",
      "Retry-After": String(OUTAGE_RETRY_AFTER_SECONDS),
    },
  });
}

/** The JSON answer of an API during an outage (agency API shape: `{ error: { code, message } }`). */
export function outageJsonResponse(message: string, headers: Record<string, string> = {}): Response {
  return Response.json(
    { error: { code: "UNAVAILABLE", message } },
    { status: 503, headers: { "Cache-Control": "no-store", "Retry-After": String(OUTAGE_RETRY_AFTER_SECONDS), ...headers } },
  );
}
