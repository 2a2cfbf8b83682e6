import { demoAccount, expect, screenshot, test, type DemoAccount } from "../fixtures";
import { FOUNDER_CITIZENS } from "../../../prisma/seed/supervision";
import { withCheckDigit } from "../../../lib/domain/identity/national-id";

/**
 * A citizen applies for the accreditation of their e-services office at /ar/my/office-accreditation:
 * a refused submit (in the browser: a malformed SCFHS number; on the server: a commercial registration
 * already taken) keeps everything typed — fields, checked boxes, the staff list and the chosen document —
 * then the corrected application is accepted and appears under "my requests" with its status.
 * Then (issue 11) the takeover attempt: the applicant also listed ANOTHER person's national ID with a mobile of
 * the applicant's choosing. No account or membership comes of it: that person finds the invitation under their
 * own sign-in and declines it; the applicant sees no invitation; the committee sees both invitations and cannot
 * approve while one is unanswered.
 */
// A seeded citizen who is not a demo account: applying makes them a member of a pending office.
const citizen: DemoAccount = FOUNDER_CITIZENS[0];
const OFFICE = "مكتب المسار الأول للخدمات الإلكترونية";
const CR = "2050077115";
const TAKEN_CR = "2050089341"; // OFF-INJAZ (seed)
const SPECIALIST_ID = withCheckDigit("110203040");
// The victim: a real account (the second demo citizen) whose national ID the applicant types, with the applicant's own mobile.
const victim = demoAccount("CITIZEN", 1);
let requestNumber = "";

test.describe.configure({ mode: "serial" });
const PDF = { name: "السجل-التجاري.pdf", mimeType: "application/pdf", buffer: Buffer.from("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n") };

test("a citizen applies to accredit an office; a refused submit keeps what was typed", async ({ page, loginAs }) => {
  await loginAs(citizen);
  await page.goto("/ar/my/office-accreditation");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("اعتماد مكتب خدمات إلكترونية");
  await expect(page.getByRole("navigation", { name: "خدماتي" }).getByRole("link", { name: "اعتماد مكتب خدمات", exact: true })).toBeVisible(); // citizen nav entry
  await expect(page.getByText("لم تتقدم بأي طلب اعتماد بعد.")).toBeVisible();

  await page.getByLabel("الاسم بالعربية", { exact: true }).fill(OFFICE);
  await page.getByLabel("الاسم بالإنجليزية", { exact: true }).fill("First Path E-Services Office");
  await page.getByLabel("رقم السجل التجاري", { exact: true }).fill(TAKEN_CR);
  await page.getByLabel("هاتف المكتب", { exact: true }).fill("0138112233");
  await page.getByLabel("البريد الإلكتروني", { exact: true }).fill("info@masar-eservices.example");
  await page.getByLabel("بلدية وسط الدمام", { exact: true }).check();
  await page.getByLabel("بلدية الظهران", { exact: true }).check();
  await page.getByLabel("الرخص التجارية", { exact: true }).check();
  await page.getByLabel("الرخص الصحية", { exact: true }).check();
  await page.getByLabel("سأعمل أيضًا موظف خدمة في المكتب", { exact: true }).check();

  await page.getByRole("button", { name: "إضافة موظف" }).click();
  const member = page.getByRole("group", { name: "الموظف 1" });
  await member.getByLabel("رقم الهوية", { exact: true }).fill(SPECIALIST_ID);
  await member.getByLabel("الدور", { exact: true }).selectOption({ label: "أخصائي صحي" });
  await member.getByLabel("الاسم الكامل بالعربية", { exact: true }).fill("د. سلمى بنت خالد الحربي");
  await member.getByLabel("رقم الجوال", { exact: true }).fill("0559876543");
  await member.getByLabel("رقم التصنيف المهني", { exact: true }).fill("12345");
  await member.getByLabel("رقم التصنيف المهني", { exact: true }).blur();
  await page.getByRole("button", { name: "إضافة موظف" }).click();
  const other = page.getByRole("group", { name: "الموظف 2" });
  await other.getByLabel("رقم الهوية", { exact: true }).fill(victim.login);
  await other.getByLabel("الدور", { exact: true }).selectOption({ label: "موظف خدمة" });
  await other.getByLabel("الاسم الكامل بالعربية", { exact: true }).fill("أحمد سليم خان");
  await other.getByLabel("رقم الجوال", { exact: true }).fill("0547781292"); // the applicant's phone, not the victim's
  await expect(member.getByText("رقم الهيئة السعودية للتخصصات الصحية غير صحيح، مثل SCFHS-19-R-0048213.")).toBeVisible(); // checked on leaving the field
  await page.getByLabel("إرفاق مستند", { exact: true }).setInputFiles(PDF);
  await expect(page.getByTestId("document-list")).toContainText("السجل-التجاري.pdf");

  // 1. Refused in the browser by the shared schema: the SCFHS number is malformed.
  await page.getByRole("button", { name: "إرسال طلب الاعتماد" }).click();
  const summary = page.getByTestId("error-summary");
  await expect(summary).toBeFocused();
  await expect(summary).toContainText("الموظف 1 — رقم التصنيف المهني");
  await expect(summary).toContainText("رقم الهيئة السعودية للتخصصات الصحية غير صحيح");
  await screenshot(page, "citizen-accreditation-refused-client");
  // The summary's link leads to the staff member's own field (a stable id from the field's name).
  await summary.getByRole("link", { name: /الموظف 1 — رقم التصنيف المهني/ }).click();
  await expect(member.getByLabel("رقم التصنيف المهني", { exact: true })).toBeFocused();
  await member.getByLabel("رقم التصنيف المهني", { exact: true }).fill("SCFHS-22-R-0051234");

  // 2. Refused by the server: the commercial registration belongs to an office already.
  await page.getByRole("button", { name: "إرسال طلب الاعتماد" }).click();
  await expect(summary).toContainText("يوجد مكتب مسجل بهذا السجل التجاري.");
  await screenshot(page, "citizen-accreditation-refused-server");
  // Nothing typed was lost.
  await expect(page.getByLabel("الاسم بالعربية", { exact: true })).toHaveValue(OFFICE);
  await expect(page.getByLabel("هاتف المكتب", { exact: true })).toHaveValue("0138112233");
  await expect(page.getByLabel("البريد الإلكتروني", { exact: true })).toHaveValue("info@masar-eservices.example");
  await expect(page.getByLabel("بلدية الظهران", { exact: true })).toBeChecked();
  await expect(page.getByLabel("الرخص الصحية", { exact: true })).toBeChecked();
  await expect(page.getByLabel("سأعمل أيضًا موظف خدمة في المكتب", { exact: true })).toBeChecked();
  await expect(member.getByLabel("رقم الهوية", { exact: true })).toHaveValue(SPECIALIST_ID);
  await expect(member.getByLabel("الدور", { exact: true })).toHaveValue("HEALTH_SPECIALIST");
  await expect(member.getByLabel("رقم التصنيف المهني", { exact: true })).toHaveValue("SCFHS-22-R-0051234");
  await expect(page.getByTestId("document-list")).toContainText("السجل-التجاري.pdf");

  // 3. Corrected: accepted.
  await page.getByLabel("رقم السجل التجاري", { exact: true }).fill(CR);
  await page.getByRole("button", { name: "إرسال طلب الاعتماد" }).click();
  const success = page.getByTestId("form-success");
  await expect(success).toContainText("تم إرسال طلب الاعتماد رقم AC");
  const number = /AC\d+/.exec((await success.textContent()) ?? "")![0];
  requestNumber = number;

  const mine = page.getByTestId("my-accreditation").filter({ hasText: number });
  await expect(mine).toContainText(OFFICE);
  await expect(mine).toContainText("قيد الدراسة");
  await screenshot(page, "citizen-accreditation-submitted");

  // Coming back later: the form says the request is under study instead of inviting a second one.
  await page.reload();
  await expect(page.getByTestId("accreditation-pending")).toContainText(number);
  await expect(page.getByRole("button", { name: "إرسال طلب الاعتماد" })).toHaveCount(0);
});

test("the national ID typed into the application is not taken over: its owner declines, the committee waits", async ({ page, loginAs }) => {
  expect(requestNumber).toMatch(/^AC\d+$/);
  // The applicant holds no invitation of someone else's.
  await loginAs(citizen);
  await page.goto("/ar/my/invitations");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("دعوات العمل في المكاتب");
  await expect(page.getByTestId("no-invitations")).toBeVisible();

  // The owner of the national ID, signed in with their own identity, sees the invitation and declines it.
  // (A second person at the same browser: forget the first one's portal and identity-provider sessions.)
  await page.context().clearCookies();
  await loginAs(victim);
  await page.goto("/ar/my/invitations");
  const card = page.getByTestId("my-invitation").filter({ hasText: OFFICE });
  await expect(card).toContainText("موظف خدمة");
  await screenshot(page, "citizen-invitation-received");
  await card.getByTestId("decline-invitation").getByRole("button", { name: "رفض الدعوة" }).click();
  await card.getByRole("group", { name: "تأكيد رفض الدعوة" }).getByRole("button", { name: "نعم، رفض الدعوة" }).click();
  await expect(page.getByTestId("my-invitation").filter({ hasText: OFFICE })).toHaveCount(0);
  await expect(page.getByTestId("command-done")).toHaveText("رُفضت الدعوة.");

  // The committee sees who answered and cannot approve while the specialist has not.
  await loginAs(demoAccount("COMMITTEE_MEMBER"));
  await page.goto(`/ar/staff/supervision/accreditations/${requestNumber}`);
  const invitations = page.getByTestId("accreditation-invitations");
  await expect(invitations.getByTestId("invitation-row").filter({ hasText: "أحمد سليم خان" })).toContainText("رُفضت");
  await expect(invitations.getByTestId("invitation-row").filter({ hasText: SPECIALIST_ID })).toContainText("بانتظار القبول");
  await page.getByLabel("تاريخ نهاية العقد", { exact: true }).fill("2028-12-31");
  await page.getByRole("button", { name: "اعتماد المكتب" }).click();
  await expect(page.getByTestId("error-summary")).toContainText("لم يرد بعض الموظفين المذكورين في الطلب على دعواتهم بعد");
  await screenshot(page, "committee-accreditation-waits-for-invitations");
});
