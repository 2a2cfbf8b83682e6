import { expect, screenshot, test } from "../fixtures";

/**
 * Issue 13 (catalogue) and issue 17 item 1, in Arabic: a guest reaches everything by clicking only — the front
 * door (filing, tracking, bill inquiry, verification, the catalogue) — and finds a service typed with a misspelt
 * hamza, opens its guide and prints it.
 */
const overflow = (page: import("@playwright/test").Page) => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);

test("a guest searches «اصدار» without its hamza, finds the shop license service, opens its guide and prints it", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto("/ar");
  await page.getByTestId("front-door-nav").getByRole("link", { name: "دليل الخدمات" }).click();
  await expect(page).toHaveURL(/\/ar\/catalogue$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("دليل الخدمات الإلكترونية");
  await expect(page).toHaveTitle(/دليل الخدمات الإلكترونية/);
  await expect(page.getByTestId("catalogue-count")).toContainText("خدمة");

  await page.getByLabel("ابحث عن خدمة", { exact: true }).fill("اصدار رخصه محل");
  await page.getByRole("button", { name: "بحث" }).click();
  await expect(page).toHaveURL(/\/ar\/catalogue\?q=/);
  const card = page.locator('[data-testid="eservice"][data-code="TRX-LICENSE-ISSUE"]');
  await expect(card).toBeVisible();
  await expect(card.getByTestId("eservice-guide")).toHaveText("إصدار رخصة محل تجاري");
  expect(await overflow(page), "no sideways scrolling at 390 px").toBeLessThanOrEqual(0);
  await screenshot(page, "catalogue-search-hamza-ar-390");

  // A filter narrows the same search; a filter with no match says so.
  await page.getByLabel("الفئة المستفيدة", { exact: true }).selectOption({ label: "الجهات الحكومية" });
  await page.getByRole("button", { name: "بحث" }).click();
  await expect(page.getByTestId("catalogue-empty")).toHaveText("لا توجد خدمة تطابق بحثك. جرّب كلمة أخرى أو أزل التصفية.");
  await page.goBack();
  await page.locator('[data-testid="eservice"][data-code="TRX-LICENSE-ISSUE"]').getByTestId("eservice-guide").click();

  await expect(page).toHaveURL(/\/ar\/catalogue\/TRX-LICENSE-ISSUE$/);
  const guide = page.getByTestId("service-guide");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("إصدار رخصة محل تجاري");
  await expect(page).toHaveTitle(/دليل خدمة: إصدار رخصة محل تجاري/);
  await expect(guide.getByRole("heading", { name: "الاشتراطات" })).toBeVisible();
  await expect(guide.getByRole("heading", { name: "المستندات المطلوبة" })).toBeVisible();
  await expect(guide.getByRole("heading", { name: "خطوات الخدمة" })).toBeVisible();
  await expect(page.getByTestId("guide-fee")).toContainText("300 ريال رسم إصدار");
  await expect(page.getByTestId("guide-duration")).toHaveText("خمسة أيام عمل");
  await expect(page.getByTestId("guide-start")).toHaveAttribute("href", "/ar/my/licenses/apply");
  expect(await overflow(page)).toBeLessThanOrEqual(0);
  await screenshot(page, "catalogue-guide-ar-390");

  // Printing: the print button exists; on paper the header, footer and buttons are gone and the booklet remains.
  await expect(page.getByRole("button", { name: "طباعة الدليل" })).toBeVisible();
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.emulateMedia({ media: "print" });
  await expect(page.locator("header").first()).toBeHidden();
  await expect(page.getByRole("button", { name: "طباعة الدليل" })).toBeHidden();
  await expect(guide).toBeVisible();
  await expect(guide).toContainText("المملكة العربية السعودية");
  const pdf = await page.pdf({ format: "A4", printBackground: true });
  expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
  expect(pdf.length).toBeGreaterThan(10_000);
  const pages = (pdf.toString("latin1").match(/\/Type\s*\/Page[^s]/g) ?? []).length;
  expect(pages, "the booklet fits a few A4 pages").toBeGreaterThanOrEqual(1);
  expect(pages).toBeLessThanOrEqual(3);
  await page.emulateMedia({ media: "screen" });
});

test("a guest reaches filing, tracking, bill inquiry and verification from the home page by clicking only (390 px)", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  const destinations = [
    { name: "تقديم بلاغ", url: /\/ar\/complaints\/new$/ },
    { name: "متابعة بلاغ", url: /\/ar\/complaints\/track$/ },
    { name: "الاستعلام عن فاتورة وسدادها", url: /\/ar\/bills\/inquiry$/ },
    { name: "التحقق من وثيقة", url: /\/ar\/verify$/ },
  ];
  for (const d of destinations) {
    await page.goto("/ar");
    await page.getByTestId("front-door").getByRole("link", { name: d.name }).click();
    await expect(page, d.name).toHaveURL(d.url);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    expect(await overflow(page), d.name).toBeLessThanOrEqual(0);
  }
  // Verification by the printed code: a malformed code is refused with a plain message, a code leads to the QR page.
  await page.getByLabel("رمز التحقق", { exact: true }).fill("../x");
  await page.getByRole("button", { name: "تحقق" }).click();
  await expect(page.getByText("أدخل رمز التحقق المطبوع على الوثيقة.")).toBeVisible();
  await page.getByLabel("نوع الوثيقة", { exact: true }).selectOption({ label: "شهادة صحية" });
  await page.getByLabel("رمز التحقق", { exact: true }).fill("UNKNOWNCODE123");
  await page.getByRole("button", { name: "تحقق" }).click();
  await expect(page).toHaveURL(/\/ar\/verify\/health-certificate\/UNKNOWNCODE123$/);

  // Every home card is a link to its guide, with an icon for its category.
  await page.goto("/ar");
  const cards = page.getByTestId("eservice");
  expect(await cards.count()).toBeGreaterThanOrEqual(16);
  for (const c of await cards.all()) {
    await expect(c.getByTestId("eservice-guide")).toHaveAttribute("href", /^\/ar\/catalogue\/[A-Z]/);
    await expect(c.locator("[data-category-icon]")).toHaveCount(1);
  }
  await page.getByRole("link", { name: /^جميع الخدمات المعلوماتية/ }).click();
  await expect(page).toHaveURL(/\/ar\/catalogue\?category=INFORMATIONAL$/);
  await screenshot(page, "home-front-door-ar-390");
});
