import arCommon from "@/locales/ar/common.json";
import arErrors from "@/locales/ar/errors.json";
import enCommon from "@/locales/en/common.json";
import enErrors from "@/locales/en/errors.json";
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

const escape = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

export function badRequestPage(lang: Lang, nonce: string): Response {
  const t = TEXT[lang];
  const html = `<!doctype html>
<html lang="${lang}" dir="${lang === "ar" ? "rtl" : "ltr"}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${escape(t.title)} — ${escape(t.portal)}</title>
<style nonce="${nonce}">
  body { margin: 0; font-family: "IBM Plex Sans Arabic", system-ui, sans-serif; background: #f8f6f1; color: #0f172a; }
  main { max-width: 36rem; margin-inline: auto; padding-block: 18vh 2rem; padding-inline: 1.5rem; text-align: center; }
  .code { font-size: 3.75rem; font-weight: 700; color: #0a6b3c; margin: 0; }
  h1 { font-size: 1.6rem; color: #053d22; margin-block: 1rem 0.5rem; }
  p { color: #475569; line-height: 1.7; }
  .portal { font-weight: 600; color: #0a6b3c; margin-block-end: 2rem; }
  a { display: inline-block; min-height: 2.75rem; box-sizing: border-box; margin-block-start: 1.5rem; padding: 0.65rem 1.25rem; border-radius: 0.5rem; background: #0a6b3c; color: #fff; font-weight: 600; text-decoration: none; }
</style>
</head>
<body>
<main id="main">
<p class="portal">${escape(t.portal)}</p>
<p class="code">400</p>
<h1>${escape(t.title)}</h1>
<p>${escape(t.body)}</p>
<a href="/${lang}">${escape(t.home)}</a>
</main>
</body>
</html>
`;
  return new Response(html, { status: 400, headers: { "Content-Type": "text/html; charset=utf-8", "Cache-Control": "no-store" } });
}

export function badRequestBody(lang: Lang): { error: { code: "VALIDATION"; message: string } } {
  return { error: { code: "VALIDATION", message: TEXT[lang].body } };
}

export function badRequestJson(lang: Lang): Response {
  return Response.json(badRequestBody(lang), { status: 400, headers: { "Cache-Control": "no-store" } });
}
