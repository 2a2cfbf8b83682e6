import type { Page } from "@playwright/test";
import { DEMO_PASSWORD, expect, test } from "../fixtures";

/**
 * Decision 045: a citizen or public page's form is rendered by the server in full, and its code arrives on the
 * person's first interaction with the page. What the person does before the code is there is not lost: the typing
 * stays in the fields, and a press of the form's button (or Enter in a field) is done once the form is alive — never
 * the browser's own post of the form to the page, which would send the fields to a URL that does not read them.
 */

/** From now on every script takes `ms` to arrive; returns how many have arrived since. */
async function slowScripts(page: Page, ms: number): Promise<() => number> {
  let arrived = 0;
  await page.route("**/_next/static/chunks/**", async (route) => {
    await new Promise((r) => setTimeout(r, ms));
    await route.continue();
    arrived++;
  });
  return () => arrived;
}

function nativePosts(page: Page, path: string): string[] {
  const posts: string[] = [];
  page.on("request", (r) => {
    if (r.method() === "POST" && new URL(r.url()).pathname === path && !r.headers()["next-action"]) posts.push(r.url());
  });
  return posts;
}

test("a sign-in pressed before the form's code arrives is done once it arrives, with what was typed", async ({ page }) => {
  const posts = nativePosts(page, "/ar/sign-in");
  await page.goto("/ar/sign-in", { waitUntil: "networkidle" });
  const arrived = await slowScripts(page, 1500);
  await page.getByLabel("اسم المستخدم", { exact: true }).fill("office.manager");
  await page.getByLabel("كلمة المرور", { exact: true }).fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "تسجيل الدخول", exact: true }).click();
  expect(arrived(), "the form's code was still on its way when the button was pressed").toBe(0);
  await expect(page).toHaveURL(/\/ar\/office$/, { timeout: 15_000 });
  await expect(page.getByRole("button", { name: "تسجيل الخروج" })).toBeVisible();
  expect(posts, "the browser did not post the form itself").toEqual([]);
});

test("Enter in a field before the code arrives submits once it arrives; the server's refusal keeps what was typed", async ({ page }) => {
  const posts = nativePosts(page, "/ar/complaints/track");
  await page.goto("/ar/complaints/track", { waitUntil: "networkidle" });
  const arrived = await slowScripts(page, 1500);
  await page.getByLabel("رقم البلاغ", { exact: true }).fill("C00000017");
  const mobile = page.getByLabel("رقم الجوال", { exact: true });
  await mobile.fill("0500000000");
  await mobile.press("Enter");
  expect(arrived(), "the form's code was still on its way when Enter was pressed").toBe(0);
  await expect(page.getByTestId("error-summary")).toBeVisible({ timeout: 15_000 });
  await expect(page).toHaveURL(/\/ar\/complaints\/track$/);
  await expect(page.getByLabel("رقم البلاغ", { exact: true })).toHaveValue("C00000017");
  await expect(mobile).toHaveValue("0500000000");
  expect(posts, "the browser did not post the form itself").toEqual([]);
});
