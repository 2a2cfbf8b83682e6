import { demoAccount, expect, signInWithRequest, test } from "../fixtures";
import fs from "node:fs";
import { NOT_FOUND_BY_DESIGN, NO_DEMO_RECORD, TRACKED, VISITORS, pagesOf, printedCodes, resolveAll, trackAsGuest } from "./pages";

/**
 * Every page has its own <title> (issue 17, WCAG 2.4.2): over the whole route list, opened as in the scan (real
 * records), in both languages, no two pages share a title and none is only the portal's name. Titles are read
 * from the server's HTML (what a screen reader announces and a tab shows on load).
 */
const portalName = (lang: "ar" | "en") => (JSON.parse(fs.readFileSync(`locales/${lang}/common.json`, "utf8")) as { portalName: string }).portalName;
const decode = (s: string) => s.replace(/&amp;/g, "&").replace(/&#x27;|&#39;/g, "'").replace(/&quot;/g, '"').trim();

test("every page of the route list has a title of its own, in Arabic and English", async ({ browser, baseURL }) => {
  test.setTimeout(300_000);
  const titles: Record<"ar" | "en", Map<string, string[]>> = { ar: new Map(), en: new Map() };
  const problems: string[] = [];
  let known = new Map<string, string>();
  for (const visitor of [...VISITORS].reverse()) { // the citizen before the guest: the guest's QR pages need its codes
    const context = await browser.newContext({ baseURL });
    const page = await context.newPage();
    if (visitor.account) await signInWithRequest(page, baseURL!, visitor.account);
    else await trackAsGuest(page); // the tracked complaint opens only after the tracking form (a cookie this context keeps)
    const pages = pagesOf(visitor.name);
    const { urls, unresolved, fromDb } = await resolveAll(page.request, pages, visitor.name === "guest" ? known : undefined, visitor.account?.login ?? null);
    expect(unresolved, visitor.name).toEqual([]);
    if (visitor.account?.login === demoAccount("CITIZEN", 0).login) {
      known = await printedCodes(page.request, [...urls.values()].filter((u) => /certificate|receipt|permits\//.test(u)));
      known.set("/complaints/track/[reference]", TRACKED.path);
    }
    for (const p of pages) {
      if ((NOT_FOUND_BY_DESIGN[p.pattern] || (NO_DEMO_RECORD[p.pattern] && !fromDb.has(p.pattern))) && p.pattern !== "/[...rest]") continue; // one 404 page is enough
      for (const lang of ["ar", "en"] as const) {
        const url = `/${lang}${urls.get(p.pattern)}`;
        const html = await (await page.request.get(url)).text();
        const title = decode(/<title>([^<]*)<\/title>/.exec(html)?.[1] ?? "");
        const portal = portalName(lang);
        if (!title || title === portal) problems.push(`${url}: title "${title}" is only the portal's name`);
        titles[lang].set(title, [...(titles[lang].get(title) ?? []), p.pattern]);
      }
    }
    await context.close();
  }
  for (const lang of ["ar", "en"] as const) {
    for (const [title, patterns] of titles[lang]) if (patterns.length > 1) problems.push(`${lang}: "${title}" on ${patterns.join(", ")}`);
  }
  expect(problems).toEqual([]);
});
