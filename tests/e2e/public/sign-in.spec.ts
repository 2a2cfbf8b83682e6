import { withCheckDigit } from "../../../lib/domain/identity/national-id";
import { DEMO_ACCOUNTS, DEMO_PASSWORD, expect, screenshot, test, type DemoAccount } from "../fixtures";
import type { Page } from "@playwright/test";

/** The one test file that signs in through the form; every other journey uses the loginAs fixture. */
async function fillSignIn(page: Page, account: Pick<DemoAccount, "login" | "loginKind">, password: string, lang: "ar" | "en") {
  const kind = account.loginKind === "nationalId" ? { ar: "مواطن أو مقيم", en: "Citizen or resident" } : { ar: "موظف أو مكتب خدمات", en: "Staff or service office" };
  await page.getByText(kind[lang], { exact: true }).click();
  const loginLabel = account.loginKind === "nationalId" ? { ar: "رقم الهوية الوطنية / الإقامة", en: "National ID / iqama number" } : { ar: "اسم المستخدم", en: "Username" };
  await page.getByLabel(loginLabel[lang], { exact: true }).fill(account.login);
  await page.getByLabel(lang === "ar" ? "كلمة المرور" : "Password", { exact: true }).fill(password);
  await page.getByRole("button", { name: lang === "ar" ? "تسجيل الدخول" : "Sign in" }).click();
}

for (const lang of ["ar", "en"] as const) {
  for (const account of DEMO_ACCOUNTS) {
    test(`${account.role} (${account.login}) signs in in ${lang} and lands on ${account.home}`, async ({ page }) => {
      await page.goto(`/${lang}/sign-in`);
      await fillSignIn(page, account, DEMO_PASSWORD, lang);
      await expect(page).toHaveURL(new RegExp(`/${lang}${account.home}$`));
      await expect(page.locator("html")).toHaveAttribute("dir", lang === "ar" ? "rtl" : "ltr");
      await expect(page.getByRole("button", { name: lang === "ar" ? "تسجيل الخروج" : "Sign out" })).toBeVisible();
    });
  }
}

test("a wrong password shows a localized error and keeps the ID", async ({ page }) => {
  const citizen = DEMO_ACCOUNTS[0]!;
  await page.goto("/ar/sign-in");
  await fillSignIn(page, citizen, "wrong-password", "ar");
  const summary = page.getByTestId("error-summary");
  await expect(summary).toContainText("بيانات الدخول غير صحيحة");
  await expect(summary).toBeFocused();
  await expect(page.getByLabel("كلمة المرور", { exact: true })).toHaveValue("");
  await expect(page.getByLabel("رقم الهوية الوطنية / الإقامة", { exact: true })).toHaveValue(citizen.login);
  await expect(page).toHaveURL(/\/ar\/sign-in/);
  await screenshot(page, "sign-in-wrong-password-ar");
});

test("a malformed national ID is refused before sending, with the value kept", async ({ page }) => {
  await page.goto("/ar/sign-in");
  await fillSignIn(page, { login: "1087654329", loginKind: "nationalId" }, "x", "ar");
  await expect(page.getByTestId("error-summary")).toContainText("رقم الهوية غير صحيح");
  await expect(page.getByLabel("رقم الهوية الوطنية / الإقامة", { exact: true })).toHaveValue("1087654329");
  await expect(page.getByLabel("رقم الهوية الوطنية / الإقامة", { exact: true })).toHaveAttribute("aria-invalid", "true");
});

test("after five failures an account is paused with a clear message", async ({ page }) => {
  const stranger = { login: withCheckDigit("199999999"), loginKind: "nationalId" as const };
  await page.goto("/ar/sign-in");
  for (let i = 0; i < 5; i++) {
    await fillSignIn(page, stranger, `guess-${i}`, "ar");
    await expect(page.getByTestId("error-summary")).toContainText("بيانات الدخول غير صحيحة");
  }
  await fillSignIn(page, stranger, "guess-6", "ar");
  await expect(page.getByTestId("error-summary")).toContainText("تجاوزت عدد المحاولات");
});

test("signing out ends the session", async ({ page, loginAs }) => {
  await loginAs("CITIZEN");
  await page.goto("/ar/my");
  await page.getByRole("button", { name: "تسجيل الخروج" }).click();
  await expect(page).toHaveURL(/\/ar$/);
  await page.goto("/ar/my");
  await expect(page).toHaveURL(/\/ar\/sign-in\?callbackUrl=%2Far%2Fmy/);
});
