import AxeBuilder from "@axe-core/playwright";
import type { Browser, BrowserContext, Page } from "@playwright/test";
import { demoAccount, expect, screenshot, signInWithRequest, test } from "../fixtures";
import { NOT_FOUND_BY_DESIGN, NO_DEMO_RECORD, OWN_SCREEN, REAL_RECORD, TRACKED, VISITORS, pagesOf, printedCodes, resolveAll, trackAsGuest } from "./pages";

/**
 * The accessibility scan over EVERY page of the route list (issue 17): each page opened by a visitor allowed to
 * open it, with real demo records (tests/e2e/a11y/pages.ts), in Arabic and in English, at 390×844 and at
 * 1280×800 (loaded once per language, resized, scanned again): axe with the WCAG 2.0/2.1 A and AA and 2.2 AA
 * rules → 0 violations, and at 390 px no page is wider than the viewport (reflow, WCAG 1.4.10). axe skips shaped
 * Arabic text in its contrast check: the English pass covers contrast. A new page is scanned the moment its file
 * exists; a dynamic page that no page of its visitor links to fails here (no 404 sample is "scanned").
 * Sharded by visitor and in chunks, so the two workers share the work. docs/try/a11y.md says how to run it.
 */
const TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];
const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 800 };
const CHUNK = 10;
/**
 * Kept as screenshots to look at: pages that overflowed at 390 px before the patterns (issue 17), and pages that
 * were scanned as "not found" before the demo seed had their records (prisma/seed/citizen-demo.ts).
 */
const SHOTS = new Set([
  "/my/bills/[number]", "/staff/complaints", "/staff/supervision", "/staff/licensing", "/office/team", "/medical", "/staff/supervision/scorecards", "/staff/supervision/workshops",
  "/my/violations/[id]", "/my/invitations/[token]", "/my/permits/certificates/[number]", "/complaints/track/[reference]", "/staff/objections/[id]", "/my/health-certificates/[id]",
]);

async function scan(page: Page, where: string): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  return violations.map((v) => `${where}: ${v.id} (${v.impact}) ${v.nodes.slice(0, 4).map((n) => n.target.join(" ")).join(" | ")}`);
}

/** The widest offender when the page is wider than the viewport (for the failure message). */
async function overflow(page: Page): Promise<string | null> {
  return page.evaluate(() => {
    const width = document.documentElement.scrollWidth;
    if (width <= window.innerWidth) return null;
    let worst: Element | null = null;
    for (const el of Array.from(document.querySelectorAll("body *"))) {
      const r = el.getBoundingClientRect();
      const clipped = el.parentElement?.closest("[role=region], .overflow-x-auto, .overflow-auto, .overflow-hidden");
      if (!clipped && (r.right > window.innerWidth + 1 || r.left < -1) && r.width > 0) {
        // the outermost overflowing element whose parent does not overflow
        const p = el.parentElement?.getBoundingClientRect();
        if (p && p.right <= window.innerWidth + 1 && p.left >= -1) { worst = el; break; }
      }
    }
    const name = worst ? `${worst.tagName.toLowerCase()}${worst.id ? "#" + worst.id : ""}.${(worst.getAttribute("class") ?? "").split(" ").slice(0, 4).join(".")}` : "?";
    return `${width}px wide (${name})`;
  });
}

/**
 * One sign-in per visitor per worker: the first chunk of a visitor signs in, the next ones of the same worker take its
 * cookies (the session is the server's; a context only carries the cookie).
 */
type Cookies = Awaited<ReturnType<BrowserContext["cookies"]>>;
const sessions = new Map<string, Cookies>();
async function signedIn(page: Page, visitor: (typeof VISITORS)[number], baseURL: string): Promise<void> {
  if (!visitor.account) return;
  const cached = sessions.get(visitor.name);
  if (cached) return page.context().addCookies(cached);
  await signInWithRequest(page, baseURL, visitor.account);
  sessions.set(visitor.name, await page.context().cookies());
}

/** The guest's pages reached by a printed code or QR: the codes the demo citizen's own pages print (once per worker). */
let guestKnown: Promise<Map<string, string>> | null = null;
function codesForGuest(browser: Browser, baseURL: string): Promise<Map<string, string>> {
  guestKnown ??= (async () => {
    const ctx = await browser.newContext({ baseURL });
    const citizenPage = await ctx.newPage();
    await signInWithRequest(citizenPage, baseURL, demoAccount("CITIZEN", 0));
    const { urls } = await resolveAll(citizenPage.request, pagesOf("citizen"), undefined, demoAccount("CITIZEN", 0).login);
    const known = await printedCodes(citizenPage.request, [...urls.values()].filter((u) => /certificate|receipt|permits\//.test(u)));
    // Tracking a complaint without an account: the demo citizen's complaint, opened through the tracking form.
    known.set("/complaints/track/[reference]", TRACKED.path);
    await ctx.close();
    return known;
  })();
  return guestKnown.then((m) => new Map(m));
}

// The chunks are independent (each opens its own context): both workers take them.
test.describe.configure({ mode: "parallel" });

for (const visitor of VISITORS) {
  const pages = pagesOf(visitor.name);
  const chunks = Math.max(1, Math.ceil(pages.length / CHUNK));
  for (let c = 0; c < chunks; c++) {
    test(`${visitor.name} ${c + 1}/${chunks}: axe 0 violations and no sideways scrolling at 390 px, ar and en`, async ({ page, browser, baseURL }) => {
      test.setTimeout(300_000);
      const known = visitor.name === "guest" ? await codesForGuest(browser, baseURL!) : new Map<string, string>();
      await signedIn(page, visitor, baseURL!);
      const mine = pages.slice(c * CHUNK, (c + 1) * CHUNK);
      // Links first; records no link leads to straight from the database (one this visitor's session opens).
      const { urls, unresolved, fromDb } = await resolveAll(page.request, pages, known, visitor.account?.login ?? null);
      const problems: string[] = unresolved.filter((u) => mine.some((p) => p.pattern === u)).map((u) => `${u}: no real record linked from the ${visitor.name}'s pages`);
      for (const p of mine) {
        const path = urls.get(p.pattern);
        if (path === undefined) continue;
        if (p.pattern === "/complaints/track/[reference]") await trackAsGuest(page);
        for (const lang of ["ar", "en"] as const) {
          const url = `/${lang}${path}`;
          await page.setViewportSize(PHONE);
          const res = await page.goto(url, { waitUntil: "domcontentloaded" });
          await page.locator("main, [role=main]").first().waitFor({ state: "attached", timeout: 5_000 }).catch(() => undefined); // the content, before axe
          const status = res?.status() ?? 0;
          if (NOT_FOUND_BY_DESIGN[p.pattern]) expect(status, url).toBe(404);
          else if (NO_DEMO_RECORD[p.pattern] && !fromDb.has(p.pattern)) expect([200, 404], url).toContain(status); // its "not found" answer
          else expect(status, `${url} (${p.pattern})`).toBeLessThan(400);
          const mark = REAL_RECORD[p.pattern];
          if (mark && !(await page.getByTestId(mark).first().waitFor({ timeout: 5_000 }).then(() => true, () => false))) problems.push(`${url}: does not show its record ([data-testid=${mark}])`);
          problems.push(...(await scan(page, `${url} 390`)));
          const own = OWN_SCREEN[p.pattern];
          if (own) await page.setViewportSize(own);
          const wide = await overflow(page);
          if (wide) problems.push(`${url} ${own ? `${own.width}×${own.height}` : 390}: page ${wide}`);
          if (lang === "ar" && SHOTS.has(p.pattern)) await screenshot(page, `a11y-390${p.pattern.replace(/[\[\]]/g, "")}`);
          await page.setViewportSize(DESKTOP);
          problems.push(...(await scan(page, `${url} 1280`)));
        }
      }
      expect(problems).toEqual([]);
    });
  }
}
