import type { Page } from "@playwright/test";
import { demoAccount, expect, screenshot, test } from "../fixtures";
import { smsOnPhone } from "../phone";
import { VIOLATION_ARTICLES } from "../../../prisma/seed/violations";
import { auctionNumber, DEMO_AUCTIONS, DEMO_TENDERS, tenderNumber } from "../../../prisma/seed/tenders";
import { INQUIRY_DEMO, INQUIRY_DEMO_PERSON } from "../../../prisma/seed/inquiry";
import { ENGINEERING_OFFICE } from "../../../prisma/seed/permits";
import { png } from "../png";
import { checkDigitNumber } from "../../../lib/kernel/check-digits";

/**
 * The one inquiry page (الاستعلام), in Arabic (issue 13): an inquiry of each kind, each FOUND — a transaction (the
 * demo citizen's license application), a violation (recorded here by the field inspector; number + the owner's ID),
 * a shop license by number and by commercial registration, a health certificate, a building permit, an engineering
 * office's license, an electricity connection by its clearance number (seeded: prisma/seed/inquiry.ts, permits.ts),
 * a tender and an auction (seeded) — what a stranger sees, the owner's details after a code sent to the owner's
 * mobile (a violation's and a permit's), a well-formed number of nothing answered neutrally, and a malformed number
 * refused with a clear message while everything typed stays.
 */
const citizen = demoAccount("CITIZEN", 0);
const RESTAURANT = "2050123456";
const PNG = { name: "shop.png", mimeType: "image/png", buffer: png(48, 32, (_x, y) => (y < 16 ? [0, 122, 61] : [200, 180, 150])) };

async function ask(page: Page, kind: string, number: string, nationalId?: string) {
  // Wait for THIS answer: one that matches the last would pass at once, and its late arrival (the form is keyed
  // by attempt) would then reset what the next ask typed.
  const form = page.locator("form[data-attempt]");
  const before = await form.getAttribute("data-attempt");
  await page.getByLabel(kind, { exact: true }).check();
  await page.getByLabel("الرقم", { exact: true }).fill(number);
  if (nationalId !== undefined) await page.getByLabel("هوية مالك المنشأة", { exact: true }).fill(nationalId);
  await page.getByRole("button", { name: "استعلام" }).click();
  await expect(form).not.toHaveAttribute("data-attempt", before ?? "");
}

test("an inquiry of each kind; the owner's details after an SMS code; a malformed number keeps what was typed", async ({ page, loginAs }) => {
  test.setTimeout(180_000);

  // The demo citizen's application number and a violation on his restaurant, as their owners see them.
  await loginAs(citizen);
  await page.goto("/ar/my/licenses");
  const applicationNumber = /A\d{7}/.exec(await page.locator("main").innerText())?.[0] ?? "";
  expect(applicationNumber).toMatch(/^A\d{7}$/);
  await page.context().clearCookies();
  await loginAs("FIELD_INSPECTOR");
  await page.goto("/ar/staff/violations/new");
  await page.getByLabel("رقم الرخصة أو السجل التجاري", { exact: true }).fill(RESTAURANT);
  await page.getByRole("button", { name: "بحث" }).click();
  const article = VIOLATION_ARTICLES[0]!;
  await page.getByLabel("المادة المخالفة", { exact: true }).selectOption({ label: `${article.code} — ${article.titleAr}` });
  await page.getByLabel("مبلغ الغرامة (ريال)", { exact: true }).fill(String(article.minFineHalalas / 100));
  await page.getByTestId("photo-input").setInputFiles(PNG);
  await page.getByLabel("خط العرض", { exact: true }).fill("26.4412");
  await page.getByLabel("خط الطول", { exact: true }).fill("50.0967");
  await page.getByRole("button", { name: "تسجيل المخالفة وإصدار الفاتورة" }).click();
  const violationNumber = (await page.getByTestId("violation-number").textContent())!.trim();
  await page.context().clearCookies();

  // ── A stranger ──
  await page.goto("/ar/inquiry");
  await expect(page).toHaveTitle(/الاستعلام/);

  // Malformed: a clear message, nothing typed lost.
  await ask(page, "منافسة", "T12-34");
  await expect(page.getByText("رقم المنافسة يبدأ بحرف T ثم أرقام، مثل T1000015.").first()).toBeVisible();
  await expect(page.getByLabel("الرقم", { exact: true })).toHaveValue("T12-34");
  await expect(page.getByLabel("منافسة", { exact: true })).toBeChecked();
  await ask(page, "منافسة", "T9000012");
  await expect(page.getByText("الرقم غير صحيح: يبدو أن أحد أرقامه كُتب خطأً.").first()).toBeVisible();

  // Tender and auction (public in full).
  const awarded = DEMO_TENDERS.find((t) => t.status === "AWARDED")!;
  await ask(page, "منافسة", tenderNumber(awarded.n).toLowerCase());
  await expect(page.getByTestId("inquiry-status")).toHaveAttribute("data-status", "AWARDED");
  await expect(page.getByTestId("inquiry-facts")).toContainText(awarded.awardedTo!);
  await screenshot(page, "inquiry-tender");
  await ask(page, "مزايدة", auctionNumber(DEMO_AUCTIONS[1]!.n));
  await expect(page.getByTestId("inquiry-result")).toHaveAttribute("data-type", "auction");
  await expect(page.getByTestId("inquiry-status")).toHaveAttribute("data-status", "AWARDED");

  // A transaction: the status for anyone; the details are locked.
  await ask(page, "معاملة (طلب رخصة، بلاغ، اعتراض)", applicationNumber);
  await expect(page.getByTestId("inquiry-result")).toHaveAttribute("data-type", "application");
  await expect(page.getByTestId("inquiry-owner-locked")).toBeVisible();
  await expect(page.getByTestId("inquiry-owner")).toHaveCount(0);

  // A violation: a wrong owner ID answers like nothing; the right one shows the status; the code opens the details.
  await ask(page, "مخالفة بلدية", violationNumber, "2123456788");
  await expect(page.getByTestId("inquiry-no-match")).toBeVisible();
  await ask(page, "مخالفة بلدية", violationNumber, citizen.login);
  await expect(page.getByTestId("inquiry-status")).toHaveAttribute("data-status", "ISSUED");
  await expect(page.getByTestId("inquiry-owner-locked")).toContainText("050 ••• ••67");
  await page.getByRole("button", { name: "إرسال رمز التحقق إلى جوال المالك" }).click();
  await expect(page.getByTestId("inquiry-code-sent")).toBeVisible();
  // The newest one-time code (the violation's bill SMS to the same phone also has long digit runs).
  const code = /رمز التحقق: (\d{6})/.exec(await smsOnPhone(citizen.mobile, /رمز التحقق: \d{6}/))![1]!;
  await page.getByLabel("رمز التحقق", { exact: true }).fill(code === "000000" ? "111111" : "000000");
  await page.getByRole("button", { name: "عرض التفاصيل" }).click();
  await expect(page.getByText(/رمز التحقق غير صحيح|الرمز غير صحيح/).first()).toBeVisible();
  await page.getByLabel("رمز التحقق", { exact: true }).fill(code);
  await page.getByRole("button", { name: "عرض التفاصيل" }).click();
  await expect(page.getByTestId("inquiry-owner-facts")).toContainText("الغرامة");
  await screenshot(page, "inquiry-violation-owner");

  // A shop license, by its number and by its commercial registration: the certificate's facts, not the holder.
  const D = INQUIRY_DEMO;
  const result = page.getByTestId("inquiry-result");
  const facts = page.getByTestId("inquiry-facts");
  await ask(page, "رخصة محل تجاري", D.licenseNumber);
  await expect(result).toHaveAttribute("data-type", "shopLicense");
  await expect(page.getByTestId("inquiry-status")).toHaveAttribute("data-status", "ACTIVE");
  await expect(facts).toContainText(D.tradeNameAr);
  await expect(facts).toContainText(D.commercialRegNo);
  await expect(result).not.toContainText(INQUIRY_DEMO_PERSON.nameAr);
  await screenshot(page, "inquiry-shop-license");
  await ask(page, "رخصة محل تجاري", D.commercialRegNo);
  await expect(page.getByTestId("inquiry-number")).toHaveText(D.licenseNumber);

  // A worker's health certificate: the ID masked as on the printed certificate.
  await ask(page, "شهادة صحية", D.healthCertNumber);
  await expect(result).toHaveAttribute("data-type", "healthCert");
  await expect(page.getByTestId("inquiry-status")).toHaveAttribute("data-status", "ISSUED");
  await expect(facts).toContainText(D.workerName);
  await expect(facts).toContainText(D.workerNationalId.slice(-4));
  await expect(result).not.toContainText(D.workerNationalId);

  // An engineering office's license: public in full, nothing locked.
  await ask(page, "ترخيص مكتب هندسي", "eo 120417");
  await expect(result).toHaveAttribute("data-type", "engineeringOffice");
  await expect(page.getByTestId("inquiry-status")).toHaveAttribute("data-status", "ACTIVE");
  await expect(facts).toContainText(ENGINEERING_OFFICE.nameAr);
  await expect(facts).toContainText("الفئة الثانية");
  await expect(page.getByTestId("inquiry-owner-locked")).toHaveCount(0);

  // An electricity connection by its clearance number: the clearance and its permit.
  await ask(page, "إيصال التيار الكهربائي", D.clearanceNo);
  await expect(result).toHaveAttribute("data-type", "electricity");
  await expect(page.getByTestId("inquiry-number")).toHaveText(D.connectionNumber);
  await expect(page.getByTestId("inquiry-status")).toHaveAttribute("data-status", "ISSUED");
  await expect(facts).toContainText(D.permitNumber);

  // A building permit: the parcel's facts for anyone; the owner's name and deed after the code sent to his mobile.
  await ask(page, "رخصة بناء أو هدم أو ترميم", D.permitNumber);
  await expect(result).toHaveAttribute("data-type", "permit");
  await expect(page.getByTestId("inquiry-status")).toHaveAttribute("data-status", "COMPLETED");
  await expect(facts).toContainText(`${D.planNo} / ${D.parcelNo}`);
  await expect(result).not.toContainText(D.deedNo);
  await expect(page.getByTestId("inquiry-owner-locked")).toContainText("050 ••• ••01");
  await page.getByRole("button", { name: "إرسال رمز التحقق إلى جوال المالك" }).click();
  await expect(page.getByTestId("inquiry-code-sent")).toBeVisible();
  const permitCode = /رمز التحقق: (\d{6})/.exec(await smsOnPhone(INQUIRY_DEMO_PERSON.mobile, /رمز التحقق: \d{6}/))![1]!;
  await page.getByLabel("رمز التحقق", { exact: true }).fill(permitCode);
  await page.getByRole("button", { name: "عرض التفاصيل" }).click();
  await expect(page.getByTestId("inquiry-owner-facts")).toContainText(D.deedNo);
  await expect(page.getByTestId("inquiry-owner-facts")).toContainText(INQUIRY_DEMO_PERSON.nameAr);
  await screenshot(page, "inquiry-permit-owner");

  // A well-formed number of nothing gets the neutral answer.
  await ask(page, "شهادة صحية", checkDigitNumber("H", 999_999));
  await expect(page.getByTestId("inquiry-no-match")).toBeVisible();

  // ── The owner signed in sees the details at once ──
  await loginAs(citizen);
  await page.goto("/ar/inquiry");
  await ask(page, "معاملة (طلب رخصة، بلاغ، اعتراض)", applicationNumber);
  await expect(page.getByTestId("inquiry-owner")).toBeVisible();
  await page.setViewportSize({ width: 390, height: 844 });
  const { scroll, client } = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
  expect(scroll).toBeLessThanOrEqual(client);
  await screenshot(page, "inquiry-owner-390");
});
