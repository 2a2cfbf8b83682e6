import { demoAccount, expect, screenshot, test } from "../fixtures";

/**
 * Office supervision by the committee, in Arabic:
 * (a) the committee approves OFF-AFAQ's pending accreditation (contract created, office accredited, SMS),
 *     then verifies its health specialist's professional classification on the office's page;
 * (b) workshop attendance: a member is registered for the held "licensing basics" workshop and gets a certificate;
 * (c) a citizen complains about an office, a refused submit keeps what was typed, the committee answers, the citizen sees it.
 */
const committee = demoAccount("COMMITTEE_MEMBER");
const citizen = demoAccount("CITIZEN", 0);

test.describe.configure({ mode: "serial" });

test("the committee accredits a pending office and verifies its health specialist", async ({ page, loginAs }) => {
  await loginAs(committee);
  await page.goto("/ar/staff/supervision");
  await expect(page.getByRole("heading", { level: 1, name: "لجنة الإشراف على المكاتب" })).toBeVisible();
  await expect(page.getByTestId("ending-soon")).toContainText("مكتب واحة القطيف");
  await screenshot(page, "supervision-dashboard");

  await page.goto("/ar/staff/supervision/accreditations");
  const row = page.getByTestId("accreditation-row").filter({ hasText: "مكتب آفاق الشرقية" });
  await expect(row).toBeVisible();
  await row.getByRole("link", { name: "دراسة الطلب" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("طلب الاعتماد");
  await expect(page.getByText("SCFHS-22-R-0071358")).toBeVisible();

  // A refused submit keeps what was typed: the end date before the start.
  await page.getByLabel("تاريخ نهاية العقد", { exact: true }).fill("2020-01-01");
  await page.getByLabel("نسبة التدقيق الميداني من الرخص (٪)", { exact: true }).fill("15");
  await page.getByRole("button", { name: "اعتماد المكتب" }).click();
  await expect(page.getByTestId("error-summary")).toContainText("نهاية العقد يجب أن تكون بعد بدايته");
  await expect(page.getByLabel("نسبة التدقيق الميداني من الرخص (٪)", { exact: true })).toHaveValue("15");
  await screenshot(page, "supervision-accreditation-refused");

  await page.getByLabel("تاريخ نهاية العقد", { exact: true }).fill("2028-12-31");
  await page.getByLabel("بنود فترة التجربة (غرامة ثم إيقاف ثم إلغاء)", { exact: true }).check();
  await page.getByRole("button", { name: "اعتماد المكتب" }).click();
  // The page re-renders with the decision (the form is gone): the contract's number is shown.
  await expect(page.getByTestId("decision")).toContainText("تم اعتماد المكتب وإنشاء العقد رقم CT");
  await expect(page.getByRole("button", { name: "اعتماد المكتب" })).toHaveCount(0);
  await screenshot(page, "supervision-accreditation-approved");

  // The office's page: accredited, probation clauses, the specialist not verified yet → verify.
  await page.goto("/ar/staff/supervision/offices/OFF-AFAQ");
  await expect(page.getByText("معتمد", { exact: true }).first()).toBeVisible();
  await expect(page.getByText("غرامة مالية 5,000 ريال: مخالفة في التدقيق الميداني خلال فترة التجربة")).toBeVisible();
  const specialist = page.getByTestId("member-row").filter({ hasText: "SCFHS-22-R-0071358" });
  await expect(specialist).toContainText("غير موثق");
  await specialist.getByTestId("verify-member").getByRole("button", { name: "تحقق من التصنيف" }).click();
  await expect(specialist).not.toContainText("غير موثق");
  await expect(page.getByTestId("command-done")).toHaveText("تم التحقق من التصنيف المهني.");
  await expect(specialist).toContainText("موثق");
  await expect(specialist.getByTestId("verify-member")).toHaveCount(0);
  await screenshot(page, "supervision-office-page");

  // The applicant was told by SMS (the dev provider's log, read by the admin).
  await loginAs(demoAccount("ADMIN"));
  // The worker sends the SMS shortly after the commit: reload the log until it is there (a page loaded once never changes).
  await expect(async () => {
    await page.goto("/ar/staff/sms-log");
    await expect(page.getByText(/اعتمدت الأمانة مكتب آفاق الشرقية/).first()).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 20_000 });
});

test("workshop attendance issues a training certificate", async ({ page, loginAs }) => {
  await loginAs(committee);
  await page.goto("/ar/staff/supervision/workshops");
  await expect(page.getByRole("heading", { level: 1, name: "الورش التدريبية" })).toBeVisible();
  await page.getByTestId("workshop-row").filter({ hasText: "أساسيات إصدار الرخص التجارية عبر بوابة الأمانة" }).getByRole("link", { name: "إدارة الورشة" }).click();
  await expect(page.getByTestId("attendee-row").first()).toBeVisible();

  // Register the demo health specialist (not yet registered), then record the attendance.
  await page.getByLabel(/د\. ريم بنت فهد العتيبي/).check();
  await page.getByRole("button", { name: "تسجيل المحددين" }).click();
  await expect(page.getByTestId("form-success")).toContainText("تم تسجيل 1");
  const row = page.getByTestId("attendee-row").filter({ hasText: "د. ريم بنت فهد العتيبي" });
  await expect(row).toContainText("—");
  await page.getByRole("group", { name: "تسجيل الحضور وإصدار الشهادات" }).getByLabel(/د\. ريم بنت فهد العتيبي/).check();
  await page.getByRole("button", { name: "حفظ الحضور وإصدار الشهادات" }).click();
  await expect(page.getByTestId("form-success").filter({ hasText: "تم إصدار" })).toContainText("تم إصدار 1 شهادة");
  await expect(row).toContainText(/TC\d{7}/);
  await expect(row).toContainText("حضر");
  await screenshot(page, "supervision-workshop");
});

test("a citizen's complaint about an office is answered by the committee", async ({ page, loginAs }) => {
  await loginAs(citizen);
  await page.goto("/ar/my/office-feedback");
  await expect(page.getByRole("heading", { level: 1, name: "ملاحظات وشكاوى عن المكاتب" })).toBeVisible();
  const subject = `تأخر في معالجة طلبي ${Date.now()}`;
  await page.getByLabel("الموضوع", { exact: true }).fill(subject);
  await page.getByLabel("التفاصيل", { exact: true }).fill("تأخر المكتب أسبوعين في الرد على طلب رخصة البقالة دون توضيح السبب.");
  // No office chosen: refused, and what was typed stays.
  await page.getByRole("button", { name: "إرسال", exact: true }).click();
  await expect(page.getByTestId("error-summary")).toContainText("اختر المكتب المعني");
  await expect(page.getByLabel("الموضوع", { exact: true })).toHaveValue(subject);
  await page.getByLabel("المكتب المعني", { exact: true }).selectOption({ label: "مكتب دروب النجاح للخدمات الإلكترونية" });
  await page.getByRole("button", { name: "إرسال", exact: true }).click();
  await expect(page.getByTestId("form-success")).toContainText("تم إرسال ملاحظتك برقم FB");
  await expect(page.getByTestId("my-feedback").filter({ hasText: subject })).toContainText("بانتظار الرد");
  await screenshot(page, "supervision-citizen-feedback");

  await loginAs(committee);
  await page.goto("/ar/staff/supervision/feedback");
  const item = page.getByTestId("feedback-item").filter({ hasText: subject });
  await expect(item).toContainText("شكوى");
  await item.getByRole("textbox").fill("تمت مخاطبة المكتب وإلزامه بمعالجة طلبكم خلال يومي عمل، وسيُحتسب التأخير في تقييمه.");
  await item.getByRole("button", { name: "إرسال الرد" }).click();
  // Answered: it leaves the list of feedback awaiting an answer.
  await expect(item).toHaveCount(0);
  await page.goto("/ar/staff/supervision/feedback?status=all");
  await expect(page.getByTestId("feedback-item").filter({ hasText: subject })).toContainText("تم الرد");
  await screenshot(page, "supervision-feedback-answered");

  await loginAs(citizen);
  await page.goto("/ar/my/office-feedback");
  await expect(page.getByTestId("my-feedback").filter({ hasText: subject })).toContainText("تمت مخاطبة المكتب");
});
