import { DEMO_PASSWORD, demoAccount, demoTotp, expect, screenshot, test } from "../fixtures";

/**
 * Staff two-factor in Chromium, in Arabic (docs/decisions/009): the administrator signs in with the password,
 * then the code of the authenticator app (the demo secret the seed enrolled, computed with otplib here).
 */
const admin = demoAccount("ADMIN");

test("the administrator signs in with password + TOTP; a wrong code is refused with an Arabic message", async ({ page }) => {
  await page.goto("/ar/sign-in");
  await page.getByLabel("اسم المستخدم", { exact: true }).fill(admin.login);
  await page.getByLabel("كلمة المرور", { exact: true }).fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "تسجيل الدخول", exact: true }).click();

  // Step 2: the password was right; the code is asked for, nothing is signed in yet.
  await expect(page.getByTestId("totp-ask")).toHaveText("أدخل رمز التحقق من تطبيق المصادقة لإكمال الدخول.");
  expect(await (await page.request.get("/api/auth/session")).json()).toEqual({});
  await screenshot(page, "staff-totp-step-ar");

  const code = demoTotp();
  const wrong = String((Number(code) + 500_000) % 1_000_000).padStart(6, "0");
  await page.getByLabel("رمز التحقق", { exact: true }).fill(wrong);
  await page.getByRole("button", { name: "تسجيل الدخول", exact: true }).click();
  await expect(page.getByTestId("error-summary")).toContainText("رمز التحقق غير صحيح");
  expect(await (await page.request.get("/api/auth/session")).json()).toEqual({});

  await page.getByLabel("رمز التحقق", { exact: true }).fill(demoTotp());
  await page.getByRole("button", { name: "تسجيل الدخول", exact: true }).click();
  await expect(page).toHaveURL(/\/ar\/staff$/);
  const session = await (await page.request.get("/api/auth/session")).json();
  expect(session.roles).toContain("ADMIN");
});

test("a password without the code gives no session, even posted straight to next-auth", async ({ page }) => {
  const { csrfToken } = (await (await page.request.get("/api/auth/csrf")).json()) as { csrfToken: string };
  const res = await page.request.post("/api/auth/callback/credentials", {
    form: { csrfToken, login: admin.login, password: DEMO_PASSWORD, json: "true" },
    maxRedirects: 0,
  });
  const { url } = (await res.json()) as { url: string };
  expect(new URL(url).searchParams.get("error")).toBe("TOTP_REQUIRED");
  expect(await (await page.request.get("/api/auth/session")).json()).toEqual({});
});

test("the account-security page shows two-factor on and lets the administrator reset others", async ({ page, loginAs }) => {
  await loginAs(admin);
  await page.goto("/ar/account/security");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("أمان الحساب");
  await expect(page.getByTestId("totp-on")).toBeVisible();
  await expect(page.getByRole("heading", { name: "إعادة تعيين كلمة مرور موظف" })).toBeVisible();
  await screenshot(page, "account-security-admin-ar");
});
