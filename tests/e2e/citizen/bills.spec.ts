import { demoAccount, expect, screenshot, test } from "../fixtures";
import { DEMO_BILLS } from "../../../prisma/seed/demo-bills";

/**
 * The citizen's bills end to end: My bills → public inquiry (match, neutral miss, typo) → paying at the
 * development bank (a real signed notification) → the bill shows paid → the printable receipt → its
 * QR code's public verification page. Uses the seeded unpaid demo bill of the demo citizen.
 */
const citizen = demoAccount("CITIZEN", 0);
const resident = demoAccount("CITIZEN", 1);
const unpaid = DEMO_BILLS.find((b) => b.payerNationalId === citizen.login && !b.payment)!;
const residentsBill = DEMO_BILLS.find((b) => b.payerNationalId === resident.login)!;
const grouped = (n: string) => n.replace(/(\d{4})(?=\d)/g, "$1 ");
const total = unpaid.lines.reduce((n, l) => n + l.amountHalalas, 0);
const totalAr = `${(total / 100).toLocaleString("en-US", { minimumFractionDigits: 2 })}\u00a0ر.س`;

test("a citizen sees an unpaid bill, finds it by public inquiry, pays it at the bank and verifies the receipt", async ({ page, loginAs }) => {
  // ── My bills ──
  await loginAs(citizen);
  await page.goto("/ar/my/bills");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("فواتيري");
  const card = page.getByTestId("bill-card").filter({ hasText: grouped(unpaid.number) });
  await expect(card).toHaveCount(1);
  await expect(card).toContainText("غير مدفوعة");
  await expect(card).toContainText(totalAr);
  await expect(card).toContainText(unpaid.lines[0]!.descriptionAr);
  await expect(page.getByTestId("bill-card").first()).toHaveAttribute("data-status", "UNPAID"); // unpaid first
  const howTo = page.getByRole("region", { name: "طريقة السداد عبر سداد" });
  await expect(howTo.locator("bdi")).toHaveText(["301", grouped(unpaid.number)]);
  await screenshot(page, "citizen-my-bills-ar");

  // Another person's bill by number, or a number that does not exist: the same 404.
  for (const n of [residentsBill.number, "0009999990"]) {
    const res = await page.goto(`/ar/my/bills/${n}`);
    expect(res?.status(), n).toBe(404);
    await expect(page.getByText(residentsBill.payerName)).toHaveCount(0);
  }
  const detail = await page.goto(`/ar/my/bills/${unpaid.number}`);
  expect(detail?.status()).toBe(200);
  await expect(page.getByTestId("bill-number").first()).toHaveText(grouped(unpaid.number));
  // Each line in the page's language only (issue 17, item 9).
  await expect(page.getByTestId("bill-line").first()).toHaveText(unpaid.lines[0]!.descriptionAr);
  await expect(page.getByText(unpaid.lines[0]!.descriptionEn)).toHaveCount(0);

  // ── Public inquiry, signed out ──
  await page.context().clearCookies();
  await page.goto("/ar/bills/inquiry");
  const number = page.getByLabel("رقم الفاتورة", { exact: true });
  const nationalId = page.getByLabel("رقم هوية الدافع", { exact: true });
  const submit = page.getByRole("button", { name: "استعلام" });

  // Sent empty: the field says the same specific request as the summary, not the generic "required".
  await submit.click();
  await expect(page.getByTestId("error-summary")).toContainText("أدخل رقم الفاتورة.");
  await expect(number).toHaveAccessibleDescription(/أدخل رقم الفاتورة\./);
  await expect(number).not.toHaveAccessibleDescription(/هذا الحقل مطلوب/);

  // A mistyped digit is caught by the check digit, and what was typed stays.
  await number.fill("0009 9900 31");
  await nationalId.fill(citizen.login);
  await submit.click();
  await expect(page.getByTestId("error-summary")).toContainText("يبدو أن أحد أرقامه مكتوب خطأ");
  await expect(number).toHaveValue("0009 9900 31");
  await expect(nationalId).toHaveValue(citizen.login);

  // Right number, someone else's ID: the neutral answer.
  await number.fill(grouped(unpaid.number));
  await nationalId.fill(resident.login);
  await submit.click();
  await expect(page.getByTestId("inquiry-no-match")).toHaveText(/لا توجد فاتورة تطابق البيانات المدخلة/);
  await expect(page.getByTestId("inquiry-result")).toHaveCount(0);
  await expect(number).toHaveValue(grouped(unpaid.number));

  await nationalId.fill(citizen.login);
  // The inquiry is a POST (issue 11): the national ID travels in the body, never in the URL.
  const posted = page.waitForRequest((r) => r.method() === "POST" && r.url().includes("/ar/bills/inquiry"));
  await submit.click();
  expect((await posted).postData() ?? "").toContain(citizen.login);
  const result = page.getByTestId("inquiry-result");
  await expect(result).toContainText("غير مدفوعة");
  await expect(result).toContainText(totalAr);
  await expect(page.getByTestId("inquiry-no-match")).toHaveCount(0);
  expect(page.url()).not.toContain(citizen.login);
  expect(page.url()).not.toContain("nationalId");
  expect(new URL(page.url()).search).toBe("");
  await screenshot(page, "public-bill-inquiry-ar");
  // The old GET link no longer answers: an ID in a query string is ignored.
  await page.goto(`/ar/bills/inquiry?billNumber=${unpaid.number}&payerType=person&nationalId=${citizen.login}`);
  await expect(page.getByTestId("inquiry-result")).toHaveCount(0);
  await expect(page.getByLabel("رقم هوية الدافع", { exact: true })).toHaveValue("");

  // ── Pay at the development bank (signed notification to the real endpoint) ──
  await page.goto(`/ar/dev/bank?bill=${unpaid.number}`);
  await page.getByRole("button", { name: "سداد الفاتورة" }).click();
  await expect(page.getByTestId("bank-result")).toContainText("تم قبول السداد");

  // ── The bill shows paid, with its receipt ──
  await loginAs(citizen);
  await page.goto("/ar/my/bills");
  const paidCard = page.getByTestId("bill-card").filter({ hasText: grouped(unpaid.number) });
  await expect(paidCard).toHaveAttribute("data-status", "PAID");
  await expect(paidCard).toContainText("مدفوعة");
  await paidCard.getByRole("link", { name: "عرض الإيصال" }).click();
  await expect(page).toHaveURL(new RegExp(`/ar/my/bills/${unpaid.number}/receipt$`));
  const receipt = page.getByTestId("receipt");
  await expect(receipt.getByRole("heading", { level: 1 })).toHaveText("إيصال سداد");
  await expect(receipt).toContainText(totalAr);
  await expect(page.getByTestId("receipt-qr")).toHaveAttribute("src", /^data:image\/svg\+xml/);
  const verifyUrl = (await page.getByTestId("receipt-verify-url").textContent())!.trim();
  // The QR code opens a random token's page, not the (sequential, printed) receipt number's (decision 012).
  expect(verifyUrl).toMatch(/\/ar\/verify\/receipt\/[A-Za-z0-9_-]{22}$/);
  const receiptNumber = (await page.getByTestId("receipt-code").textContent())!.trim();
  expect(receiptNumber).toMatch(/^R\d{7,}$/);
  await screenshot(page, "citizen-receipt-ar");
  // Printing hides the portal's header, navigation and footer.
  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("navigation", { name: "خدماتي" })).toBeHidden();
  await expect(page.locator("footer")).toBeHidden();
  await expect(receipt).toBeVisible();
  await page.emulateMedia({ media: "screen" });

  // ── The QR code's page, signed out ──
  await page.context().clearCookies();
  const verifyPath = new URL(verifyUrl).pathname;
  const ok = await page.goto(verifyPath);
  expect(ok?.status()).toBe(200);
  const verified = page.getByTestId("receipt-verified");
  await expect(verified).toContainText("إيصال صحيح");
  await expect(verified).toContainText("مدفوعة");
  await expect(verified).toContainText(grouped(unpaid.number));
  await expect(verified).toContainText(totalAr);
  await expect(page.getByTestId("masked-payer")).toHaveText("عبدالله ب*** م*** ا***");
  await expect(page.getByText(citizen.login)).toHaveCount(0);
  await screenshot(page, "public-verify-receipt-ar");

  const missing = await page.goto("/ar/verify/receipt/R0000000");
  expect(missing?.status()).toBe(404);
  await expect(page.getByTestId("receipt-not-found")).toContainText("لم يُعثر على الإيصال");
  // The printed receipt number alone verifies nothing: receipts cannot be enumerated from it.
  expect((await page.goto(`/ar/verify/receipt/${receiptNumber}`))?.status()).toBe(404);
  await expect(page.getByTestId("receipt-not-found")).toBeVisible();
});
