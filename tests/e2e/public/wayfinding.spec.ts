import type { Page } from "@playwright/test";
import { demoAccount, expect, screenshot, test } from "../fixtures";
import { otpOnPhone } from "../phone";
import { DEMO_BILLS } from "../../../prisma/seed/demo-bills";

/**
 * Issue 17 "must show", in Arabic on a 390 px phone: a guest starts at the home page (the only page.goto) and,
 * by clicking only, files a complaint, tracks it, asks about a bill and verifies a document — each page fits the
 * phone, and each step leads somewhere (no dead end). Every way back is the header's home link.
 */
const resident = demoAccount("CITIZEN", 1);
const bill = DEMO_BILLS.find((b) => b.payerNationalId === resident.login)!;
const grouped = (n: string) => n.replace(/(\d{4})(?=\d)/g, "$1 ");

async function fits(page: Page, what: string) {
  expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth), `${what}: no sideways scrolling at 390 px`).toBeLessThanOrEqual(0);
}
async function home(page: Page) {
  await page.getByRole("banner").locator('a[href="/ar"]').first().click();
  await expect(page).toHaveURL(/\/ar$/);
  await expect(page.getByTestId("front-door")).toBeVisible();
}
async function door(page: Page, name: string, url: RegExp) {
  await page.getByTestId("front-door").getByRole("link", { name }).click();
  await expect(page).toHaveURL(url);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await fits(page, name);
}

test("a guest files, tracks, asks about a bill and verifies a document from the home page by clicking only (390 px, Arabic)", async ({ page }) => {
  test.setTimeout(180_000);
  await page.setViewportSize({ width: 390, height: 844 });
  const mobile = `057${Date.now().toString().slice(-7)}`;
  await page.goto("/ar");
  await fits(page, "home");

  // ── File a complaint ──
  await door(page, "تقديم بلاغ", /\/ar\/complaints\/new$/);
  await page.getByLabel("رقم الجوال", { exact: true }).fill(mobile);
  await page.getByRole("button", { name: "أرسل رمز التحقق" }).click();
  await page.getByLabel("رمز التحقق", { exact: true }).fill(await otpOnPhone(mobile));
  await page.getByRole("button", { name: "تأكيد الرمز" }).click();
  await expect(page.getByTestId("reporter-line")).toContainText("تم تأكيد رقم الجوال");
  await page.getByLabel("نوع البلاغ", { exact: true }).selectOption({ label: "تسرب مياه في الشارع" });
  await page.getByLabel("وصف المشكلة", { exact: true }).fill("مياه تتسرب من الرصيف أمام المخبز منذ الصباح وتتجمع في الطريق");
  await page.getByLabel("خط العرض", { exact: true }).fill("26.43412");
  await page.getByLabel("خط الطول", { exact: true }).fill("50.10155");
  await fits(page, "complaint form");
  await page.getByRole("button", { name: "إرسال البلاغ" }).click();
  const filed = page.getByTestId("complaint-filed");
  await expect(filed).toBeVisible();
  await expect(filed, "the confirmation takes the focus").toBeFocused();
  const reference = (await page.getByTestId("complaint-reference").innerText()).trim();
  expect(reference).toMatch(/^[A-Z0-9-]+$/);
  await fits(page, "complaint filed");
  await screenshot(page, "wayfinding-complaint-filed-ar-390");

  // ── Track it: from the confirmation's own link ──
  await filed.getByRole("link", { name: "متابعة البلاغ" }).click();
  await expect(page).toHaveURL(/\/ar\/complaints\/track$/);
  await page.getByLabel("رقم البلاغ", { exact: true }).fill(reference);
  await page.getByLabel("رقم الجوال", { exact: true }).fill(mobile);
  await page.getByRole("button", { name: "عرض البلاغ" }).click();
  await expect(page.getByTestId("view-reference")).toHaveText(reference);
  await fits(page, "tracked complaint");

  // ── Bill inquiry ──
  await home(page);
  await door(page, "الاستعلام عن فاتورة وسدادها", /\/ar\/bills\/inquiry$/);
  await page.getByLabel("رقم الفاتورة", { exact: true }).fill(grouped(bill.number));
  await page.getByLabel("رقم هوية الدافع", { exact: true }).fill(resident.login);
  await page.getByRole("button", { name: "استعلام" }).click();
  await expect(page.getByTestId("inquiry-result")).toBeVisible();
  await fits(page, "bill inquiry result");

  // ── Verification of a document ──
  await home(page);
  await door(page, "التحقق من وثيقة", /\/ar\/verify$/);
  await page.getByLabel("نوع الوثيقة", { exact: true }).selectOption({ label: "شهادة صحية" });
  await page.getByLabel("رمز التحقق", { exact: true }).fill("UNKNOWNCODE123");
  await page.getByRole("button", { name: "تحقق" }).click();
  await expect(page).toHaveURL(/\/ar\/verify\/health-certificate\/UNKNOWNCODE123$/);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await fits(page, "verification answer");
  // Not a dead end: the header still leads home.
  await home(page);
});
