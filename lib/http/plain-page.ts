import type { Lang } from "@/lib/i18n/settings";

/** HTML-escapes text put into the plain pages (titles and sentences come from the dictionaries). */
export const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * The one self-contained status page (400, 429, 503…) answered outside React — by the proxy and route
 * handlers, when a render is impossible or must not happen. Inline style only, with the request's CSP nonce.
 */
export function plainStatusPageHtml(p: {
  lang: Lang;
  status: number;
  portal: string;
  title: string;
  body: string;
  link: { href: string; label: string };
  nonce?: string;
  /** Reload the page after this many seconds (an outage). */
  refreshSeconds?: number;
  testId?: string;
}): string {
  return `<!doctype html>
<html lang="${p.lang}" dir="${p.lang === "ar" ? "rtl" : "ltr"}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
${p.refreshSeconds ? `<meta http-equiv="refresh" content="${p.refreshSeconds}">\n` : ""}<meta name="robots" content="noindex">
<title>${escapeHtml(p.title)} — ${escapeHtml(p.portal)}</title>
<style${p.nonce ? ` nonce="${escapeHtml(p.nonce)}"` : ""}>
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
<main id="main"${p.testId ? ` data-testid="${p.testId}"` : ""}>
<p class="portal">${escapeHtml(p.portal)}</p>
<p class="code">${p.status}</p>
<h1>${escapeHtml(p.title)}</h1>
<p>${escapeHtml(p.body)}</p>
<a href="${escapeHtml(p.link.href)}">${escapeHtml(p.link.label)}</a>
</main>
</body>
</html>
`;
}
