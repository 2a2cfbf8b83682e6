import arCommon from "@/locales/ar/common.json";
import arErrors from "@/locales/ar/errors.json";
import enCommon from "@/locales/en/common.json";
import enErrors from "@/locales/en/errors.json";
import { OUTAGE_RETRY_AFTER_SECONDS } from "@/lib/db-availability";
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

const escape = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

export function outagePageHtml(lang: Lang, nonce?: string): string {
  const t = TEXT[lang];
  return `<!doctype html>
<html lang="${lang}" dir="${lang === "ar" ? "rtl" : "ltr"}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="refresh" content="${OUTAGE_RETRY_AFTER_SECONDS}">
<meta name="robots" content="noindex">
<title>${escape(t.title)} — ${escape(t.portal)}</title>
<style${nonce ? ` nonce="${escape(nonce)}"` : ""}>
  body { margin: 0; font-family: "IBM Plex Sans Arabic", system-ui, sans-serif; background: #f8f6f1; color: #0f172a; }
  main { max-width: 36rem; margin-inline: auto; padding-block: 18vh 2rem; padding-inline: 1.5rem; text-align: center; }
  .code { font-size: 3.75rem; font-weight: 700; color: #0a6b3c; font-variant-numeric: tabular-nums; margin: 0; }
  h1 { font-size: 1.6rem; color: #053d22; margin-block: 1rem 0.5rem; }
  p { color: #475569; line-height: 1.7; }
  .portal { font-weight: 600; color: #0a6b3c; margin-block-end: 2rem; }
  a { display: inline-block; min-height: 2.75rem; box-sizing: border-box; margin-block-start: 1.5rem; padding: 0.65rem 1.25rem; border-radius: 0.5rem; background: #0a6b3c; color: #fff; font-weight: 600; text-decoration: none; }
</style>
</head>
<body>
<main id="main">
<p class="portal">${escape(t.portal)}</p>
<p class="code">503</p>
<h1>${escape(t.title)}</h1>
<p>${escape(t.body)}</p>
<a href="">${escape(t.retry)}</a>
</main>
</body>
</html>
`;
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
