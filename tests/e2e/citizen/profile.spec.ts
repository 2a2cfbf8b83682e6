import { demoAccount, expect, screenshot, test } from "../fixtures";

/**
 * One mutation through the whole path: form → server action → command (permission, zod, one
 * transaction) → audit row + outbox SMS → worker → SMS log.
 */
test("a resident corrects a bad mobile, saves, gets an SMS, and the change is audited", async ({ page, loginAs }) => {
  const resident = demoAccount("CITIZEN", 1);
  await loginAs(resident);
  await page.goto("/ar/my/profile");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("بياناتي");

  const mobile = page.getByLabel("رقم الجوال", { exact: true });
  const email = page.getByLabel("البريد الإلكتروني", { exact: true });
  await mobile.fill("0612");
  await email.fill("ahmed.khan@example.sa");
  await page.getByRole("button", { name: "حفظ" }).click();
  const summary = page.getByTestId("error-summary");
  await expect(summary).toContainText("أدخل رقم جوال سعوديًا صحيحًا");
  await expect(summary).toBeFocused();
  await expect(mobile).toHaveValue("0612");
  await expect(email).toHaveValue("ahmed.khan@example.sa");
  await screenshot(page, "citizen-profile-error-ar");

  await mobile.fill("055 987 6543");
  await page.getByRole("button", { name: "حفظ" }).click();
  await expect(page.getByTestId("form-success")).toContainText("حُفظت بياناتك");

  await loginAs("ADMIN");
  await expect(async () => {
    await page.goto("/ar/staff/sms-log?to=0559876543");
    await expect(page.getByTestId("sms-row").first()).toContainText("تم تحديث بيانات");
  }).toPass({ timeout: 20_000 });
  await screenshot(page, "staff-sms-log-ar");

  await page.goto("/ar/staff/audit?action=identity.updateProfile");
  await expect(page.getByTestId("audit-row")).toHaveCount(1);
  await expect(page.getByTestId("audit-row")).toContainText(resident.login);
  await screenshot(page, "staff-audit-ar");
});
