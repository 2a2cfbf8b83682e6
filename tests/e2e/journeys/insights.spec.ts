import fs from "node:fs";
import path from "node:path";
import { expect, screenshot, SCREENSHOT_DIR, test } from "../fixtures";
import { smsOnPhone } from "../phone";

/**
 * Decision support (issue 15), in Arabic: the mayor's Amanah dashboard (figures, charts with their tables), a
 * drill-down from "licenses issued" to the list behind it — whose count must equal the figure — and its CSV; the
 * Dammam mayor's scope; the monthly report the worker's job produced at start, announced by SMS, opened and
 * downloaded; permits, appointments and kiosk use with their lists; the demo's year of history (trends before the
 * real records); a leader managing their report subscriptions. The period ends yesterday, so records other journeys create today cannot make the list and the
 * (job-refreshed) figure differ.
 */
const riyadhDay = (offsetDays: number) => new Date(Date.now() + 3 * 3_600_000 + offsetDays * 86_400_000).toISOString().slice(0, 10);
const FROM = riyadhDay(-90);
const TO = riyadhDay(-1);
const MAYOR_MOBILE = "0503000007";

test("the mayor's dashboard, a drill-down to the list behind a number, and its CSV", async ({ page, loginAs }) => {
  // Seven pages, a CSV and a phone-width reload: 40 s in a full run, past the default 60 s once on a just-built server.
  test.setTimeout(120_000);
  await loginAs("mayor");
  await page.goto("/ar/staff");
  await page.getByRole("link", { name: "لوحات القرار" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "لوحة الأمانة" })).toBeVisible();
  await expect(page).toHaveTitle(/لوحات دعم القرار/);

  await page.getByLabel("من تاريخ").fill(FROM);
  await page.getByLabel("إلى تاريخ").fill(TO);
  await page.getByRole("button", { name: "عرض" }).click();
  await expect(page.getByText(`الفترة: ${FROM} – ${TO}`)).toBeVisible();
  for (const title of ["الرخص", "الالتزام بمستوى الخدمة", "البلاغات", "المخالفات", "الإيرادات", "رخص البناء", "المواعيد", "أجهزة الخدمة الذاتية"]) {
    await expect(page.getByRole("heading", { level: 2, name: title, exact: true })).toBeVisible();
  }
  // Every chart is an image with a label, and its figures are in a table.
  await expect(page.getByRole("img", { name: "رسم بياني: الاتجاه — الرخص" })).toBeVisible();
  await page.getByTestId("section-licenses").getByText("بيانات الرسم في جدول", { exact: true }).click();
  await expect(page.getByRole("table", { name: "بيانات الرسم في جدول — الرخص" })).toBeVisible();
  await screenshot(page, "insights-mayor-dashboard");
  await page.screenshot({ path: path.join(SCREENSHOT_DIR, "insights-mayor-dashboard-top.png") });

  const figure = page.getByTestId("figure-licenses-issued").getByRole("link");
  const issued = Number((await figure.innerText()).replace(/[^\d]/g, ""));
  expect(issued).toBeGreaterThan(0); // the demo's office history issued licenses in the last 90 days
  await figure.click();
  await expect(page.getByRole("heading", { level: 1, name: "الرخص الصادرة في الفترة" })).toBeVisible();
  await expect(page.getByTestId("drill-total")).toHaveText(issued === 1 ? "سجل واحد" : issued === 2 ? "سجلان" : new RegExp(`^${issued} سجل`));
  await expect(page.getByRole("table", { name: "الرخص الصادرة في الفترة" }).locator("tbody tr")).toHaveCount(Math.min(issued, 50));
  await screenshot(page, "insights-drill-list");

  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "تصدير القائمة CSV" }).click()]);
  expect(download.suggestedFilename()).toMatch(/^insights-licenses-issued-.*\.csv$/);
  const lines = fs.readFileSync((await download.path())!, "utf8").replace(/^\ufeff/, "").trim().split("\r\n");
  expect(lines[0]).toContain("الاسم التجاري");
  expect(lines).toHaveLength(issued + 1);

  await page.getByRole("link", { name: "العودة إلى اللوحة" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "لوحة الأمانة" })).toBeVisible();
  const [dashCsv] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "تصدير CSV" }).click()]);
  expect(fs.readFileSync((await dashCsv.path())!, "utf8")).toContain("الرخص الصادرة");

  await page.setViewportSize({ width: 390, height: 844 });
  await page.reload();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await screenshot(page, "insights-mayor-dashboard-phone");
});

test("the Dammam mayor sees Central Dammam only; the Amanah level is refused", async ({ page, loginAs }) => {
  await loginAs("mayor.dammam");
  await page.goto("/ar/staff/insights");
  await expect(page.getByRole("heading", { level: 1, name: "لوحة البلدية: بلدية وسط الدمام" })).toBeVisible();
  await expect(page.getByLabel("المستوى").locator("option")).toHaveText(["البلدية", "الإدارة"]);
  const res = await page.goto("/ar/staff/insights?level=amanah");
  expect(res?.status()).toBe(403);
});

test("a monthly report produced by the job, announced by SMS, opened and downloaded", async ({ page, loginAs }) => {
  // The worker runs every job once when it starts: the reports job produced last month's report and texted the mayor.
  const sms = await smsOnPhone(MAYOR_MOBILE, /تقرير الأداء الشهري لـأمانة المنطقة الشرقية/, 60_000);
  expect(sms).toContain("جاهز في بوابة الأمانة");
  await loginAs("mayor");
  await page.goto("/ar/staff/insights/reports");
  await expect(page.getByRole("heading", { level: 1, name: "التقارير الدورية" })).toBeVisible();
  const monthly = page.getByTestId("report-MONTHLY").filter({ hasText: "أمانة المنطقة الشرقية" }).first();
  await expect(monthly).toBeVisible();
  await screenshot(page, "insights-reports-list");
  await monthly.getByRole("link", { name: /فتح التقرير/ }).click();
  await expect(page.getByRole("heading", { level: 1, name: "التقرير الشهري — أمانة المنطقة الشرقية" })).toBeVisible();
  await expect(page.getByRole("table", { name: "بيانات الرسم في جدول — البلاغات" })).toBeVisible();
  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("navigation", { name: "البلدية" })).toBeHidden();
  await screenshot(page, "insights-monthly-report-print");
  await page.screenshot({ path: path.join(SCREENSHOT_DIR, "insights-monthly-report-print-top.png") });
  await page.emulateMedia({ media: "screen" });
  const [xlsx] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "تنزيل Excel" }).click()]);
  expect(xlsx.suggestedFilename()).toMatch(/^report-monthly-\d{4}-\d{2}-01\.xlsx$/);
  expect(fs.readFileSync((await xlsx.path())!).subarray(0, 2).toString()).toBe("PK"); // a zip: the xlsx container
  const [csv] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "تنزيل CSV" }).click()]);
  expect(fs.readFileSync((await csv.path())!, "utf8")).toContain("التقرير الشهري — أمانة المنطقة الشرقية");
});

test("permits, appointments and kiosk use, each with the list behind it; a year of demo history", async ({ page, loginAs }) => {
  await loginAs("mayor");
  await page.goto(`/ar/staff/insights?level=amanah&from=${FROM}&to=${TO}`);
  for (const [figure, heading] of [
    ["figure-appointments-booked", "المواعيد المحجوزة في الفترة"],
    ["figure-permits-issued", "رخص البناء الصادرة في الفترة"],
    ["figure-kiosks-sessions", "جلسات الأجهزة الذاتية في الفترة"],
  ] as const) {
    const link = page.getByTestId(figure).getByRole("link");
    const n = Number((await link.innerText()).replace(/[^\d]/g, ""));
    await link.click();
    await expect(page.getByRole("heading", { level: 1, name: heading })).toBeVisible();
    // The list behind the figure has as many records as the figure says (the period is only real records).
    await expect(page.getByTestId("drill-total")).toHaveText(n === 0 ? "لا توجد سجلات" : n === 1 ? "سجل واحد" : n === 2 ? "سجلان" : new RegExp(`^${n} سجل`));
    await page.goBack();
  }
  await screenshot(page, "insights-new-sections");

  // Before the first real records: the demo's history rows (prisma/seed/insights-history.ts), so trends are not flat.
  const from = riyadhDay(-364);
  const to = riyadhDay(-120);
  await page.goto(`/ar/staff/insights?level=amanah&from=${from}&to=${to}`);
  // (The demo kiosks are Al-Ahsa's, another Amanah: the Eastern Province mayor's kiosk figures are zero, rightly.)
  for (const figure of ["figure-complaints-received", "figure-permits-issued", "figure-appointments-booked", "figure-revenue-total"]) {
    expect(Number((await page.getByTestId(figure).getByRole("link").first().innerText()).replace(/[^\d]/g, "")), figure).toBeGreaterThan(0);
  }
  await expect(page.getByRole("img", { name: "رسم بياني: الاتجاه — البلاغات" })).toBeVisible();
  await screenshot(page, "insights-year-history");
});

test("a leader subscribes to and unsubscribes from periodic reports; the page refuses scopes not theirs", async ({ page, loginAs }) => {
  await loginAs("mayor.dammam");
  await page.goto("/ar/staff/insights/reports");
  await page.getByRole("link", { name: "إدارة اشتراكاتي في التقارير" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "اشتراكاتي في التقارير الدورية" })).toBeVisible();
  await expect(page).toHaveTitle(/اشتراكاتي في التقارير الدورية/);
  // Only Central Dammam: no Amanah report, no other municipality.
  await expect(page.getByRole("form", { name: "اشتراكاتي في التقارير الدورية" }).getByRole("group")).toHaveCount(1);
  const weekly = page.getByRole("checkbox", { name: "التقرير أسبوعي — بلدية وسط الدمام" });
  const monthly = page.getByRole("checkbox", { name: "التقرير شهري — بلدية وسط الدمام" });
  await expect(weekly).toBeChecked();
  await expect(monthly).toBeChecked();
  await weekly.uncheck();
  await page.getByRole("button", { name: "حفظ الاشتراكات" }).click();
  await expect(page.getByTestId("subscriptions-saved")).toContainText("(1)");
  await screenshot(page, "insights-subscriptions");
  await page.reload();
  await expect(weekly).not.toBeChecked();
  await expect(monthly).toBeChecked();
  await page.goto("/ar/staff/insights/reports");
  await expect(page.getByText("أسبوعي — بلدية وسط الدمام")).toHaveCount(0);
  await expect(page.getByText("شهري — بلدية وسط الدمام").first()).toBeVisible();
  // Back as it was.
  await page.goto("/ar/staff/insights/reports/subscriptions");
  await weekly.check();
  await page.getByRole("button", { name: "حفظ الاشتراكات" }).click();
  await expect(page.getByTestId("subscriptions-saved")).toContainText("(2)");
  await page.setViewportSize({ width: 390, height: 844 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
});
