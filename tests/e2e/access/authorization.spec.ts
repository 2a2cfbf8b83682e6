import { PROTECTED_PAGES, pageAllows } from "../../../lib/auth/access-table";
import { DEMO_ACCOUNTS, expect, test } from "../fixtures";

/**
 * The authorization table: every demo role against every protected page. 200 exactly where the
 * permission map allows the role, the localized 403 page everywhere else. (Server actions are covered by
 * tests/integration/authorization.int.test.ts, which runs every registered command as every role.)
 */
for (const account of DEMO_ACCOUNTS.filter((a, i, all) => all.findIndex((b) => b.role === a.role) === i)) {
  test(`${account.role} gets exactly the pages its role allows`, async ({ page, loginAs }) => {
    await loginAs(account);
    const outcomes: string[] = [];
    const expected: string[] = [];
    for (const p of PROTECTED_PAGES) {
      const res = await page.request.get(`/ar${p.path}`, { maxRedirects: 0 });
      outcomes.push(`${p.path} ${res.status()}`);
      expected.push(`${p.path} ${pageAllows(p, account.role) ? 200 : 403}`);
      if (res.status() === 403) expect(await res.text()).toContain("لا تملك صلاحية الوصول");
    }
    expect(outcomes).toEqual(expected);
  });
}

test("a citizen opening /staff sees the Arabic 403 page, not staff data", async ({ page, loginAs }) => {
  await loginAs("CITIZEN");
  const res = await page.goto("/ar/staff");
  expect(res?.status()).toBe(403);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("لا تملك صلاحية الوصول");
  await expect(page.getByText("لوحة المؤشرات")).toHaveCount(0);
  await expect(page.getByRole("link", { name: "العودة إلى لوحتي" })).toHaveAttribute("href", "/ar/my");
});

test("without a session every protected page sends to sign-in and comes back after", async ({ page }) => {
  for (const p of PROTECTED_PAGES) {
    const res = await page.request.get(`/ar${p.path}`, { maxRedirects: 0 });
    expect(res.status(), p.path).toBe(307);
    expect(res.headers()["location"], p.path).toContain(`/ar/sign-in?callbackUrl=${encodeURIComponent(`/ar${p.path}`)}`);
  }
});
