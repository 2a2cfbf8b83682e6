import { demoAccount, expect, screenshot, test } from "../fixtures";

/**
 * The return journey of a shop license, in Arabic: the citizen fills the four-step wizard (a refused
 * step keeps what was typed), submits a commercial activity → the office agent takes it and returns it
 * with a note → the citizen reads the note, changes the area and the lease, and resubmits with a reply →
 * the agent sees it back under review with the reply in its history.
 */
const citizen = demoAccount("CITIZEN", 0);
const agent = "office.agent";
const PNG = Buffer.from("89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8cfc0f01f0005000201a5f3d5a70000000049454e44ae426082", "hex");
const PDF = Buffer.from("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n");
const CR = `2058${String(Date.now()).slice(-6)}`;
const NOTE = "يرجى إرفاق عقد إيجار موثق من منصة إيجار وتصحيح مساحة المحل.";
const REPLY = "أرفقنا عقد الإيجار الموثق وعدّلنا المساحة إلى 75 مترًا مربعًا.";

test("the office returns an application for changes and the citizen resubmits it", async ({ page, loginAs }) => {
  test.setTimeout(180_000);
  // ── The wizard ──
  await loginAs(citizen);
  await page.goto("/ar/my/licenses");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("الرخص التجارية والصحية");
  await page.getByTestId("new-application").click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("طلب رخصة محل");

  await page.getByLabel("الاسم التجاري (بالعربية)", { exact: true }).fill("محل الأفق للاتصالات");
  await page.getByLabel("رقم السجل التجاري", { exact: true }).fill(CR);
  await page.getByLabel("النشاط", { exact: true }).selectOption({ label: "بيع الجوالات وإكسسواراتها" });
  await expect(page.getByTestId("activity-kind")).toContainText("رخصة محل تجاري");
  await page.getByLabel("البلدية", { exact: true }).selectOption({ label: "بلدية وسط الدمام" });
  await page.getByLabel("الحي", { exact: true }).selectOption({ label: "العدامة" });
  await page.getByLabel("العنوان", { exact: true }).fill("شارع الملك سعود، مبنى 14، بجوار مسجد العدامة");
  // Coordinates in Paris: refused, and nothing typed is lost.
  await page.getByLabel("خط العرض", { exact: true }).fill("48.8566");
  await page.getByLabel("خط الطول", { exact: true }).fill("2.3522");
  await page.getByLabel("مساحة المحل (م²)", { exact: true }).fill("60");
  await page.getByLabel("مساحة اللوحة التجارية (م²)", { exact: true }).fill("3");
  await page.getByRole("button", { name: "حفظ والمتابعة" }).click();
  await expect(page.getByTestId("error-summary")).toContainText("داخل المملكة العربية السعودية");
  await expect(page.getByTestId("error-summary")).toBeFocused();
  await expect(page.getByLabel("الاسم التجاري (بالعربية)", { exact: true })).toHaveValue("محل الأفق للاتصالات");
  await expect(page.getByLabel("رقم السجل التجاري", { exact: true })).toHaveValue(CR);
  await screenshot(page, "citizen-license-wizard-step1-error-ar");
  await page.getByLabel("خط العرض", { exact: true }).fill("26.4331");
  await page.getByLabel("خط الطول", { exact: true }).fill("50.1033");
  await page.getByRole("button", { name: "حفظ والمتابعة" }).click();

  // Step 2: documents (checked by their bytes on the server).
  await expect(page.getByTestId("documents-form")).toBeVisible();
  const number = (await page.getByTestId("application-number").textContent())!.trim();
  expect(number).toMatch(/^A\d+$/);
  await page.getByTestId("lease-input").setInputFiles({ name: "عقد-الإيجار.pdf", mimeType: "application/pdf", buffer: PDF });
  await page.getByTestId("crCopy-input").setInputFiles({ name: "السجل.pdf", mimeType: "application/pdf", buffer: PDF });
  await page.getByTestId("photo-input").setInputFiles({ name: "الواجهة.png", mimeType: "image/png", buffer: PNG });
  await screenshot(page, "citizen-license-wizard-step2-ar");
  await page.getByRole("button", { name: "حفظ والمتابعة" }).click();

  // Step 3: the office (automatic = least loaded).
  await expect(page.getByTestId("office-form")).toBeVisible();
  await page.getByTestId("office-auto").check();
  await screenshot(page, "citizen-license-wizard-step3-ar");
  await page.getByRole("button", { name: "حفظ والمتابعة" }).click();

  // Step 4: review and fee (Retail: 300 + 60×4 + 3×50 = 690 SAR), then submit.
  await expect(page.getByTestId("review")).toBeVisible();
  await expect(page.getByTestId("fee-total")).toContainText("690.00");
  await screenshot(page, "citizen-license-wizard-step4-ar");
  await page.getByRole("button", { name: "تقديم الطلب" }).click();
  await expect(page.getByTestId("error-summary")).toContainText("يجب الإقرار");
  await page.getByRole("checkbox").check();
  await page.getByRole("button", { name: "تقديم الطلب" }).click();
  await expect(page).toHaveURL(/\/ar\/my\/licenses\/applications\//);
  const appUrl = new URL(page.url()).pathname;
  const appId = appUrl.split("/").pop()!;
  await expect(page.getByTestId("application-status")).toHaveAttribute("data-status", "SUBMITTED");
  await expect(page.getByTestId("holder")).toHaveText("موظف المكتب المعتمد");
  await screenshot(page, "citizen-license-submitted-ar");

  // ── The office agent takes it and returns it with a note ──
  await loginAs(agent);
  await page.goto(`/ar/office/applications/${appId}`);
  await page.getByRole("button", { name: "استلام الطلب للمراجعة" }).click();
  await page.getByRole("button", { name: "تأكيد" }).click();
  await expect(page.getByTestId("step-done")).toBeVisible();
  await page.reload();
  await page.getByRole("button", { name: "إعادة الطلب لمقدمه" }).click();
  await page.getByLabel("المطلوب من مقدم الطلب تعديله", { exact: true }).fill(NOTE);
  await page.getByRole("button", { name: "تأكيد" }).click();
  await expect(page.getByTestId("step-done")).toBeVisible();

  // ── The citizen reads the note, changes the data, resubmits ──
  await loginAs(citizen);
  await page.goto(appUrl);
  await expect(page.getByTestId("application-status")).toHaveAttribute("data-status", "RETURNED");
  await expect(page.getByTestId("office-note")).toHaveText(NOTE);
  await expect(page.getByTestId("timeline")).toContainText("أعاد المكتب الطلب إليكم لاستكمال ملاحظات");
  await screenshot(page, "citizen-license-returned-ar");
  await page.getByTestId("edit-application").click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("تعديل الطلب المعاد");
  await expect(page.getByLabel("الاسم التجاري (بالعربية)", { exact: true })).toHaveValue("محل الأفق للاتصالات");
  await page.getByLabel("مساحة المحل (م²)", { exact: true }).fill("75");
  await page.getByRole("button", { name: "حفظ والمتابعة" }).click();
  await expect(page.getByTestId("documents-form")).toBeVisible();
  await expect(page.getByTestId("doc-lease")).toContainText("عقد-الإيجار.pdf");
  await page.getByTestId("lease-input").setInputFiles({ name: "عقد-إيجار-موثق.pdf", mimeType: "application/pdf", buffer: PDF });
  await page.getByRole("button", { name: "حفظ والمتابعة" }).click();
  await expect(page.getByTestId("review")).toContainText("عقد-إيجار-موثق.pdf");
  await page.getByTestId("go-resubmit").click();
  await page.getByLabel("ردكم على الملاحظات", { exact: true }).fill(REPLY);
  await page.getByRole("button", { name: "إعادة التقديم" }).click();
  await expect(page.getByTestId("application-status")).toHaveAttribute("data-status", "OFFICE_REVIEW");
  // The resubmit form is gone with the returned state; the notice says it went, focused (decision 052).
  await expect(page.getByTestId("resubmitted")).toHaveText("أعيد تقديم الطلب إلى المكتب.");
  await expect(page.getByTestId("resubmit-form")).toHaveCount(0);
  await expect(page.getByTestId("resubmitted")).toBeFocused();
  await expect(page.getByTestId("timeline")).toContainText(REPLY);
  await screenshot(page, "citizen-license-resubmitted-ar");
  await page.goto("/ar/my/licenses");
  await expect(page.getByTestId("application-row").filter({ hasText: number })).toContainText("قيد مراجعة المكتب");

  // ── The agent sees it back under review, with the reply ──
  await loginAs(agent);
  await page.goto(`/ar/office/applications/${appId}`);
  await expect(page.getByTestId("history-row").filter({ hasText: REPLY })).toHaveCount(1);
  await expect(page.getByRole("button", { name: "قبول الطلب وإحالته للزيارة الميدانية" }).or(page.getByRole("button", { name: "إعادة الطلب لمقدمه" })).first()).toBeVisible();
  await screenshot(page, "office-license-resubmitted-ar");
});
