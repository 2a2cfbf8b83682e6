import type { Browser, Page } from "@playwright/test";
import { demoAccount, expect, screenshot, signInWithRequest, test, type DemoAccount } from "../fixtures";
import { smsOnPhone } from "../phone";
import { FOUNDER_CITIZENS } from "../../../prisma/seed/supervision";
import { JOURNEY_APPLICATION_CR, NAJAH_SECOND_OPEN_CR } from "../../../prisma/seed/office-history";

/**
 * Issue 6's journey, in Arabic (tests run in order, one worker):
 *  1. a citizen (the second demo citizen) applies to accredit a new office, naming themself manager and agent;
 *     the committee approves it (its contract covers Al-Khobar);
 *  2. OFF-NAJAH (seeded: three months of issued licenses, and a spot-check warning last year) processes an
 *     application: its agent takes the demo citizen's submission;
 *  3. the committee samples OFF-NAJAH's licenses; the municipality inspector records a finding → the contract's
 *     second spot-check clause proposes a fine → a committee member confirms → the office manager sees the bill
 *     and pays it at the bank simulator;
 *  4. a second sample and finding → suspension proposed → confirmed: the agent's next action (accept) is refused
 *     with the suspension message, the office pages say suspended;
 *  5. the citizen moves the application to the new office and is told by SMS; the new office takes it;
 *  6. the suspended manager appeals, the committee accepts, the agent can act again.
 */
const committee = demoAccount("COMMITTEE_MEMBER");
const inspector = demoAccount("FIELD_INSPECTOR");
const admin = demoAccount("ADMIN");
const citizen = demoAccount("CITIZEN", 0);
// Applies for the new office's accreditation: a seeded citizen who is not a demo account, so the demo
// citizens' own journeys (and where they land after signing in) are not changed by this one.
const founder: DemoAccount = FOUNDER_CITIZENS[1];
const najah = (login: string, role: DemoAccount["role"]): DemoAccount => ({ ...demoAccount(role), login, loginKind: "username", home: "/office" });
const najahAgent = najah("najah.agent1", "OFFICE_AGENT");
const najahManager = najah("najah.manager", "OFFICE_MANAGER");

const NEW_OFFICE = "مكتب الريادة الرقمية للخدمات الإلكترونية";
const NEW_OFFICE_CR = "2051098765";
const APP_TRADE_NAME = "متجر الواحة للهدايا";
const SECOND_TRADE_NAME = "مكتبة المعرفة الحديثة";

test.describe.configure({ mode: "serial" });
test.setTimeout(180_000);

/** Signs in on a separate browser context (a second person at their own computer). */
async function personOn(browser: Browser, baseURL: string, account: DemoAccount): Promise<Page> {
  const context = await browser.newContext({ baseURL, locale: "ar-SA", timezoneId: "Asia/Riyadh" });
  const page = await context.newPage();
  await signInWithRequest(page, baseURL, account); // citizens through the national SSO, staff with password (+ TOTP)
  return page;
}

/** The committee's decision is on record (the decided list), whatever the form showed meanwhile. */
async function expectDecided(page: Page, number: string, status: string) {
  await expect(async () => {
    await page.goto("/ar/staff/supervision/penalties?tab=decided");
    await expect(page.getByTestId("penalty-row").filter({ hasText: number })).toContainText(status, { timeout: 1_000 });
  }).toPass({ timeout: 15_000 });
}

async function openOfficeApplication(page: Page, q: string) {
  await page.goto(`/ar/office/applications?view=all&q=${q}`);
  const row = page.getByTestId("queue-row");
  await expect(row).toHaveCount(1);
  await row.getByRole("link").first().click();
}

async function sampleAndRecordFinding(page: Page, loginAs: (a: DemoAccount) => Promise<unknown>, note: string): Promise<{ number: string }> {
  await loginAs(committee);
  await page.goto("/ar/staff/supervision/spot-checks");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("التدقيق الميداني على الرخص");
  await page.getByLabel("المكتب", { exact: true }).selectOption({ label: "مكتب دروب النجاح للخدمات الإلكترونية (OFF-NAJAH)" });
  await page.getByLabel("المراقب الميداني", { exact: true }).selectOption({ label: inspector.nameAr });
  await page.getByRole("button", { name: "سحب العينة" }).click();
  await expect(page.getByTestId("form-success")).toContainText(/سُحبت 1 رخصة من أصل \d+ للتدقيق \(10٪\)/);
  await screenshot(page, "supervision-spot-checks-sampled");

  await loginAs(inspector);
  await page.goto("/ar/staff/spot-checks");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("مهام التدقيق الميداني");
  const task = page.getByTestId("spot-task").filter({ hasText: "بانتظار التدقيق" }).first();
  await task.getByRole("link", { name: "فتح" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("تدقيق الرخصة");
  // A finding without a description is refused.
  await page.getByLabel("مخالفة: صدرت الرخصة بالخطأ أو خلافاً للاشتراطات", { exact: true }).check();
  await page.getByRole("button", { name: "حفظ النتيجة" }).click();
  await expect(page.getByTestId("error-summary")).toContainText("اكتب 10 أحرف على الأقل");
  await page.getByLabel("وصف المخالفة", { exact: true }).fill(note);
  await screenshot(page, "spot-check-record");
  await page.getByRole("button", { name: "حفظ النتيجة" }).click();
  // The result stays on the page: the finding and the penalty it proposed; the notice names the same penalty, and
  // stays focused once the form is gone (decision 052).
  const proposed = page.getByTestId("spot-penalty");
  await expect(proposed).toContainText(/PN\d+/);
  const number = /PN\d+/.exec((await proposed.textContent()) ?? "")![0];
  const said = page.getByTestId("form-success");
  await expect(said).toContainText(number);
  await expect(page.getByRole("button", { name: "حفظ النتيجة" })).toHaveCount(0);
  await expect(said).toBeFocused();
  return { number };
}

test("1. a citizen applies to accredit an office and the committee approves it", async ({ page, loginAs }) => {
  await loginAs(founder);
  await page.goto("/ar/my/office-accreditation");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await page.getByLabel("الاسم بالعربية", { exact: true }).fill(NEW_OFFICE);
  await page.getByLabel("الاسم بالإنجليزية", { exact: true }).fill("Digital Pioneers E-Services Office");
  await page.getByLabel("رقم السجل التجاري", { exact: true }).fill(NEW_OFFICE_CR);
  await page.getByLabel("هاتف المكتب", { exact: true }).fill("0138990011");
  await page.getByLabel("البريد الإلكتروني", { exact: true }).fill("info@riyada-eservices.example");
  await page.getByLabel("بلدية الخبر", { exact: true }).check();
  await page.getByLabel("الرخص التجارية", { exact: true }).check();
  await page.getByLabel("سأعمل أيضًا موظف خدمة في المكتب", { exact: true }).check();
  await screenshot(page, "journey-accreditation-form");
  await page.getByRole("button", { name: "إرسال طلب الاعتماد" }).click();
  await expect(page.getByTestId("form-success")).toContainText("تم إرسال طلب الاعتماد رقم AC");

  await loginAs(committee);
  await page.goto("/ar/staff/supervision/accreditations");
  await page.getByTestId("accreditation-row").filter({ hasText: NEW_OFFICE }).getByRole("link", { name: "دراسة الطلب" }).click();
  await page.getByLabel("تاريخ نهاية العقد", { exact: true }).fill("2028-12-31");
  await page.getByRole("button", { name: "اعتماد المكتب" }).click();
  // The decided request draws its outcome in place of both forms; the notice stays above it, focused (decision 052).
  const approved = page.getByTestId("form-success");
  await expect(approved).toContainText(/تم اعتماد المكتب وإنشاء العقد رقم CT\d+/);
  const contract = /CT\d+/.exec((await approved.textContent()) ?? "")![0];
  await expect(page.getByTestId("decision")).toContainText(contract);
  await expect(page.getByRole("button", { name: "اعتماد المكتب" })).toHaveCount(0);
  await expect(approved).toBeVisible();
  await expect(approved).toBeFocused();
});

test("2–3. OFF-NAJAH takes an application; a spot-check finding gives a fine the office pays at the bank", async ({ page, loginAs }) => {
  await loginAs(najahAgent);
  await openOfficeApplication(page, JOURNEY_APPLICATION_CR);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(APP_TRADE_NAME);
  await page.getByTestId("actions").getByRole("button", { name: "استلام الطلب للمراجعة" }).click();
  await page.getByRole("button", { name: "تأكيد" }).click();
  await expect(page.getByTestId("step-done")).toContainText("قيد مراجعة المكتب");

  const { number } = await sampleAndRecordFinding(page, loginAs, "اللوحة التجارية المنفذة أكبر من المساحة المرخصة ولا تطابق المخطط");

  await loginAs(committee);
  await page.goto("/ar/staff/supervision/penalties");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("الجزاءات والتظلمات");
  const card = page.locator(`[data-testid="penalty-card"][data-number="${number}"]`);
  await expect(card).toContainText("غرامة مالية 5,000 ريال: مخالفة ثانية في التدقيق الميداني");
  await expect(card).toContainText("مخالفة في التدقيق الميداني");
  await screenshot(page, "supervision-penalty-proposed-fine");
  await card.getByLabel("تأكيد الجزاء وتنفيذه", { exact: true }).check();
  await card.getByRole("button", { name: "اعتماد القرار" }).click();
  await expectDecided(page, number, "مؤكدة");

  await loginAs(najahManager);
  await page.goto("/ar/office/compliance");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("العقد والجزاءات");
  const penalty = page.locator(`[data-testid="compliance-penalty"][data-number="${number}"]`);
  await expect(penalty.getByTestId("fine-bill")).toHaveAttribute("data-status", "UNPAID");
  await expect(penalty.getByTestId("fine-bill-status")).toHaveText("غير مدفوعة");
  const bill = ((await penalty.getByTestId("fine-bill-number").textContent()) ?? "").trim();
  expect(bill).toMatch(/^\d{10}$/);
  await screenshot(page, "office-compliance-fine");

  await page.goto(`/ar/dev/bank?bill=${bill}`);
  await page.getByRole("button", { name: "سداد الفاتورة" }).click();
  await expect(page.getByTestId("bank-result")).toContainText("تم قبول السداد");
  await page.goto("/ar/office/compliance");
  const paidFine = page.locator(`[data-testid="compliance-penalty"][data-number="${number}"]`).getByTestId("fine-bill");
  await expect(paidFine).toHaveAttribute("data-status", "PAID");
  await expect(paidFine.getByTestId("fine-bill-status")).toHaveText("مدفوعة"); // exact: «غير مدفوعة» contains «مدفوعة»
});

test("4. a second finding suspends the office: the agent's next action is refused with a clear message", async ({ page, loginAs, browser, baseURL }) => {
  // The agent has the application open at their desk, ready to accept it.
  const agentPage = await personOn(browser, baseURL!, najahAgent);
  await openOfficeApplication(agentPage, JOURNEY_APPLICATION_CR);
  await expect(agentPage.getByTestId("actions").getByRole("button", { name: "قبول الطلب وإحالته للزيارة الميدانية" })).toBeVisible();

  const { number } = await sampleAndRecordFinding(page, loginAs, "النشاط الفعلي في المحل لا يطابق النشاط المرخص في الرخصة");
  // The public ranking is served from the shared data cache (issue 16): read it now, so the cache holds OFF-NAJAH as active.
  const ranking = await browser.newContext({ baseURL, locale: "ar-SA" }).then((c) => c.newPage());
  const najahBadge = () => ranking.locator('[data-testid="office-rank"][data-code="OFF-NAJAH"]').getByTestId("office-status");
  await ranking.goto("/ar/offices?m=EP-KHB");
  await expect(najahBadge()).toHaveAttribute("data-status", "ACTIVE");
  await ranking.goto("/ar/offices?m=EP-KHB"); // twice: the second answer comes from the cache
  await expect(najahBadge()).toHaveAttribute("data-status", "ACTIVE");
  await loginAs(committee);
  await page.goto("/ar/staff/supervision/penalties");
  const card = page.locator(`[data-testid="penalty-card"][data-number="${number}"]`);
  await expect(card).toContainText("إيقاف المكتب 30 يومًا");
  await card.getByLabel("تأكيد الجزاء وتنفيذه", { exact: true }).check();
  await card.getByLabel("ملاحظة القرار", { exact: true }).fill("تكرار المخالفات خلال اثني عشر شهراً");
  await card.getByRole("button", { name: "اعتماد القرار" }).click();
  await expectDecided(page, number, "مؤكدة");
  await screenshot(page, "supervision-suspension-confirmed");
  // The NEXT request of the public ranking shows the suspension: the command expired the cached data as it committed.
  await ranking.goto("/ar/offices?m=EP-KHB");
  await expect(najahBadge()).toHaveAttribute("data-status", "SUSPENDED", { timeout: 1_000 });
  await screenshot(ranking, "public-ranking-suspended-at-once");
  await ranking.context().close();

  // The agent's next click: refused, and told why.
  await agentPage.getByTestId("actions").getByRole("button", { name: "قبول الطلب وإحالته للزيارة الميدانية" }).click();
  await agentPage.getByRole("button", { name: "تأكيد" }).click();
  const refusal = agentPage.getByTestId("error-summary");
  await expect(refusal).toContainText("المكتب موقوف عن العمل بقرار من لجنة الإشراف على المكاتب حتى");
  await screenshot(agentPage, "office-agent-refused-suspended");
  // Any office page now says so (HTTP 403 with the reason).
  const res = await agentPage.goto("/ar/office/applications");
  expect(res?.status()).toBe(403);
  await expect(agentPage.getByTestId("office-blocked")).toContainText("المكتب موقوف عن العمل");
  await screenshot(agentPage, "office-suspended-403");
  await agentPage.context().close();
});

test("5. the citizen moves the application to another office, is told by SMS, and the new office takes it", async ({ page, loginAs }) => {
  await loginAs(citizen);
  await page.goto("/ar/my/licenses");
  await page.getByTestId("application-row").filter({ hasText: APP_TRADE_NAME }).getByRole("link").click();
  const panel = page.getByTestId("reassign-panel");
  await expect(panel).toContainText("المكتب موقوف: انقل طلبك إلى مكتب آخر");
  await screenshot(page, "citizen-reassign-offer");
  await panel.getByRole("button", { name: "نقل الطلب" }).click();
  await expect(page.getByTestId("error-summary")).toContainText("اختر المكتب");
  await panel.getByLabel(new RegExp(NEW_OFFICE)).check();
  await panel.getByRole("button", { name: "نقل الطلب" }).click();
  await expect(page.getByTestId("reassign-done")).toContainText(`نُقل طلبك إلى ${NEW_OFFICE}`);
  await page.reload();
  await expect(page.getByTestId("reassign-panel")).toHaveCount(0);
  await screenshot(page, "citizen-reassigned");

  // The text reaches the citizen's phone (the worker sends it shortly after the commit), and the SMS log shows it.
  await smsOnPhone(citizen.mobile, new RegExp(`إلى ${NEW_OFFICE} بناءً على طلبك`));
  await loginAs(admin);
  await page.goto(`/ar/staff/sms-log?to=${citizen.mobile}`);
  await expect(page.getByTestId("sms-row").filter({ hasText: `إلى ${NEW_OFFICE} بناءً على طلبك` }).first()).toBeVisible();
  await expect(page.getByTestId("sms-row").filter({ hasText: "الموقوف حالياً عن العمل" }).first()).toBeVisible();

  await loginAs(founder);
  await openOfficeApplication(page, JOURNEY_APPLICATION_CR);
  await page.getByTestId("actions").getByRole("button", { name: "استلام الطلب للمراجعة" }).click();
  await page.getByRole("button", { name: "تأكيد" }).click();
  await expect(page.getByTestId("step-done")).toContainText("قيد مراجعة المكتب");
});

test("6. the suspended office appeals, the committee accepts, and the office can act again", async ({ page, loginAs }) => {
  await loginAs(najahManager);
  await page.goto("/ar/office/compliance");
  await expect(page.getByTestId("office-suspended-banner")).toContainText("المكتب موقوف حتى");
  const suspension = page.getByTestId("compliance-penalty").filter({ hasText: "إيقاف المكتب 30 يومًا" });
  await suspension.getByRole("button", { name: "إرسال التظلم" }).click();
  await expect(page.getByTestId("error-summary")).toBeVisible();
  await suspension.getByLabel("تقديم تظلم", { exact: true }).fill("صحح المكتب إجراءات التحقق من النشاط واللوحات، ونطلب رفع الإيقاف لأن المخالفتين وقعتا قبل التصحيح.");
  await suspension.getByRole("button", { name: "إرسال التظلم" }).click();
  await expect(page.getByTestId("form-success")).toContainText("أُرسل التظلم");
  await screenshot(page, "office-compliance-appeal");

  await loginAs(committee);
  await page.goto("/ar/staff/supervision/penalties?tab=appeals");
  const card = page.getByTestId("penalty-card").filter({ hasText: "صحح المكتب إجراءات التحقق" });
  await screenshot(page, "supervision-appeal");
  await card.getByLabel("قبول التظلم ورفع الجزاء", { exact: true }).check();
  await card.getByRole("button", { name: "اعتماد القرار" }).click();
  await expect(async () => {
    await page.goto("/ar/staff/supervision/penalties?tab=decided");
    await expect(page.getByTestId("penalty-row").filter({ hasText: "إيقاف" })).toContainText("قُبل التظلم", { timeout: 1_000 });
  }).toPass({ timeout: 15_000 });

  await loginAs(najahAgent);
  await openOfficeApplication(page, NAJAH_SECOND_OPEN_CR);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(SECOND_TRADE_NAME);
  await page.getByTestId("actions").getByRole("button", { name: "استلام الطلب للمراجعة" }).click();
  await page.getByRole("button", { name: "تأكيد" }).click();
  await expect(page.getByTestId("step-done")).toContainText("قيد مراجعة المكتب");

  await loginAs(committee);
  await page.goto("/ar/staff/supervision/scorecards");
  await expect(page.locator('[data-testid="scorecard-row"][data-code="OFF-NAJAH"]')).toContainText("2 مخالفة من 2");
  await screenshot(page, "supervision-scorecards");
});
