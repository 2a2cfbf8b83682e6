import pg from "pg";
import { randomBytes } from "node:crypto";
import { expect, screenshot, test } from "../fixtures";
import { e2eDatabaseUrl } from "../e2e-database";
import { checkDigitNumber } from "../../../lib/kernel/check-digits";
import { DEMO_AFTER_ISSUE_PERMIT } from "../../../prisma/seed/permits-after-issue";

/**
 * Cancelling an issued building permit, in Arabic: the signatory opens it from the after-issue desk, sends the
 * cancel form empty (refused, in words, focus on the summary), then with a ground and reasons — what was typed
 * survives the refusal; the permit shows CANCELLED with its ground; the public verification page says it is not
 * valid; the owner reads the reasons on their phone. Then the owner's own request, from a phone: it waits in the
 * signatory's queue (the cancel form starts on the owner's ground) and is declined with reasons the owner reads.
 */

const REASON = "بُني دور ثالث خلافًا للرخصة، بحسب محضر الضبط رقم 4471";

/**
 * An ISSUED permit of the demo citizen of its own (the demo one is completed by another journey): a copy of the
 * demo after-issue permit's row with a new id, number, parcel and verification code, written to the e2e database.
 */
async function issuedPermit(): Promise<{ id: string; number: string; verifyCode: string }> {
  const client = new pg.Client({ connectionString: e2eDatabaseUrl() });
  await client.connect();
  try {
    const n = (await client.query<{ n: string }>(`SELECT nextval('permit_number_seq') AS n`)).rows[0]!.n;
    const made = { id: `e2e-cancel-${randomBytes(6).toString("hex")}`, number: checkDigitNumber("P", BigInt(n)), verifyCode: randomBytes(12).toString("base64url") };
    const { rowCount } = await client.query(
      `INSERT INTO "Permit"
         SELECT (jsonb_populate_record(NULL::"Permit", to_jsonb(p) || jsonb_build_object(
           'id', $1::text, 'number', $2::text, 'verifyCode', $3::text, 'parcelNo', $4::text, 'status', 'ISSUED', 'version', 0,
           'billId', NULL, 'createdAt', now(), 'updatedAt', now()))).*
         FROM "Permit" p WHERE p."planNo" = $5 AND p."parcelNo" = $6 AND p."issuedAt" IS NOT NULL LIMIT 1`,
      [made.id, made.number, made.verifyCode, String(800 + Math.floor(Math.random() * 199)), DEMO_AFTER_ISSUE_PERMIT.planNo, DEMO_AFTER_ISSUE_PERMIT.parcelNo],
    );
    expect(rowCount).toBe(1);
    return made;
  } finally {
    await client.end();
  }
}

test("the signatory cancels an issued permit; the public page and the owner see it cancelled", async ({ page, loginAs }) => {
  const permit = await issuedPermit();

  await loginAs("PERMITS_SIGNATORY");
  await page.goto(`/ar/staff/permits/after-issue/${permit.number}`);
  await page.getByTestId("open-cancel-permit").click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("مراجعة طلب رخصة");
  const form = page.getByTestId("cancel-permit");
  await expect(form.getByRole("heading", { level: 2 })).toHaveText("إلغاء الرخصة");

  // Empty: refused in words, nothing sent; then a reason too short, with a ground — the ground stays chosen.
  await form.getByRole("button", { name: "إلغاء الرخصة" }).click();
  const summary = form.getByRole("alert").first();
  await expect(summary).toContainText("اختر سبب الإلغاء");
  await expect(summary).toBeFocused();
  await form.getByLabel("مخالفة شروط الرخصة", { exact: true }).check();
  await form.getByLabel("تفاصيل السبب").fill("مخالفة");
  await form.getByRole("button", { name: "إلغاء الرخصة" }).click();
  await expect(form.getByRole("alert").first()).toContainText("10");
  await expect(form.getByLabel("مخالفة شروط الرخصة", { exact: true })).toBeChecked();
  await expect(form.getByLabel("تفاصيل السبب")).toHaveValue("مخالفة");
  await screenshot(page, "permit-cancel-refused");

  await form.getByLabel("تفاصيل السبب").fill(REASON);
  await form.getByRole("button", { name: "إلغاء الرخصة" }).click();
  await expect(page.getByTestId("form-success")).toContainText("أُلغيت الرخصة وأُبلغ المالك.");
  await expect(page.getByTestId("cancel-permit")).toHaveCount(0);
  await expect(page.getByTestId("form-success")).toBeVisible();
  await page.reload();
  await expect(page.getByTestId("permit-cancelled-notice")).toContainText("مخالفة شروط الرخصة");
  await expect(page.getByTestId("permit-cancelled-notice")).toContainText(REASON);
  await expect(page.getByTestId("cancel-permit")).toHaveCount(0);
  await expect(page.getByText("أُلغيت الرخصة", { exact: true })).toBeVisible(); // the timeline's row
  await screenshot(page, "permit-cancelled-staff");

  // The certificate's QR page: not valid, cancelled, with the day — not the reasons.
  await page.goto(`/ar/verify/permit/${permit.verifyCode}`);
  await expect(page.getByTestId("permit-verified")).toHaveAttribute("data-status", "CANCELLED");
  await expect(page.getByTestId("verify-verdict")).toHaveText("هذه الرخصة غير سارية");
  await expect(page.getByTestId("verify-cancelled-on")).toBeVisible();
  await expect(page.getByText(REASON)).toHaveCount(0);
  await screenshot(page, "permit-cancelled-verify");

  // The owner, on a phone.
  await page.setViewportSize({ width: 390, height: 844 });
  await loginAs("CITIZEN");
  await page.goto(`/ar/my/permits/${permit.id}`);
  await expect(page.getByTestId("permit-cancelled-notice")).toContainText(REASON);
  await expect(page.getByTestId("open-certificate")).toHaveCount(0);
  const { scroll, client } = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
  expect(scroll).toBeLessThanOrEqual(client);
  await screenshot(page, "permit-cancelled-owner-phone");
});

test("the owner asks on a phone to cancel; the signatory finds the request in the queue and declines it with reasons", async ({ page, loginAs }) => {
  const permit = await issuedPermit();
  const OWNER_REASON = "بعت القطعة ولن أبني عليها";
  const DECLINE = "على الرخصة مخالفة قائمة تُسوّى قبل الإلغاء";

  await page.setViewportSize({ width: 390, height: 844 });
  await loginAs("CITIZEN");
  await page.goto(`/ar/my/permits/${permit.id}`);
  const ask = page.getByTestId("request-cancel");
  await ask.getByRole("button", { name: "إرسال طلب الإلغاء" }).click();
  await expect(ask.getByRole("alert").first()).toContainText("سبب طلب الإلغاء");
  await ask.getByLabel("سبب طلب الإلغاء").fill(OWNER_REASON);
  await ask.getByRole("button", { name: "إرسال طلب الإلغاء" }).click();
  await expect(page.getByTestId("request-cancel-done")).toContainText("استلمنا طلب الإلغاء");
  // The answered request's form is gone with the new state; the notice stays above it (decision 027).
  await expect(page.getByTestId("request-cancel")).toHaveCount(0);
  await expect(page.getByTestId("request-cancel-done")).toBeVisible();
  await page.reload();
  await expect(page.getByTestId("permit-cancel-request")).toContainText(OWNER_REASON);
  await expect(page.getByTestId("request-cancel")).toHaveCount(0);
  await expect(page.getByTestId("permit-status").first()).toHaveText("صادرة");
  await screenshot(page, "permit-cancel-requested-owner-phone");

  await page.setViewportSize({ width: 1280, height: 900 });
  await loginAs("PERMITS_SIGNATORY");
  await page.goto("/ar/staff/permits");
  const row = page.getByTestId("cancel-request-row").filter({ hasText: permit.number });
  await expect(row).toHaveCount(1);
  await row.getByRole("link", { name: /فتح/ }).click();
  await expect(page.getByTestId("permit-cancel-request")).toContainText(OWNER_REASON);
  // the cancel form starts on the owner's ground
  await expect(page.getByTestId("cancel-permit").getByLabel("بناءً على طلب المالك", { exact: true })).toBeChecked();
  await screenshot(page, "permit-cancel-request-staff");
  const decline = page.getByTestId("decline-cancel");
  await decline.getByLabel("أسباب عدم القبول").fill(DECLINE);
  await decline.getByRole("button", { name: "عدم قبول الطلب" }).click();
  await expect(page.getByTestId("decline-cancel-done")).toContainText("لم يُقبل الطلب");
  // The answered request's form is gone with the new state; the notice stays above it (decision 027).
  await expect(page.getByTestId("decline-cancel")).toHaveCount(0);
  await expect(page.getByTestId("decline-cancel-done")).toBeVisible();
  await page.goto("/ar/staff/permits");
  await expect(page.getByTestId("cancel-request-row").filter({ hasText: permit.number })).toHaveCount(0);

  // The owner reads the answer on the timeline and may ask again.
  await loginAs("CITIZEN");
  await page.goto(`/ar/my/permits/${permit.id}`);
  await expect(page.getByText("لم يُقبل طلب الإلغاء", { exact: true })).toBeVisible();
  await expect(page.getByText(DECLINE)).toBeVisible();
  await expect(page.getByTestId("permit-cancel-request")).toHaveCount(0);
  await expect(page.getByTestId("request-cancel")).toBeVisible();
});
