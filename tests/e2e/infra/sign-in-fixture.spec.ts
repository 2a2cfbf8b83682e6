/**
 * The e2e infrastructure itself: the production server answers in Arabic, and the `loginAs` fixture
 * gives the browser a real session for every demo account (and none for a wrong password).
 */
import { DEMO_ACCOUNTS, expect, screenshot, test } from "../fixtures";

test("the portal answers in Arabic, right to left", async ({ page }) => {
  const res = await page.goto("/");
  expect(res?.ok()).toBe(true);
  await expect(page).toHaveURL(/\/ar\/?$/);
  await expect(page.locator("html")).toHaveAttribute("lang", "ar");
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
  await screenshot(page, "infra-home-ar");
});

for (const account of DEMO_ACCOUNTS) {
  test(`loginAs gives a session to ${account.role} ${account.login}`, async ({ page, loginAs }) => {
    await loginAs(account);
    const session = await (await page.request.get("/api/auth/session")).json();
    expect(session).toMatchObject({ userId: expect.any(String), audience: account.home.slice(1) === "my" ? "citizen" : account.home.slice(1) });
    expect(session.roles).toContain(account.role);
    const res = await page.goto(`/ar${account.home}`);
    expect(res?.status()).toBe(200);
    await expect(page).toHaveURL(new RegExp(`/ar${account.home}`));
  });
}

test("loginAs refuses a wrong password and leaves no session", async ({ page, loginAs }) => {
  await expect(loginAs("staff.admin", { password: "wrong-password-1" })).rejects.toThrow(/failed/);
  const session = await (await page.request.get("/api/auth/session")).json();
  expect(session).toEqual({});
  await page.goto("/ar/staff");
  await expect(page).toHaveURL(/\/ar\/sign-in/);
});
