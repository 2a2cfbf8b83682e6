import { PROTECTED_PAGES, pageAllows } from "../../../lib/auth/access-table";
import { routeList } from "../../../lib/auth/route-list";
import { DEMO_ACCOUNTS, expect, test } from "../fixtures";

/**
 * Bad input never answers 500 (decision 013). Every route from the route list (pages and API routes on disk)
 * gets each kind of input that used to fail inside the framework or PostgreSQL, and must answer a 4xx with
 * the localized error page (pages) or the JSON error shape of lib/api (API routes):
 * - a NUL byte in a path segment and in the query;
 * - bad percent-encoding in a path segment (not UTF-8, a lone surrogate, an overlong encoding);
 * - a page number no list can reach, on every paginated page, as every role allowed there.
 * Server actions posted with a malformed body are in server-actions-bad-body.spec.ts.
 */
const ROUTES = routeList();
const BAD_SEGMENTS = ["a%00b", "%00", "%zz", "%ED%A0%80", "%C0%AE", "%E0%A4%A"];
const BAD_QUERIES = ["?q=%00", "?service_code=%00", "?%00=1", "?page=%00"];

/** The sample path with its (last) dynamic segment replaced by `bad`, or `bad` appended to a static route. */
function withBadSegment(r: (typeof ROUTES)[number], bad: string): string {
  if (!r.dynamic) return `${r.sample.replace(/\/$/, "")}/${bad}`;
  const pattern = r.pattern.split("/");
  const parts = r.sample.split("/");
  const at = pattern.map((s, i) => (s.startsWith("[") ? i : -1)).filter((i) => i >= 0).pop()!;
  parts[at] = bad;
  return parts.join("/");
}

const urlOf = (r: (typeof ROUTES)[number], path: string) => (r.kind === "page" ? `/ar${path === "/" ? "" : path}` : path);

test("a NUL byte or bad percent-encoding anywhere in the path or query: 400, localized page or JSON, never 500", async ({ request }) => {
  test.setTimeout(240_000);
  const wrong: string[] = [];
  for (const r of ROUTES) {
    const targets = [
      ...BAD_SEGMENTS.map((bad) => urlOf(r, withBadSegment(r, bad))),
      ...BAD_QUERIES.map((q) => urlOf(r, r.sample) + q),
    ];
    for (const target of targets) {
      for (const method of r.kind === "api" ? ["GET", "POST"] : ["GET"]) {
        const res = await request.fetch(target, { method, maxRedirects: 0, headers: { "accept-language": "ar" }, ...(method === "POST" ? { data: "x=1" } : {}) });
        const type = res.headers()["content-type"] ?? "";
        const body = await res.text();
        const good =
          res.status() === 400 &&
          (r.kind === "api"
            ? type.includes("application/json") && (JSON.parse(body) as { error?: { code?: string } }).error?.code === "VALIDATION"
            : type.includes("text/html") && body.includes("طلب غير صالح") && body.includes('dir="rtl"'));
        if (!good) wrong.push(`${method} ${target} → ${res.status()} ${type}`);
      }
    }
  }
  expect(wrong).toEqual([]);
});

test("the English error page is in English", async ({ request }) => {
  const res = await request.get("/en/verify/license/%zz");
  expect(res.status()).toBe(400);
  const body = await res.text();
  expect(body).toContain("Bad request");
  expect(body).toContain('dir="ltr"');
});

test("good input still passes the boundary (Arabic in path and query)", async ({ request }) => {
  const res = await request.get(`/ar/offices?q=${encodeURIComponent("مكتب الرياض")}`);
  expect(res.status()).toBe(200);
  const verify = await request.get(`/ar/verify/license/${encodeURIComponent("رخصة")}`);
  expect([200, 404]).toContain(verify.status());
});

const HUGE_PAGES = ["99999999999999999999999999", "1e309", "-1", "abc", "0x10", "9007199254740993"];
const PAGINATED = ROUTES.filter((r) => r.kind === "page" && !r.dynamic && PROTECTED_PAGES.some((p) => p.path === r.pattern));

for (const account of DEMO_ACCOUNTS.filter((a, i, all) => all.findIndex((b) => b.role === a.role) === i)) {
  test(`${account.role}: a page number no list can reach never answers 500`, async ({ page, loginAs }) => {
    test.setTimeout(240_000);
    await loginAs(account);
    const wrong: string[] = [];
    for (const r of PAGINATED) {
      const entry = PROTECTED_PAGES.find((p) => p.path === r.pattern)!;
      if (!pageAllows(entry, account.role)) continue;
      for (const n of HUGE_PAGES) {
        const res = await page.request.get(`/ar${r.sample}?page=${n}`, { maxRedirects: 0 });
        if (res.status() !== 200) wrong.push(`${r.pattern}?page=${n} → ${res.status()}`);
      }
    }
    expect(wrong).toEqual([]);
  });
}
