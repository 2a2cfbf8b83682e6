import type { Page } from "@playwright/test";
import { withCheckDigit } from "../../../lib/domain/identity/national-id";
import { AGENCY_CLIENTS } from "../../../prisma/seed/agency-clients";
import { demoAccount, expect, screenshot, test } from "../fixtures";

/**
 * The first "must show", end to end in Arabic, for a HEALTH activity (a restaurant):
 * citizen applies → office agent takes and accepts → technical inspector records the visit → health
 * specialist approves → office manager approves (fee bill) → citizen pays at the development bank →
 * license issued → its QR page says valid → a worker's health certificate is requested and the medical
 * examiner records FIT → the labor office cancels the license through the agency API → the license's
 * page says cancelled, the worker's certificate is revoked, and the SMS log shows every message.
 */
const citizen = demoAccount("CITIZEN");
const LABOR_KEY = AGENCY_CLIENTS.find((c) => c.code === "LABOR")!.demoKey;
const PNG = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==", "base64");
const PDF = Buffer.from("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");
const file = (name: string, mimeType: string, buffer: Buffer) => ({ name, mimeType, buffer });
// A commercial registration of its own, so a rerun against the same database never collides.
const CR = `70${String(Date.now()).slice(-8)}`;
const TRADE_NAME = `مطعم نخلة الشرق ${CR.slice(-4)}`;

async function switchTo(page: Page, loginAs: (who: string) => Promise<unknown>, who: string) {
  await page.context().clearCookies();
  await loginAs(who);
}

/** Opens an office application and takes one step (button → confirmation form → "تأكيد"). */
async function officeStep(page: Page, id: string, action: string, shot: string) {
  const res = await page.goto(`/ar/office/applications/${id}`);
  expect(res?.status()).toBe(200);
  await page.getByRole("button", { name: action, exact: true }).click();
  await screenshot(page, shot);
  await page.getByRole("button", { name: "تأكيد", exact: true }).click();
  const done = page.getByTestId("step-done");
  await expect(done).toBeVisible();
  return done;
}

test("a health license from application to issuance, then cancelled by the labor office with its health certificate", async ({ page, loginAs }) => {
  test.setTimeout(300_000);

  // ── 1. The citizen applies (4 steps, each saved as a draft) ──
  await switchTo(page, loginAs, citizen.login);
  expect((await page.goto("/ar/my/licenses/apply"))?.status()).toBe(200);
  await page.getByLabel("الاسم التجاري (بالعربية)", { exact: true }).fill(TRADE_NAME);
  await page.getByLabel("رقم السجل التجاري", { exact: true }).fill(CR);
  await page.getByLabel("النشاط", { exact: true }).selectOption({ label: "مطعم" });
  await expect(page.getByTestId("activity-kind")).toBeVisible(); // a health activity: health license + health specialist
  await page.getByLabel("البلدية", { exact: true }).selectOption({ label: "بلدية وسط الدمام" });
  await page.getByLabel("الحي", { exact: true }).selectOption({ label: "العدامة" });
  await page.getByLabel("العنوان", { exact: true }).fill("حي العدامة، شارع الملك سعود، مبنى 12");
  await page.getByLabel("خط العرض", { exact: true }).fill("26.4331");
  await page.getByLabel("خط الطول", { exact: true }).fill("50.1033");
  await page.getByLabel("مساحة المحل (م²)", { exact: true }).fill("80");
  await page.getByLabel("مساحة اللوحة التجارية (م²)", { exact: true }).fill("4");
  await screenshot(page, "journey-01-apply-establishment");
  await page.getByRole("button", { name: "حفظ والمتابعة" }).click();
  await expect(page).toHaveURL(/\/ar\/my\/licenses\/apply\?id=[^&]+&step=2/);
  const applicationId = new URL(page.url()).searchParams.get("id")!;
  const applicationNumber = (await page.getByTestId("application-number").textContent())!.trim();

  await page.getByTestId("lease-input").setInputFiles(file("lease.pdf", "application/pdf", PDF));
  await page.getByTestId("crCopy-input").setInputFiles(file("cr.pdf", "application/pdf", PDF));
  await page.getByTestId("photo-input").setInputFiles(file("front.png", "image/png", PNG));
  await screenshot(page, "journey-02-apply-documents");
  await page.getByRole("button", { name: "حفظ والمتابعة" }).click();
  await expect(page).toHaveURL(/step=3/);

  await page.getByTestId("office-OFF-INJAZ").check();
  await screenshot(page, "journey-03-apply-office");
  await page.getByRole("button", { name: "حفظ والمتابعة" }).click();
  await expect(page).toHaveURL(/step=4/);

  await page.getByRole("checkbox").check();
  await screenshot(page, "journey-04-apply-review-fee");
  await page.getByRole("button", { name: "تقديم الطلب" }).click();
  await expect(page).toHaveURL(new RegExp(`/ar/my/licenses/applications/${applicationId}\\?submitted=1$`));
  // Issue 17 item 5: the submission ends on a confirmation with the number to quote; it takes the focus.
  const confirmation = page.getByTestId("confirmation");
  await expect(confirmation).toContainText("تم تقديم طلبك بنجاح.");
  await expect(confirmation.getByTestId("confirmation-reference")).toHaveText(applicationNumber);
  await expect(confirmation).toBeFocused();
  await expect(page.getByText("مقدَّم بانتظار المكتب").first()).toBeVisible();
  await screenshot(page, "journey-05-citizen-submitted");

  // ── 2. The office agent takes it and accepts it ──
  await switchTo(page, loginAs, "office.agent");
  await page.goto("/ar/office/applications");
  await expect(page.getByText(applicationNumber).first()).toBeVisible();
  await screenshot(page, "journey-06-office-queue");
  await officeStep(page, applicationId, "استلام الطلب للمراجعة", "journey-07-agent-take");
  await officeStep(page, applicationId, "قبول الطلب وإحالته للزيارة الميدانية", "journey-08-agent-accept");

  // ── 3. The technical inspector records the visit on the phone page ──
  await switchTo(page, loginAs, "office.inspector");
  await page.setViewportSize({ width: 390, height: 844 });
  expect((await page.goto(`/ar/office/applications/${applicationId}/inspect`))?.status()).toBe(200);
  const items = page.locator('[data-testid^="item-"]');
  const itemCount = await items.count();
  expect(itemCount).toBeGreaterThan(2);
  for (let i = 0; i < itemCount; i++) await items.nth(i).getByLabel("مستوفى", { exact: true }).check();
  await page.getByTestId("photo-input").setInputFiles(file("visit.png", "image/png", PNG));
  await page.getByLabel("خط العرض", { exact: true }).fill("26.43312");
  await page.getByLabel("خط الطول", { exact: true }).fill("50.10335");
  await page.getByLabel("دقة الموقع (متر)", { exact: true }).fill("12");
  await screenshot(page, "journey-09-inspection-phone");
  await page.getByRole("button", { name: "حفظ نتيجة الزيارة" }).click();
  // The visit is saved and the application moves on to the health review (a health activity).
  // (L-B's page shows the saved panel, then may re-render without the form once the state has moved on.)
  await expect(page.getByTestId("inspection-saved").or(page.getByText("هذا الطلب ليس في مرحلة الزيارة الميدانية."))).toBeVisible({ timeout: 20_000 });
  await page.goto(`/ar/office/applications/${applicationId}`);
  await expect(page.getByText("قيد المراجعة الصحية").first()).toBeVisible();
  await page.setViewportSize({ width: 1280, height: 800 });

  // ── 4. The health specialist approves; 5. the manager approves and the fee bill is issued ──
  await switchTo(page, loginAs, "office.health");
  await officeStep(page, applicationId, "اعتماد المراجعة الصحية", "journey-10-health-approve");
  await switchTo(page, loginAs, "office.manager");
  await officeStep(page, applicationId, "اعتماد الطلب وإصدار فاتورة الرسوم", "journey-11-manager-approve-fee");
  await page.reload();
  await expect(page.getByText("بانتظار سداد الرسوم").first()).toBeVisible();
  const billText = (await page.locator("dt", { hasText: "رقم الفاتورة" }).locator("xpath=following-sibling::dd[1]").textContent()) ?? "";
  const billNumber = billText.replace(/\s/g, "");
  expect(billNumber, billText).toMatch(/^\d{10}$/);

  // ── 6. The citizen pays at the development bank; the license is issued at once ──
  await page.context().clearCookies();
  await page.goto(`/ar/dev/bank?bill=${billNumber}`);
  await page.getByRole("button", { name: "سداد الفاتورة" }).click();
  await expect(page.getByTestId("bank-result")).toContainText("تم قبول السداد");

  await switchTo(page, loginAs, citizen.login);
  await page.goto(`/ar/my/licenses/applications/${applicationId}`);
  await expect(page.getByText("صدرت الرخصة").first()).toBeVisible();
  await screenshot(page, "journey-12-citizen-issued-timeline");
  await page.getByTestId("view-license").click();
  await expect(page).toHaveURL(/\/ar\/my\/licenses\/[^/]+$/);
  const licenseNumber = (await page.getByRole("heading", { level: 1 }).textContent())?.match(/L\d{8}/)?.[0];
  expect(licenseNumber).toMatch(/^L\d{8}$/);
  await page.getByTestId("certificate-link").click();
  await expect(page).toHaveURL(/\/certificate$/);
  await screenshot(page, "journey-13-license-certificate");
  const licenseVerifyPath = new URL((await page.getByTestId("certificate-qr").getAttribute("data-url"))!).pathname;
  expect(licenseVerifyPath).toMatch(/^\/ar\/verify\/license\/[A-Za-z0-9_-]+$/);

  // ── 7. The certificate's QR page says valid (signed out) ──
  await page.context().clearCookies();
  expect((await page.goto(licenseVerifyPath))?.status()).toBe(200);
  await expect(page.getByTestId("verify-verdict")).toHaveText("الرخصة سارية");
  await expect(page.getByTestId("license-verified")).toHaveAttribute("data-status", "ACTIVE");
  await expect(page.getByText(citizen.login)).toHaveCount(0); // never the holder's national ID
  await screenshot(page, "journey-14-verify-license-valid");

  // ── 8. A worker's health certificate: requested by the owner, examined by the medical center ──
  await switchTo(page, loginAs, citizen.login);
  await page.goto("/ar/my/health-certificates");
  await page.getByLabel("الرخصة (المنشأة)", { exact: true }).selectOption({ label: `${TRADE_NAME} — ${licenseNumber}` });
  await page.getByLabel("اسم العامل الكامل", { exact: true }).fill("محمد إقبال حسين");
  await page.getByLabel("رقم هوية العامل أو إقامته", { exact: true }).fill(withCheckDigit("298765432"));
  await page.getByLabel("الجنسية", { exact: true }).fill("باكستان");
  await page.getByLabel("المهنة في المنشأة", { exact: true }).fill("طباخ");
  await page.getByRole("button", { name: "إرسال الطلب" }).click();
  const requested = page.getByTestId("form-success");
  await expect(requested).toContainText("تم إرسال طلب الشهادة الصحية رقم");
  const certNumber = (await requested.textContent())?.match(/H\d+/)?.[0];
  expect(certNumber).toMatch(/^H\d+$/);
  await expect(page.getByTestId("my-health-cert").first()).toContainText("بانتظار الفحص الطبي");
  await screenshot(page, "journey-15-health-cert-requested");

  await switchTo(page, loginAs, "medical.examiner");
  await page.goto("/ar/medical");
  await page.getByLabel("رقم الطلب أو هوية العامل", { exact: true }).fill(certNumber!);
  await page.getByRole("button", { name: "بحث" }).click();
  await page.getByRole("link", { name: `فتح الطلب ${certNumber}` }).click();
  await expect(page.getByTestId("worker-id")).toHaveText(/^2\d{9}$/);
  await page.getByLabel("لائق طبيًا — تصدر الشهادة", { exact: true }).check();
  await screenshot(page, "journey-16-medical-exam");
  await page.getByRole("button", { name: "حفظ النتيجة" }).click();
  await expect(page.getByTestId("exam-done")).toContainText(`صدرت الشهادة الصحية رقم ${certNumber}`);
  // The result is drawn in place of the form; the notice says it above the page and keeps the focus (decision 052).
  await expect(page.getByTestId("form-success")).toContainText(`صدرت الشهادة الصحية رقم ${certNumber}`);
  await expect(page.getByRole("button", { name: "حفظ النتيجة" })).toHaveCount(0);
  await expect(page.getByTestId("form-success")).toBeFocused();

  await switchTo(page, loginAs, citizen.login);
  await page.goto("/ar/my/health-certificates");
  await page.getByTestId("my-health-cert").filter({ hasText: certNumber! }).getByRole("link").click();
  await expect(page).toHaveURL(/\/ar\/my\/health-certificates\/[^/?]+$/);
  await expect(page.getByTestId("health-certificate")).toBeVisible();
  await expect(page.getByTestId("cert-status")).toHaveAttribute("data-status", "ISSUED");
  await screenshot(page, "journey-17-health-certificate-printable");
  const certVerifyPath = new URL((await page.getByTestId("cert-qr").getAttribute("data-verify-url"))!).pathname;
  await page.context().clearCookies();
  await page.goto(certVerifyPath);
  await expect(page.getByTestId("cert-verdict")).toHaveText("شهادة صحية سارية");

  // ── 9. The labor office cancels the license through the agency API ──
  const refused = await page.request.post(`/api/v1/licenses/${licenseNumber}/cancel`, { data: { reasonCode: "LABOR_LAW_VIOLATION", reason: "تشغيل عمالة دون تصاريح عمل سارية." } });
  expect(refused.status()).toBe(401); // no key: refused, nothing changed
  await page.goto(licenseVerifyPath);
  await expect(page.getByTestId("license-verified")).toHaveAttribute("data-status", "ACTIVE");

  const cancelled = await page.request.post(`/api/v1/licenses/${licenseNumber}/cancel`, {
    headers: { Authorization: `Bearer ${LABOR_KEY}` },
    data: { reasonCode: "LABOR_LAW_VIOLATION", reason: "تشغيل عمالة دون تصاريح عمل سارية." },
  });
  expect(cancelled.status()).toBe(200);
  const body = (await cancelled.json()) as { license: { status: string; cancelledBy: string }; revokedHealthCertificates: string[] };
  expect(body.license).toMatchObject({ status: "CANCELLED", cancelledBy: "agency:LABOR" });
  expect(body.revokedHealthCertificates).toEqual([certNumber]);

  // ── 10. The QR pages say cancelled / revoked, at once ──
  await page.goto(licenseVerifyPath);
  await expect(page.getByTestId("verify-verdict")).toHaveText("الرخصة ملغاة");
  await expect(page.getByTestId("license-verified")).toHaveAttribute("data-status", "CANCELLED");
  await screenshot(page, "journey-18-verify-license-cancelled");
  await page.goto(certVerifyPath);
  await expect(page.getByTestId("cert-verdict")).toHaveText("شهادة ملغاة");
  await expect(page.getByTestId("cert-verified")).toHaveAttribute("data-status", "REVOKED");
  await screenshot(page, "journey-19-verify-health-cert-revoked");

  // ── 11. Every message of the journey reached the citizen (the dev SMS provider's log) ──
  await switchTo(page, loginAs, "staff.admin");
  const expected = [
    `${applicationNumber} إلى: مقدَّم بانتظار المكتب`,
    `${applicationNumber} إلى: قيد مراجعة المكتب`,
    `${applicationNumber} إلى: بانتظار الزيارة الميدانية`,
    `${applicationNumber} إلى: قيد المراجعة الصحية`,
    `${applicationNumber} إلى: بانتظار اعتماد مدير المكتب`,
    `${applicationNumber} إلى: بانتظار سداد الرسوم`,
    `صدرت فاتورة رقم ${billNumber}`,
    `تم إصدار الرخصة رقم ${licenseNumber}`,
    `استلمنا طلب الشهادة الصحية رقم ${certNumber}`,
    `صدرت الشهادة الصحية رقم ${certNumber}`,
    `تم إلغاء الرخصة رقم ${licenseNumber}`,
  ];
  await expect
    .poll(
      async () => {
        await page.goto(`/ar/staff/sms-log?to=${citizen.mobile}`);
        const log = (await page.getByTestId("sms-row").allTextContents()).join("\n");
        return expected.filter((text) => !log.includes(text));
      },
      { timeout: 30_000, intervals: [1_000] },
    )
    .toEqual([]);
  await screenshot(page, "journey-20-sms-log");
});

