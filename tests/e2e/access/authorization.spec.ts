import { PROTECTED_PAGES, PUBLIC_PAGES, pageAllows } from "../../../lib/auth/access-table";
import { routeList } from "../../../lib/auth/route-list";
import { DEMO_ACCOUNTS, expect, test } from "../fixtures";

/**
 * The authorization table, generated from the route list (every app/[lang]/**\/page.tsx on disk, dynamic
 * segments filled with sample values; lib/auth/route-list.ts): every page × every demo role and a guest.
 *
 * - protected page, role allowed by every permission the table names: the page (200), or for a dynamic
 *   page whose sample id does not exist a 404 — the request got PAST authorization;
 * - protected page, role not allowed: the localized 403;
 * - protected page, guest: a redirect to sign-in that comes back;
 * - public page: never 401/403/5xx for anyone (200, a redirect, or the 404 of a sample id).
 * A page that is in neither list fails tests/unit/route-list.test.ts first. (Server actions are covered by
 * tests/integration/authorization.int.test.ts, which runs every registered command as every role.)
 */
const PAGES = routeList().filter((r) => r.kind === "page");
const entryOf = (pattern: string) => PROTECTED_PAGES.find((p) => p.path === pattern);
const isPublic = (pattern: string) => PUBLIC_PAGES.some((p) => p.path === pattern);
const urlOf = (sample: string) => (sample === "/" ? "/ar" : `/ar${sample}`);

type Outcome = "allowed" | "denied" | "sign-in" | "public-ok" | `unexpected ${number}`;

function outcomeOf(status: number, location: string | undefined, dynamic: boolean): Outcome {
  if (status === 403) return "denied";
  if (status >= 301 && status <= 308 && status !== 304) return location?.includes("/sign-in?callbackUrl=") ? "sign-in" : "public-ok";
  if (status === 200 || (dynamic && status === 404)) return "allowed";
  return `unexpected ${status}`;
}

for (const account of DEMO_ACCOUNTS.filter((a, i, all) => all.findIndex((b) => b.role === a.role) === i)) {
  test(`${account.role}: every page on disk gives the outcome its role allows`, async ({ page, loginAs }) => {
    test.setTimeout(180_000);
    await loginAs(account);
    const outcomes: string[] = [];
    const expected: string[] = [];
    for (const p of PAGES) {
      // The public QR verification pages are rate-limited per IP (30/min, decision 012) and the same for everyone:
      // the guest test opens them; 13 roles × 3 pages here would exhaust the bucket the other journeys share.
      if (p.pattern.startsWith("/verify/")) continue;
      const res = await page.request.get(urlOf(p.sample), { maxRedirects: 0 });
      let got = outcomeOf(res.status(), res.headers()["location"], p.dynamic);
      const entry = entryOf(p.pattern);
      if (entry) {
        expected.push(`${p.pattern} ${pageAllows(entry, account.role) ? "allowed" : "denied"}`);
        if (got === "denied") expect(await res.text(), p.pattern).toContain("لا تملك صلاحية الوصول");
      } else {
        expect(isPublic(p.pattern), `${p.pattern} is unclassified`).toBe(true);
        if (got === "allowed" || res.status() === 404) got = "public-ok";
        expected.push(`${p.pattern} public-ok`);
      }
      outcomes.push(`${p.pattern} ${got}`);
    }
    expect(outcomes).toEqual(expected);
  });
}

test("a guest: every protected page sends to sign-in and comes back after; public pages open", async ({ page }) => {
  test.setTimeout(120_000);
  const outcomes: string[] = [];
  const expected: string[] = [];
  for (const p of PAGES) {
    const res = await page.request.get(urlOf(p.sample), { maxRedirects: 0 });
    const entry = entryOf(p.pattern);
    if (entry) {
      expected.push(`${p.pattern} sign-in`);
      const location = res.headers()["location"] ?? "";
      const back = location.includes(`callbackUrl=${encodeURIComponent(urlOf(p.sample))}`);
      outcomes.push(`${p.pattern} ${res.status() === 307 && back ? "sign-in" : `${res.status()} ${location}`}`);
    } else {
      expected.push(`${p.pattern} public-ok`);
      const ok = res.status() < 400 || res.status() === 404;
      outcomes.push(`${p.pattern} ${ok ? "public-ok" : res.status()}`);
    }
  }
  expect(outcomes).toEqual(expected);
});

test("a citizen opening /staff sees the Arabic 403 page, not staff data", async ({ page, loginAs }) => {
  await loginAs("CITIZEN");
  const res = await page.goto("/ar/staff");
  expect(res?.status()).toBe(403);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("لا تملك صلاحية الوصول");
  await expect(page.getByText("لوحة المؤشرات")).toHaveCount(0);
  await expect(page.getByRole("link", { name: "العودة إلى لوحتي" })).toHaveAttribute("href", "/ar/my");
});

test("a refused or missing record's page is titled by what happened, not by the page that was refused", async ({ page, loginAs }) => {
  await loginAs("CITIZEN");
  // forbidden() / notFound() thrown inside a page keep that page's own metadata; the status page's title comes first.
  expect((await page.goto("/ar/staff/insights"))?.status()).toBe(403);
  await expect(page).toHaveTitle("لا تملك صلاحية الوصول · بوابة الأمانة الإلكترونية");
  expect((await page.goto("/ar/my/licenses/no-such-license"))?.status()).toBe(404);
  await expect(page).toHaveTitle("الصفحة غير موجودة · بوابة الأمانة الإلكترونية");
  expect((await page.goto("/en/offices/NOPE"))?.status()).toBe(404);
  await expect(page).toHaveTitle("Page not found · Amanah e-Services Portal");
  expect((await page.goto("/ar/no-such-page"))?.status()).toBe(404);
  await expect(page).toHaveTitle("الصفحة غير موجودة · بوابة الأمانة الإلكترونية");
});
