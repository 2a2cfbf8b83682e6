import { expect, screenshot, test } from "../fixtures";

test.describe("public home, direction and language", () => {
  test("/ goes to Arabic, right to left", async ({ page }) => {
    await page.goto("/");
    await expect(page).toHaveURL(/\/ar$/);
    await expect(page.locator("html")).toHaveAttribute("lang", "ar");
    await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
    await expect(page.getByRole("heading", { level: 1 })).toContainText("رخصتك التجارية والصحية");
  });

  test("English is left to right", async ({ page }) => {
    await page.goto("/en");
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await expect(page.locator("html")).toHaveAttribute("dir", "ltr");
    await expect(page.getByRole("heading", { level: 1 })).toContainText("in one day");
  });

  test("the e-services catalogue shows its four categories from the database", async ({ page }) => {
    await page.goto("/ar");
    for (const title of ["الخدمات الإجرائية", "الخدمات التفاعلية", "الخدمات المعلوماتية", "الخدمات التكاملية"]) {
      await expect(page.getByRole("heading", { level: 3, name: title })).toBeVisible();
    }
    expect(await page.getByTestId("eservice").count()).toBeGreaterThanOrEqual(16);
  });

  test("the language switch keeps the current page and its query", async ({ page }) => {
    await page.goto("/ar/sign-in?callbackUrl=%2Far%2Fmy");
    await page.getByTestId("language-switch").click();
    await expect(page).toHaveURL(/\/en\/sign-in\?callbackUrl=%2Far%2Fmy$/);
    await expect(page.locator("html")).toHaveAttribute("dir", "ltr");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Sign in to the portal");
    await page.getByTestId("language-switch").click();
    await expect(page).toHaveURL(/\/ar\/sign-in/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("تسجيل الدخول إلى البوابة");
  });

  test("a missing page is a localized 404", async ({ page }) => {
    const res = await page.goto("/ar/no-such-page");
    expect(res?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("الصفحة غير موجودة");
  });

  test("home fits a 390 px phone without sideways scrolling", async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto("/ar");
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await screenshot(page, "public-home-ar-390");
  });

  test("home on a desktop, in both languages", async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto("/ar");
    await screenshot(page, "public-home-ar-1280");
    await page.goto("/en");
    await screenshot(page, "public-home-en-1280");
  });
});
