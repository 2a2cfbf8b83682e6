import type { Page } from "@playwright/test";
import { demoAccount, expect, screenshot, test } from "../fixtures";
import { png } from "../png";

/**
 * Issue 17 item 2, in Arabic at 390 px: the citizen's dashboard has no "coming soon" tile, and «مطلوب منك» shows
 * what is owed and pending — an unpaid 1,000 SAR fine and a pending objection — each with a link to act.
 * The journey makes its own data: an inspector records two violations on the demo citizen's grocery; the
 * citizen objects to one of them.
 */
const citizen = demoAccount("CITIZEN", 0);
const GROCERY = "2050654321"; // بقالة الندى, owned by the demo citizen
const PNG = { name: "shop.png", mimeType: "image/png", buffer: png(48, 36, (x, y) => (y < 12 && Math.floor(x / 6) % 2 === 0 ? [0, 122, 61] : [200, 180, 150])) };
const grouped = (n: string) => n.replace(/(\d{4})(?=\d)/g, "$1 ");

async function recordViolation(page: Page, article: RegExp, fine: string) {
  await page.goto("/ar/staff/violations/new");
  await page.getByLabel("رقم الرخصة أو السجل التجاري", { exact: true }).fill(GROCERY);
  await page.getByRole("button", { name: "بحث" }).click();
  await expect(page.getByTestId("establishment-name")).toBeVisible();
  const select = page.getByLabel("المادة المخالفة", { exact: true });
  const value = await select.locator("option").filter({ hasText: article }).first().getAttribute("value");
  await select.selectOption(value!);
  await page.getByLabel("مبلغ الغرامة (ريال)", { exact: true }).fill(fine);
  await page.getByTestId("photo-input").setInputFiles(PNG);
  await page.getByLabel("خط العرض", { exact: true }).fill("26.4412");
  await page.getByLabel("خط الطول", { exact: true }).fill("50.0967");
  await page.getByRole("button", { name: "تسجيل المخالفة وإصدار الفاتورة" }).click();
  await expect(page.getByTestId("violation-recorded")).toBeVisible();
  return { violationNumber: (await page.getByTestId("violation-number").textContent())!.trim(), billNumber: (await page.getByTestId("bill-number").textContent())!.replace(/\s/g, "") };
}

test("the dashboard shows an unpaid 1,000 SAR fine and a pending objection under «مطلوب منك», each with a link to act", async ({ page, loginAs }) => {
  await loginAs("FIELD_INSPECTOR");
  const fine = await recordViolation(page, /^HLT-103/, "1000");
  const objected = await recordViolation(page, /^HLT-104/, "500");

  await loginAs(citizen);
  await page.goto("/ar/my/violations");
  await page.getByTestId("my-violation").filter({ hasText: objected.violationNumber }).getByRole("link").click();
  await page.getByLabel("سبب الاعتراض", { exact: true }).fill("كان العاملون يرتدون الزي الكامل وقت الجولة، والصور المرفقة تثبت ذلك.");
  await page.getByRole("button", { name: "تقديم الاعتراض" }).click();
  await expect(page.getByTestId("form-success")).toContainText("قُدّم اعتراضك");

  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto("/ar/my");
  const panel = page.getByTestId("todo-panel");
  await expect(page.getByText("مطلوب منك", { exact: true })).toBeVisible();
  const bill = panel.getByTestId("todo-item").filter({ has: page.getByTestId("todo-number").getByText(fine.billNumber, { exact: true }) });
  await expect(bill).toHaveAttribute("data-kind", "unpaidBill");
  await expect(bill.getByTestId("todo-amount")).toHaveText("1,000.00\u00a0ر.س");
  const objection = panel.getByTestId("todo-item").filter({ has: page.getByTestId("todo-number").getByText(objected.violationNumber, { exact: true }) });
  await expect(objection).toHaveAttribute("data-kind", "objection");
  await expect(objection).toContainText("اعتراضك على مخالفة قيد النظر");
  // No tile says "coming soon"; every tile is a link.
  await expect(page.getByRole("main")).not.toContainText("قريبًا");
  expect(await page.getByTestId("dashboard-tile").count()).toBeGreaterThanOrEqual(4);
  expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
  await screenshot(page, "citizen-dashboard-todo-ar-390");

  // Each item leads to where the citizen acts.
  await bill.getByRole("link", { name: "ادفع الفاتورة" }).click();
  await expect(page).toHaveURL(new RegExp(`/ar/my/bills/${fine.billNumber}$`));
  await expect(page.getByTestId("bill-number").first()).toHaveText(grouped(fine.billNumber));
  await page.goBack();
  await page.getByTestId("todo-item").filter({ hasText: objected.violationNumber }).getByRole("link", { name: "عرض الاعتراض" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`مخالفة رقم ${objected.violationNumber}`);
  await expect(page.getByTestId("objection")).toContainText("قيد الدراسة");
});

test("another citizen's dashboard does not show them", async ({ page, loginAs }) => {
  await loginAs(demoAccount("CITIZEN", 1));
  await page.goto("/ar/my");
  await expect(page.getByTestId("todo-panel")).toBeVisible();
  for (const kind of await page.getByTestId("todo-item").evaluateAll((els) => els.map((e) => e.getAttribute("data-kind")))) {
    expect(kind).not.toBe("objection"); // the resident owns no establishment: no objection can be theirs
  }
});
