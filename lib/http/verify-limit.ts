import { RateLimiterRes } from "rate-limiter-flexible";
import type { RateLimiterPostgres } from "rate-limiter-flexible";
import { clientIp } from "@/lib/http/client-ip";
import { plainStatusPageHtml } from "@/lib/http/plain-page";
import type { Lang } from "@/lib/i18n/settings";
import arCommon from "@/locales/ar/common.json";
import arErrors from "@/locales/ar/errors.json";
import enCommon from "@/locales/en/common.json";
import enErrors from "@/locales/en/errors.json";
import arWording from "@/locales/ar/wording.json";
import enWording from "@/locales/en/wording.json";

/**
 * The public verification pages (what a license's, a health certificate's or a receipt's QR code opens)
 * answer anyone without signing in, so they are limited per client IP address (decision 012): checked by
 * the proxy before the page renders, because a page cannot answer 429 itself. A limited client gets a
 * small localized page with status 429 and Retry-After (self-contained, like the outage page), never a 500.
 */
export const VERIFY_PAGE_POINTS = 30;
export const VERIFY_PAGE_WINDOW_SECONDS = 60;

const VERIFY_PATH = /^\/(ar|en)\/verify\/(license|health-certificate|receipt|permit|permit-certificate)\/[^/]+\/?$/;

const globalLimiter = globalThis as unknown as { __amanahVerifyLimiter?: RateLimiterPostgres };
/** Loaded on first use: the proxy imports this module for every request, the database pool only for these paths. */
async function limiter(): Promise<RateLimiterPostgres> {
  if (!globalLimiter.__amanahVerifyLimiter) {
    const { createLimiter } = await import("@/lib/auth/rate-limit");
    globalLimiter.__amanahVerifyLimiter ??= createLimiter("verify_page_ip", VERIFY_PAGE_POINTS, VERIFY_PAGE_WINDOW_SECONDS, { refuseFromMemory: true });
  }
  return globalLimiter.__amanahVerifyLimiter;
}

/** True for the paths this limit guards. */
export function isVerifyPagePath(pathname: string): boolean {
  return VERIFY_PATH.test(pathname);
}

/**
 * null: go on and render the page. A Response: the 429 page. A failure of the limiter's store lets the
 * request through (the page itself then meets the same database and answers as it does during an outage).
 */
export async function verifyPageLimit(request: Request, lang: Lang, nonce?: string): Promise<Response | null> {
  const { pathname } = new URL(request.url);
  if (!isVerifyPagePath(pathname)) return null;
  if (request.method !== "GET" && request.method !== "HEAD") return null;
  try {
    await (await limiter()).consume(clientIp(request.headers));
    return null;
  } catch (e) {
    if (e instanceof RateLimiterRes) return tooManyRequestsPage(lang, Math.max(1, Math.ceil(e.msBeforeNext / 1000)), nonce);
    console.error("[verify-limit] the rate limiter failed; the request goes through:", e);
    return null;
  }
}

const TEXT = {
  ar: { portal: arCommon.portalName, title: arErrors.pages.tooManyTitle, body: arErrors.pages.tooManyBody, home: arErrors.pages.tooManyHome },
  en: { portal: enCommon.portalName, title: enErrors.pages.tooManyTitle, body: enErrors.pages.tooManyBody, home: enErrors.pages.tooManyHome },
} as const;

const WORDING = { ar: arWording.counts, en: enWording.counts } as Record<Lang, Record<string, string>>;

function minutesText(lang: Lang, count: number): string {
  const form = WORDING[lang][`minutes_${new Intl.PluralRules(lang).select(count)}`] ?? WORDING[lang]["minutes_other"]!;
  return form.replace("{{count}}", String(count));
}

export function tooManyRequestsPage(lang: Lang, retryAfterSeconds: number, nonce?: string): Response {
  const t = TEXT[lang];
  const minutes = Math.max(1, Math.ceil(retryAfterSeconds / 60));
  // The proxy renders this page without i18next: the dictionary's nested plural ($t(wording:counts.minutes …)) is
  // resolved here with the same plural rules i18next uses (Arabic: one, two, few, many, other).
  const body = t.body.replace(/\$t\(wording:counts\.minutes, \{"count": \{\{minutes\}\} \}\)/, minutesText(lang, minutes)).replace("{{minutes}}", String(minutes));
  const html = plainStatusPageHtml({ lang, status: 429, portal: t.portal, title: t.title, body, link: { href: `/${lang}`, label: t.home }, nonce, testId: "too-many-requests" });
  return new Response(html, {
    status: 429,
    headers: { "Content-Type": "text/html; charset=utf-8", "Cache-Control": "no-store", "Retry-After": String(retryAfterSeconds) },
  });
}
