import type { Page } from "@playwright/test";
import { expect, screenshot, test } from "../fixtures";
import { DEMO_APPLICATIONS } from "../../../prisma/seed/licensing-demo";
import { png } from "../png";

/**
 * The licensing office in Arabic, on the seeded demo applications of OFF-INJAZ (prisma/seed/licensing-demo.ts):
 * (a) the queue: oldest deadline first, SLA badges, search and filters;
 * (b) the agent takes a new submission (a refused return keeps what was typed) and accepts it — and sees
 *     only the agent's actions;
 * (c) the technical inspector records the field visit of the health application on a phone-sized screen;
 * (d) the health specialist approves the health review; (e) the manager approves with the fee preview and
 *     the bill is issued. Each role sees only its own actions.
 */
test.describe.configure({ mode: "serial" });

const [SHOP, RESTAURANT, SALON] = DEMO_APPLICATIONS;
const PHONE = { width: 390, height: 844 };

/** A small real PNG (a kitchen-tile pattern). */
const makePng = (w = 64, h = 48) => png(w, h, (x, y) => ((Math.floor(x / 8) + Math.floor(y / 8)) % 2 ? [230, 230, 220] : [40, 120, 90]));
const PNG = { name: "المطبخ.png", mimeType: "image/png", buffer: makePng() };

async function noHorizontalOverflow(page: Page) {
  const { scroll, client } = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
  expect(scroll, "page wider than the screen").toBeLessThanOrEqual(client);
}

/** Opens an application from the queue by searching its trade name (other journeys add applications too). */
async function openFromQueue(page: Page, tradeName: string) {
  await page.goto("/ar/office/applications?view=all");
  await page.getByLabel("رقم الطلب أو السجل التجاري أو الاسم التجاري", { exact: true }).fill(tradeName);
  await page.getByRole("button", { name: "عرض النتائج" }).click();
  const row = page.getByTestId("queue-row").filter({ hasText: tradeName });
  await expect(row).toHaveCount(1);
  await row.getByRole("link").first().click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(tradeName);
}

const actions = (page: Page) => page.getByTestId("actions");

test("the queue lists the office's applications, oldest deadline first, with search and filters", async ({ page, loginAs }) => {
  await loginAs("OFFICE_AGENT");
  await page.goto("/ar/office/applications");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("طلبات الرخص");
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
  const rows = page.getByTestId("queue-row");
  const order = (await rows.allTextContents()).map((t) => [RESTAURANT, SALON, SHOP].findIndex((d) => t.includes(d.tradeNameAr))).filter((i) => i >= 0);
  expect(order).toEqual([0, 1, 2]); // overdue visit, review due soon, fresh submission
  await expect(rows.filter({ hasText: RESTAURANT.tradeNameAr }).getByTestId("sla-badge")).toHaveAttribute("data-sla", "overdue");
  await expect(rows.filter({ hasText: SALON.tradeNameAr }).getByTestId("sla-badge")).toHaveAttribute("data-sla", "soon");
  await expect(rows.filter({ hasText: SHOP.tradeNameAr }).getByTestId("sla-badge")).toHaveAttribute("data-sla", "ok");
  await expect(rows.filter({ hasText: RESTAURANT.tradeNameAr })).toContainText("بانتظار الزيارة الميدانية");
  await screenshot(page, "office-queue");

  // health licenses only: the phone shop disappears
  await page.getByLabel("نوع الرخصة", { exact: true }).selectOption({ label: "رخصة صحية" });
  await page.getByRole("button", { name: "عرض النتائج" }).click();
  await expect(page).toHaveURL(/kind=HEALTH/);
  await expect(rows.filter({ hasText: SHOP.tradeNameAr })).toHaveCount(0);
  await expect(rows.filter({ hasText: RESTAURANT.tradeNameAr })).toHaveCount(1);

  // "waiting for me" for an agent: submissions and reviews, not the field visit
  await page.goto("/ar/office/applications?view=mine");
  await expect(rows.filter({ hasText: RESTAURANT.tradeNameAr })).toHaveCount(0);
  await expect(rows.filter({ hasText: SHOP.tradeNameAr })).toHaveCount(1);

  // search by commercial registration number
  await page.goto(`/ar/office/applications?q=${SALON.commercialRegNo}`);
  await expect(rows).toHaveCount(1);
  await expect(rows).toContainText(SALON.tradeNameAr);
  await page.goto("/ar/office/applications?q=لا-يوجد-مثله");
  await expect(page.getByTestId("queue-empty")).toHaveText("لا توجد طلبات تطابق هذا العرض.");

  // an unknown id is a 404, not an error page
  const res = await page.goto("/ar/office/applications/not-an-application");
  expect(res?.status()).toBe(404);
});

test("the agent takes the new submission and accepts it, seeing only the agent's actions", async ({ page, loginAs }) => {
  await loginAs("OFFICE_AGENT");
  await openFromQueue(page, SHOP.tradeNameAr);
  await expect(page.getByTestId("documents")).toContainText("عقد الإيجار");
  await expect(page.getByTestId("history-row")).toHaveCount(1);
  await expect(actions(page).getByRole("button")).toHaveText(["استلام الطلب للمراجعة"]);
  await expect(actions(page).getByRole("link", { name: "تسجيل الزيارة الميدانية" })).toHaveCount(0);

  await actions(page).getByRole("button", { name: "استلام الطلب للمراجعة" }).click();
  await page.getByRole("button", { name: "تأكيد" }).click();
  await expect(page.getByTestId("step-done")).toContainText("قيد مراجعة المكتب");
  // Issue 17 item 5: the notice takes the focus, and the next actions are there at once — no reload.
  await expect(page.getByTestId("step-done")).toBeFocused();
  await expect(actions(page).getByRole("button")).toHaveText(["قبول الطلب وإحالته للزيارة الميدانية", "إعادة الطلب لمقدمه", "رفض الطلب"]);
  await expect(page.getByTestId("history-row")).toHaveCount(2);

  // a return needs a real note: refused, and what was typed stays
  await actions(page).getByRole("button", { name: "إعادة الطلب لمقدمه" }).click();
  const note = page.getByLabel("المطلوب من مقدم الطلب تعديله", { exact: true });
  await note.fill("ناقص");
  await page.getByRole("button", { name: "تأكيد" }).click();
  await expect(page.getByTestId("error-summary")).toContainText("اكتب 10 أحرف على الأقل");
  await expect(note).toHaveValue("ناقص");
  await screenshot(page, "office-application-agent-return-refused");
  await page.getByRole("button", { name: "إلغاء" }).click();

  await actions(page).getByRole("button", { name: "قبول الطلب وإحالته للزيارة الميدانية" }).click();
  await page.getByLabel("ملاحظة (اختيارية)", { exact: true }).fill("المستندات مكتملة ومطابقة");
  await page.getByRole("button", { name: "تأكيد" }).click();
  await expect(page.getByTestId("step-done")).toContainText("بانتظار الزيارة الميدانية");
  await expect(page.getByTestId("no-actions")).toHaveText("لا يوجد إجراء مطلوب منك في هذه المرحلة.");
  await expect(page.getByTestId("stage")).toContainText("الطلب الآن لدى: المراقب الفني");
  await expect(page.getByTestId("history-row")).toHaveCount(3);
  await expect(page.getByTestId("history")).toContainText("المستندات مكتملة ومطابقة");
  await screenshot(page, "office-application-agent");
});

test("the technical inspector records the visit on a phone", async ({ page, loginAs }) => {
  test.setTimeout(120_000);
  await page.setViewportSize(PHONE);
  await loginAs("OFFICE_TECH_INSPECTOR");
  await openFromQueue(page, RESTAURANT.tradeNameAr);
  await expect(actions(page).getByRole("button")).toHaveCount(0);
  await actions(page).getByRole("link", { name: "تسجيل الزيارة الميدانية" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("الزيارة الميدانية");
  await expect(page.getByTestId("inspect-trade-name")).toHaveText(RESTAURANT.tradeNameAr);
  await noHorizontalOverflow(page);

  // nothing answered: refused with the count of items left, nothing lost
  await page.getByLabel("ملاحظات المراقب", { exact: true }).fill("المطبخ نظيف والتهوية جيدة");
  await page.getByRole("button", { name: "حفظ نتيجة الزيارة" }).click();
  await expect(page.getByTestId("answers-error")).toContainText("أجب عن جميع بنود قائمة التحقق");
  await expect(page.getByLabel("ملاحظات المراقب", { exact: true })).toHaveValue("المطبخ نظيف والتهوية جيدة");

  const items = page.locator('[data-testid^="item-"]');
  const n = await items.count();
  expect(n).toBeGreaterThan(8); // common + food items + workers' health certificates
  await expect(page.getByTestId("item-workerHealthCerts")).toContainText("شهادات صحية سارية لجميع العاملين");
  for (let i = 0; i < n; i++) await items.nth(i).getByLabel("مستوفى", { exact: true }).check();
  await expect(page.getByTestId("inspection-summary")).toHaveText("جميع البنود مستوفاة: سيُحال الطلب إلى قيد المراجعة الصحية.");
  // touch targets: each answer is at least 44 px tall
  const box = await items.first().getByText("مستوفى", { exact: true }).boundingBox();
  expect(box?.height ?? 0).toBeGreaterThanOrEqual(44);

  await page.getByTestId("photo-input").setInputFiles(PNG);
  await expect(page.getByTestId("photo-list")).toContainText("المطبخ.png");
  await page.getByLabel("خط العرض", { exact: true }).fill("26.4333");
  await page.getByLabel("خط الطول", { exact: true }).fill("50.1031");
  await page.getByLabel("دقة الموقع (متر)", { exact: true }).fill("9");
  await noHorizontalOverflow(page);
  await screenshot(page, "office-inspection-phone");
  const posted = page.waitForResponse((r) => r.request().method() === "POST" && !!r.request().headers()["next-action"], { timeout: 20_000 }).catch(() => null);
  await page.getByRole("button", { name: "حفظ نتيجة الزيارة" }).click();
  const response = await posted;
  const saved = page.getByTestId("inspection-saved");
  await saved.waitFor({ timeout: 15_000 }).catch(() => undefined);
  if (!(await saved.isVisible())) {
    // Say why: a refusal shows in the error summary (the server's answer is in the response).
    await screenshot(page, "office-inspection-phone-not-saved");
    const summary = (await page.getByTestId("error-summary").count()) ? await page.getByTestId("error-summary").innerText() : null;
    const body = response ? await response.text().catch((e: unknown) => String(e)) : "";
    throw new Error(`visit not saved: ${response ? `HTTP ${response.status()} ${body.slice(0, 800)}` : "no server action call"}; summary: ${summary}`);
  }
  await expect(saved).toHaveAttribute("data-result", "PASS");
  await expect(page.getByTestId("inspection-saved")).toContainText("قيد المراجعة الصحية");
  await screenshot(page, "office-inspection-phone-saved");

  await page.getByRole("link", { name: "العودة إلى الطلب" }).last().click();
  const visit = page.getByTestId("inspection");
  await expect(visit).toHaveAttribute("data-result", "PASS");
  await expect(visit).toContainText("مستوفية");
  await expect(visit.getByRole("img")).toHaveCount(1);
  await expect(page.getByTestId("no-actions")).toBeVisible();
  await noHorizontalOverflow(page);
  await screenshot(page, "office-application-phone");
});

test("the health specialist approves the health review; the manager approves with the fee and the bill is issued", async ({ page, loginAs }) => {
  test.setTimeout(120_000);
  await loginAs("OFFICE_HEALTH_SPECIALIST");
  await openFromQueue(page, RESTAURANT.tradeNameAr);
  await expect(actions(page).getByRole("button")).toHaveText(["اعتماد المراجعة الصحية", "إعادة الطلب لمقدمه", "رفض الطلب"]);
  await actions(page).getByRole("button", { name: "اعتماد المراجعة الصحية" }).click();
  await page.getByRole("button", { name: "تأكيد" }).click();
  await expect(page.getByTestId("step-done")).toContainText("بانتظار اعتماد مدير المكتب");

  await page.context().clearCookies();
  await loginAs("OFFICE_MANAGER");
  await openFromQueue(page, RESTAURANT.tradeNameAr);
  await expect(actions(page).getByRole("button")).toHaveText(["اعتماد الطلب وإصدار فاتورة الرسوم", "إعادة الطلب لمقدمه", "رفض الطلب"]);
  await actions(page).getByRole("button", { name: "اعتماد الطلب وإصدار فاتورة الرسوم" }).click();
  await expect(page.getByTestId("fee-preview")).toContainText("رسم الرخصة الصحية");
  const total = (await page.getByTestId("fee-total").textContent())?.trim();
  expect(total).toBeTruthy();
  await screenshot(page, "office-application-manager-approve");
  await page.getByRole("button", { name: "تأكيد" }).click();
  await expect(page.getByTestId("step-done")).toContainText("بانتظار سداد الرسوم");
  await expect(page.getByTestId("step-done")).toContainText("صدرت فاتورة الرسوم رقم");
  await page.reload();
  await expect(page.getByTestId("bill-number")).toBeVisible();
  await expect(page.getByText(total!, { exact: true })).toBeVisible();
  await expect(page.getByTestId("history-row")).toHaveCount(6);
  await screenshot(page, "office-application-manager");

  // the agent has nothing to do at this stage
  await page.context().clearCookies();
  await loginAs("OFFICE_AGENT");
  await openFromQueue(page, RESTAURANT.tradeNameAr);
  await expect(page.getByTestId("no-actions")).toBeVisible();
  await expect(actions(page).getByRole("button")).toHaveCount(0);
});

test("the staff KPI page shows the licensing indicators", async ({ page, loginAs }) => {
  await loginAs("REVIEWER");
  await page.goto("/ar/staff/licensing");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("مؤشرات الرخص");
  await expect(page.getByTestId("kpi-median")).toBeVisible();
  await screenshot(page, "staff-licensing-kpi");
});
