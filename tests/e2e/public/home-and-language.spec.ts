import { expect, screenshot, test } from "../fixtures";

test.describe("public home, direction and language", () => {
  test("/ goes to Arabic, right to left", async ({ page }) => {
    await page.goto("/");
    await expect(page).toHaveURL(/\/ar$/);
    await expect(page.locator("html")).toHaveAttribute("lang", "ar");
    await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
    await expect(page.getByRole("heading", { level: 1 })).toContainText("رخصتك التجارية والصحية");
  });

  test("the language is remembered from a page opened, never from a prefetch or a server action", async ({ request }) => {
    // What Chromium sends for a prefetch or a client navigation (a fetch), and for a server action.
    const prefetch = await request.get("/en/offices", { headers: { "sec-fetch-dest": "empty", cookie: "lang=ar" }, maxRedirects: 0 });
    expect(prefetch.status()).toBe(200);
    expect(prefetch.headers()["set-cookie"] ?? "").not.toContain("lang=");
    const action = await request.post("/en/offices", { headers: { "next-action": "0".repeat(42), "sec-fetch-dest": "empty", cookie: "lang=ar" }, data: "[]", maxRedirects: 0 });
    expect(action.headers()["set-cookie"] ?? "").not.toContain("lang=");
    const opened = await request.get("/en/offices", { headers: { "sec-fetch-dest": "document", cookie: "lang=ar" }, maxRedirects: 0 });
    expect(opened.status()).toBe(200);
    expect(opened.headers()["set-cookie"]).toContain("lang=en");
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
    /** Where the heading's text sits: its first line starts at the right in Arabic, at the left in English. */
    const headingText = () =>
      page.getByRole("heading", { level: 1 }).evaluate((h) => {
        const range = document.createRange();
        range.selectNodeContents(h);
        const r = range.getClientRects()[0]!;
        const box = h.getBoundingClientRect();
        return { fromStart: r.left - box.left, fromEnd: box.right - r.right };
      });
    for (const [lang, dir, heading] of [["ar", "rtl", "رخصتك التجارية والصحية"], ["en", "ltr", "in one day"]] as const) {
      await page.goto(`/${lang}`);
      await expect(page.locator("html")).toHaveAttribute("dir", dir);
      await expect(page.getByRole("heading", { level: 1 })).toContainText(heading);
      expect(await page.getByTestId("eservice").count()).toBeGreaterThanOrEqual(16);
      expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth), `${lang}: no sideways scrolling`).toBeLessThanOrEqual(0);
      const side = await headingText();
      if (dir === "rtl") expect(side.fromEnd, "Arabic heading starts at the right").toBeLessThanOrEqual(side.fromStart);
      else expect(side.fromStart, "English heading starts at the left").toBeLessThanOrEqual(side.fromEnd);
      await screenshot(page, `public-home-${lang}-1280`);
    }
  });
});

test("the portal has a favicon (its mark), served without a language redirect", async ({ page, request }) => {
  await page.goto("/ar");
  const href = await page.locator('link[rel="icon"]').first().getAttribute("href");
  expect(href).toMatch(/icon/);
  const res = await request.get(href!);
  expect(res.status()).toBe(200);
  expect(res.headers()["content-type"]).toMatch(/image\/svg\+xml/);
});
