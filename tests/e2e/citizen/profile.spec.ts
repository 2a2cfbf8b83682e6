import { formatSaudiMobile } from "../../../lib/domain/identity/mobile";
import { demoAccount, expect, screenshot, test } from "../fixtures";
import { smsOnPhone } from "../phone";

/**
 * One mutation through the whole path: form → server action → command (permission, zod, one
 * transaction) → audit row + outbox SMS → worker → SMS log.
 */
test("a resident corrects a bad mobile, confirms it with the code sent to it, gets an SMS, and the change is audited", async ({ page, loginAs }) => {
  const resident = demoAccount("CITIZEN", 1);
  await loginAs(resident);
  await page.goto("/ar/my/profile");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("بياناتي");

  const mobile = page.getByLabel("رقم الجوال", { exact: true });
  const email = page.getByLabel("البريد الإلكتروني", { exact: true });
  // The form's code arrives on the first interaction (decision 045), but the fields show what is on file before it:
  // in the server's HTML (seen without JavaScript, same session) and in the live page before anything is touched.
  const current = formatSaudiMobile(resident.mobile);
  const inert = await page.context().browser()!.newContext({ javaScriptEnabled: false, storageState: await page.context().storageState() });
  const serverHtml = await inert.newPage();
  await serverHtml.goto(page.url());
  // (a form streamed in later is still hidden there, its script not run: its fields are found by name)
  await expect(serverHtml.locator('input[name="mobile"]')).toHaveValue(current);
  await expect(serverHtml.locator('input[name="preferredLocale"][value="ar"]')).toBeChecked();
  await expect(serverHtml.locator('input[name="preferredLocale"][value="en"]')).not.toBeChecked();
  // A deferred form's button stays pressable before its code arrives: the press is held and done once it is alive
  // (decision 045); a form hydrated with the page has its button disabled until then instead (SubmitButton).
  await expect(serverHtml.locator('button[type="submit"]', { hasText: "حفظ" })).toBeEnabled();
  await inert.close();
  await expect(mobile).toHaveValue(current);
  await expect(page.getByRole("radio", { name: "العربية" })).toBeChecked();
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
  // Issue 11: the new number takes effect only with the code sent TO it.
  await expect(page.getByTestId("form-success")).toContainText("لن يتغير رقم الجوال حتى تُدخل رمز التحقق");
  const pending = page.getByTestId("pending-mobile");
  await expect(pending).toContainText("أرسلنا رمز التحقق إلى الرقم الجديد");
  await expect(pending).toContainText("055 987 6543");
  const code = /رمز التحقق: (\d{6})/.exec(await smsOnPhone("0559876543", /رمز التحقق: \d{6}/))![1]!;
  const codeField = pending.getByLabel("رمز التحقق", { exact: true });
  await codeField.fill(code === "000000" ? "111111" : "000000");
  await pending.getByRole("button", { name: "تأكيد الرقم الجديد" }).click();
  await expect(pending.getByTestId("error-summary")).toContainText("الرمز غير صحيح");
  await screenshot(page, "citizen-profile-confirm-mobile-ar");
  await codeField.fill(code);
  await pending.getByRole("button", { name: "تأكيد الرقم الجديد" }).click();
  await expect(page.getByTestId("mobile-confirmed")).toContainText("تم تغيير رقم جوالك");
  await expect(page.getByTestId("pending-mobile")).toHaveCount(0);

  await loginAs("ADMIN");
  await expect(async () => {
    await page.goto("/ar/staff/sms-log?to=0559876543");
    // Sent to the new number once it is confirmed (the code's own SMS may be listed first when both go out together).
    await expect(page.getByTestId("sms-row").filter({ hasText: "تم تحديث بيانات" })).toHaveCount(1);
  }).toPass({ timeout: 20_000 });
  await screenshot(page, "staff-sms-log-ar");
  // The SMS log shows the code's message masked, never the code.
  const rows = await page.getByTestId("sms-row").allInnerTexts();
  expect(rows.some((r) => /رمز التحقق: •+/.test(r))).toBe(true);
  expect(rows.join("\n")).not.toContain(code);

  await page.goto("/ar/staff/audit?action=identity.updateProfile");
  await expect(page.getByTestId("audit-row")).toHaveCount(1);
  await expect(page.getByTestId("audit-row")).toContainText(resident.login);
  await page.goto("/ar/staff/audit?action=identity.changeMobile");
  await expect(page.getByTestId("audit-row")).toHaveCount(1);
  await expect(page.getByTestId("audit-row")).toContainText(resident.login);
  await screenshot(page, "staff-audit-ar");
});
