import { expect, screenshot, test } from "../fixtures";

/** Finance reconciliation: the daily table, the CSV export (BOM, Arabic) and the settlement-file check. */
test("finance sees the daily figures, exports CSV and finds unmatched bank payments", async ({ page, loginAs }) => {
  await loginAs("FINANCE");
  await page.goto("/ar/staff/finance/reconciliation");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("التسوية المالية");
  await expect(page.getByTestId("reconciliation-totals")).toBeVisible(); // the seeded demo bills of Dammam Central

  // A reversed range is refused with a clear message, and the default range is shown.
  await page.goto("/ar/staff/finance/reconciliation?from=2026-11-10&to=2026-11-01");
  await expect(page.getByTestId("range-error")).toContainText("يجب أن يكون تاريخ البداية قبل تاريخ النهاية");

  const csv = await page.request.get("/ar/staff/finance/reconciliation/export");
  expect(csv.status()).toBe(200);
  expect(csv.headers()["content-type"]).toContain("text/csv");
  const bytes = await csv.body();
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  expect(bytes.toString("utf8")).toContain("اليوم,البلدية");

  // A malformed settlement file: the line and the reason, in Arabic; the file stays chosen.
  const file = page.getByLabel("ملف التسوية", { exact: true });
  await file.setInputFiles({ name: "bad.csv", mimeType: "text/csv", buffer: Buffer.from("T1,0009990013,abc,2026-11-20,RJHI\n") });
  await page.getByRole("button", { name: "مطابقة الملف" }).click();
  await expect(page.getByTestId("error-summary")).toContainText("السطر 1: المبلغ يجب أن يكون عددًا صحيحًا موجبًا");

  await file.setInputFiles({
    name: "settlement.csv",
    mimeType: "text/csv",
    buffer: Buffer.from("bankTxnId,billNumber,amountHalalas,paidAt,bankCode\r\nDEMO-SEED-0001,0009990021,15000,2026-10-19T09:00:00Z,RJHI\r\nUNKNOWN-TXN-1,0009990013,70000,2026-11-20T09:00:00Z,NCB\r\n"),
  });
  await page.getByRole("button", { name: "مطابقة الملف" }).click();
  await expect(page.getByTestId("settlement-result")).toContainText("تمت مطابقة 1 من 2 عملية");
  await expect(page.getByTestId("settlement-issue")).toHaveCount(1);
  await expect(page.getByTestId("settlement-issue")).toContainText("لا توجد دفعة مسجلة بهذا الرقم");
  await screenshot(page, "staff-reconciliation-ar");

  // Citizens get neither the page nor the export.
  await loginAs("CITIZEN");
  expect((await page.request.get("/ar/staff/finance/reconciliation/export", { maxRedirects: 0 })).status()).toBe(403);
});
