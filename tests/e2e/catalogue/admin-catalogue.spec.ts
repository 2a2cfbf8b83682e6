import { expect, screenshot, test } from "../fixtures";

/**
 * The administrator manages the catalogue in Arabic: a service added as a draft (a refusal keeps what was typed),
 * published (its guide opens and search finds it), retired (gone from public pages).
 */
test("an administrator adds, publishes and retires a service; the public pages follow", async ({ page, loginAs, browser }) => {
  await loginAs("ADMIN");
  await page.goto("/ar/staff/catalogue");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("إدارة دليل الخدمات");
  expect(await page.getByTestId("admin-service-row").count()).toBeGreaterThan(10);
  await page.getByRole("link", { name: "إضافة خدمة" }).click();
  await expect(page).toHaveURL(/\/ar\/staff\/catalogue\/new$/);

  const fill = (label: string, value: string) => page.getByLabel(label, { exact: true }).fill(value);
  await fill("رمز الخدمة", "TRX-E2E-SHADE");
  await fill("اسم الخدمة (عربي)", "إصدار تصريح مظلات المواقف");
  await fill("اسم الخدمة (إنجليزي)", "Parking shades permit");
  await fill("الوصف (عربي)", "تصريح تركيب مظلات مواقف السيارات أمام المنازل.");
  await fill("الوصف (إنجليزي)", "A permit to install car-park shades in front of houses.");
  await fill("الإدارة المالكة (عربي)", "إدارة رخص البناء");
  await fill("الإدارة المالكة (إنجليزي)", "Building Permits Department");
  await fill("رابط الخدمة في البوابة", "https://elsewhere.example");
  await fill("الخطوات (عربي)", "قدّم الطلب\nسدد الرسوم");
  await fill("الخطوات (إنجليزي)", "Apply\nPay the fee");
  await fill("وصف الرسوم (عربي)", "200 ريال");
  await fill("وصف الرسوم (إنجليزي)", "SAR 200");
  await fill("الرسم بالريال", "200");
  await fill("المدة المتوقعة (عربي)", "ثلاثة أيام عمل");
  await fill("المدة المتوقعة (إنجليزي)", "Three working days");
  await page.getByTestId("service-save").click();
  await expect(page.getByTestId("error-summary")).toContainText("اكتب مسارًا يبدأ بشرطة مائلة");
  await expect(page.getByLabel("اسم الخدمة (عربي)", { exact: true })).toHaveValue("إصدار تصريح مظلات المواقف");
  await fill("رابط الخدمة في البوابة", "");
  await page.getByTestId("service-save").click();

  // The new service's page, with the notice the save answered (focused); not a URL flag a reload says again.
  await expect(page).toHaveURL(/\/ar\/staff\/catalogue\/TRX-E2E-SHADE$/);
  await expect(page.getByTestId("service-created")).toContainText("TRX-E2E-SHADE");
  await expect(page.getByTestId("service-created")).toBeFocused();
  await page.reload();
  await expect(page.getByTestId("service-status")).toBeVisible();
  await expect(page.getByTestId("service-created")).toHaveCount(0);
  await expect(page.getByTestId("service-status")).toHaveAttribute("data-status", "DRAFT");
  const guest = await browser.newPage();
  expect((await guest.goto("/ar/catalogue/TRX-E2E-SHADE"))?.status(), "a draft is not public").toBe(404);

  await page.getByTestId("service-publish").click();
  await expect(page.getByTestId("status-message")).toContainText("نُشرت الخدمة");
  await expect(page.getByTestId("service-status")).toHaveAttribute("data-status", "PUBLISHED");
  await screenshot(page, "staff-catalogue-edit-ar");
  await guest.goto("/ar/catalogue?q=" + encodeURIComponent("اصدار تصريح مظلات"));
  await expect(guest.locator('[data-code="TRX-E2E-SHADE"]')).toBeVisible();
  expect((await guest.goto("/ar/catalogue/TRX-E2E-SHADE"))?.status()).toBe(200);
  await expect(guest.getByRole("heading", { level: 1 })).toHaveText("إصدار تصريح مظلات المواقف");

  await page.getByTestId("service-retire").click();
  await expect(page.getByTestId("service-status")).toHaveAttribute("data-status", "RETIRED");
  await expect(page.getByTestId("service-publish")).toBeVisible();
  expect((await guest.goto("/ar/catalogue/TRX-E2E-SHADE"))?.status(), "a retired service is not public").toBe(404);
  await guest.goto("/ar/catalogue?q=" + encodeURIComponent("مظلات"));
  await expect(guest.getByTestId("catalogue-empty")).toBeVisible();
  await guest.close();

  for (const action of ["catalogue.create", "catalogue.publish", "catalogue.retire"]) {
    await page.goto(`/ar/staff/audit?action=${action}`);
    await expect(page.locator("tbody tr"), action).toHaveCount(1);
  }
});
