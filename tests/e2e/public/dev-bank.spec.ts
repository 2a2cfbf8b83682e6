import { expect, screenshot, test } from "../fixtures";

/**
 * The development bank page (BANK_SIMULATOR=on on the e2e server): it sends REAL signed notifications to
 * the portal's endpoint and shows the portal's answer. Refusals leave the bill payable (nothing is paid
 * here: the citizen bills journey pays a bill through this page).
 */
const RESIDENT_BILL = "0009990037"; // seeded, unpaid, 350.00 SAR (prisma/seed/demo-bills.ts)
const NEVER_ISSUED = "9999999902"; // a valid check digit, beyond any sequence value issued in tests

test("the development bank refuses typos and wrong amounts, says why, and keeps what was typed", async ({ page }) => {
  const res = await page.goto("/ar/dev/bank");
  expect(res?.status()).toBe(200);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("محاكي البنك");
  const number = page.getByLabel("رقم الفاتورة", { exact: true });
  const amount = page.getByLabel("المبلغ بالريال (اختياري)", { exact: true });
  const pay = page.getByRole("button", { name: "سداد الفاتورة" });

  // A mistyped digit: caught by the check digit before anything is sent.
  await number.fill("0009 9900 36");
  await pay.click();
  await expect(page.getByTestId("error-summary")).toContainText("رقم الفاتورة غير صحيح");
  await expect(number).toHaveValue("0009 9900 36");

  // A bad amount.
  await number.fill(RESIDENT_BILL);
  await amount.fill("12.345");
  await pay.click();
  await expect(page.getByTestId("error-summary")).toContainText("اكتب المبلغ بالريال");
  await expect(amount).toHaveValue("12.345");

  // The wrong amount reaches the portal, which refuses it.
  await amount.fill("1");
  await pay.click();
  const result = page.getByTestId("bank-result");
  await expect(result).toContainText("رفضت البوابة إشعار السداد");
  await expect(result).toContainText("المبلغ المدفوع لا يطابق مبلغ الفاتورة.");
  await expect(result).toContainText("AMOUNT_MISMATCH");
  await expect(number).toHaveValue(RESIDENT_BILL);
  await screenshot(page, "dev-bank-refused-ar");

  // A well-formed number that was never issued.
  await number.fill(NEVER_ISSUED);
  await amount.fill("");
  await pay.click();
  await expect(result).toContainText("لا توجد فاتورة بهذا الرقم.");
});

test("the bill number can be passed in the address, and the English page works too", async ({ page }) => {
  await page.goto(`/en/dev/bank?bill=${RESIDENT_BILL}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Bank simulator");
  await expect(page.getByLabel("Bill number", { exact: true })).toHaveValue(RESIDENT_BILL);
});
