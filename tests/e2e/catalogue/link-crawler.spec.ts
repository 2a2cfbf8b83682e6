import type { Page } from "@playwright/test";
import { demoAccount, expect, test } from "../fixtures";

/**
 * The link crawler (issue 13, issue 17 item 1–2): the home page, every page of the catalogue, every guide and the
 * citizen's dashboard, in both languages — and every internal link found on them is followed. A 404, a 5xx or a
 * "coming soon" placeholder anywhere fails the test.
 */
/** «قريبًا» / «قريباً» / «قريبا» as a word (not inside «تقريبًا», "approximately"), or "coming soon". */
const PLACEHOLDER = /(?<!\p{L})قريب(?:ًا|اً|ا)(?!\p{L})|coming soon/iu;
test.describe.configure({ timeout: 600_000 });

async function visit(page: Page, url: string): Promise<string[]> {
  const res = await page.goto(url, { waitUntil: "domcontentloaded" });
  const status = res?.status() ?? 0;
  expect(status, `${url} answered ${status}`).toBeLessThan(400);
  const text = await page.locator("body").innerText();
  expect(text.match(PLACEHOLDER)?.[0] ?? null, `${url} shows a placeholder`).toBeNull();
  const hrefs = await page.locator("a[href]").evaluateAll((as) => as.map((a) => a.getAttribute("href") ?? ""));
  return hrefs;
}

function internal(href: string): string | null {
  if (!href.startsWith("/") || href.startsWith("//")) return null;
  const path = href.split("#")[0]!;
  if (path.startsWith("/api/")) return null; // API documents (JSON) are not pages
  return path || null;
}

async function crawl(page: Page, sources: string[], seen: Set<string>, followed: string[]) {
  const found = new Set<string>();
  for (const s of sources) {
    seen.add(s);
    for (const h of await visit(page, s)) {
      const p = internal(h);
      if (p) found.add(p);
    }
  }
  for (const p of found) {
    if (seen.has(p)) continue;
    seen.add(p);
    followed.push(p);
    await visit(page, p);
  }
}

for (const lang of ["ar", "en"] as const) {
  test(`${lang}: home, every catalogue page, every guide and the citizen dashboard lead nowhere broken`, async ({ page, loginAs }) => {
    const seen = new Set<string>();
    const followed: string[] = [];
    // The catalogue's pages: as many as its own count says.
    await page.goto(`/${lang}/catalogue`);
    const summary = await page.getByRole("navigation", { name: lang === "ar" ? "التنقل بين الصفحات" : "Pagination" }).innerText().catch(() => "");
    const cataloguePages: string[] = [`/${lang}/catalogue`];
    let next: string | null = `/${lang}/catalogue`;
    const guides = new Set<string>();
    while (next) {
      await page.goto(next);
      for (const h of await page.getByTestId("eservice-guide").evaluateAll((as) => as.map((a) => a.getAttribute("href") ?? ""))) guides.add(h);
      const nextLink = page.getByRole("link", { name: lang === "ar" ? "التالي" : "Next" });
      next = (await nextLink.count()) > 0 ? await nextLink.first().getAttribute("href") : null;
      if (next) cataloguePages.push(next);
    }
    expect(guides.size, `${summary}: every published service has a guide`).toBeGreaterThanOrEqual(120);

    await crawl(page, [`/${lang}`, ...cataloguePages, ...guides], seen, followed);

    // Signed in: the citizen's dashboard and everything it links to.
    await loginAs(demoAccount("CITIZEN", 0));
    await crawl(page, [`/${lang}/my`], new Set(), followed);
    expect(followed.length, "the crawler followed links beyond the pages it started from").toBeGreaterThan(10);
  });
}
