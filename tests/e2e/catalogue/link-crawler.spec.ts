import type { APIRequestContext } from "@playwright/test";
import { demoAccount, expect, test } from "../fixtures";

/**
 * The link crawler (issue 13; issue 17 items 1–2): the home page, every page of the catalogue, every guide and the
 * citizen's dashboard, in both languages — and every internal link found on them is followed. A 4xx/5xx answer or
 * a "coming soon" placeholder on any of them fails the test. Pages are fetched as the browser's own requests
 * (same cookies: a guest, then the signed-in citizen), which is what a link does, without rendering each one.
 */
/** «قريبًا» / «قريباً» / «قريبا» as a word (not inside «تقريبًا», "approximately"), or "coming soon". */
const PLACEHOLDER = /(?<!\p{L})قريب(?:ًا|اً|ا)(?!\p{L})|coming soon/iu;
test.describe.configure({ timeout: 600_000 });

/** The text a reader sees (scripts and styles dropped, tags removed, entities decoded enough for the check). */
function visibleText(html: string): string {
  return html
    .replace(/<script[\s\S]*?<\/script>/gi, " ")
    .replace(/<style[\s\S]*?<\/style>/gi, " ")
    .replace(/<[^>]+>/g, " ")
    .replace(/&nbsp;/g, " ");
}

async function visit(request: APIRequestContext, url: string): Promise<string[]> {
  const res = await request.get(url);
  expect(res.status(), `${url} answered ${res.status()}`).toBeLessThan(400);
  const html = await res.text();
  expect(visibleText(html).match(PLACEHOLDER)?.[0] ?? null, `${url} shows a placeholder`).toBeNull();
  return [...html.matchAll(/<a\b[^>]*?\shref="([^"]*)"/g)].map((m) => m[1]!.replace(/&amp;/g, "&"));
}

function internal(href: string): string | null {
  if (!href.startsWith("/") || href.startsWith("//")) return null;
  const path = href.split("#")[0]!;
  if (path.startsWith("/api/")) return null; // API documents (JSON) are not pages
  return path || null;
}

async function crawl(request: APIRequestContext, sources: string[], seen: Set<string>, followed: string[]) {
  const found = new Set<string>();
  for (const s of sources) {
    seen.add(s);
    for (const h of await visit(request, s)) {
      const p = internal(h);
      if (p) found.add(p);
    }
  }
  for (const p of found) {
    if (seen.has(p)) continue;
    seen.add(p);
    followed.push(p);
    await visit(request, p);
  }
}

for (const lang of ["ar", "en"] as const) {
  test(`${lang}: home, every catalogue page, every guide and the citizen dashboard lead nowhere broken`, async ({ page, loginAs }) => {
    const request = page.request; // the browser context's cookies
    const followed: string[] = [];
    // Every page of the catalogue, by following its own "next" link, and every guide it lists.
    const cataloguePages: string[] = [];
    const guides = new Set<string>();
    let next: string | null = `/${lang}/catalogue`;
    while (next) {
      cataloguePages.push(next);
      const html = await (await request.get(next)).text();
      const anchors = [...html.matchAll(/<a\b([^>]*)>([\s\S]*?)<\/a>/g)].map((m) => ({ attrs: m[1]!, body: m[2]!, href: (m[1]!.match(/\shref="([^"]*)"/)?.[1] ?? "").replace(/&amp;/g, "&") }));
      for (const a of anchors) if (a.attrs.includes('data-testid="eservice-guide"')) guides.add(a.href);
      next = anchors.find((a) => /[?&]page=\d+/.test(a.href) && a.body.trim() === (lang === "ar" ? "التالي" : "Next"))?.href ?? null;
    }
    expect(cataloguePages.length, "the catalogue has several pages").toBeGreaterThan(5);
    expect(guides.size, "every published service has a guide").toBeGreaterThanOrEqual(120);

    await crawl(request, [`/${lang}`, ...cataloguePages, ...guides], new Set(), followed);

    // Signed in: the citizen's dashboard and everything it links to, followed with the citizen's session.
    await loginAs(demoAccount("CITIZEN", 0));
    await crawl(request, [`/${lang}/my`], new Set(), followed);
    expect(followed.length, "the crawler followed links beyond the pages it started from").toBeGreaterThan(10);
  });
}
