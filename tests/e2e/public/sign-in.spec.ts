import type { Browser, Cookie, Page } from "@playwright/test";
import { SUPERVISION_USERS } from "../../../prisma/seed/supervision";
import { DEMO_ACCOUNTS, DEMO_PASSWORD, TOTP_DEMO_ROLES, demoTotp, expect, screenshot, test, type DemoAccount } from "../fixtures";

/**
 * The tests that sign in through the forms (every other journey uses the loginAs fixture): staff with username +
 * password (+ the authenticator code for ADMIN, COMMITTEE_MEMBER, FINANCE), citizens through the national SSO
 * button and the local provider's own login page (docs/decisions/009).
 */
async function staffSignIn(page: Page, login: string, password: string, lang: "ar" | "en") {
  await page.getByLabel(lang === "ar" ? "اسم المستخدم" : "Username", { exact: true }).fill(login);
  await page.getByLabel(lang === "ar" ? "كلمة المرور" : "Password", { exact: true }).fill(password);
  await page.getByRole("button", { name: lang === "ar" ? "تسجيل الدخول" : "Sign in", exact: true }).click();
}

/** On the local national-SSO provider's page (Arabic only, like the real one). */
async function providerSignIn(page: Page, nationalId: string, password: string) {
  await expect(page).toHaveURL(/:\d+\/interaction\/[\w-]+$/);
  await page.getByLabel("رقم الهوية الوطنية / الإقامة").fill(nationalId);
  await page.getByLabel("كلمة المرور").fill(password);
  await page.getByRole("button", { name: "دخول" }).click();
}

for (const lang of ["ar", "en"] as const) {
  for (const account of DEMO_ACCOUNTS) {
    test(`${account.role} (${account.login}) signs in in ${lang} and lands on ${account.home}`, async ({ page }) => {
      await page.goto(`/${lang}/sign-in`);
      if (account.loginKind === "nationalId") {
        await page.getByRole("button", { name: lang === "ar" ? "الدخول عبر النفاذ الوطني الموحد" : "Sign in with the National Single Sign-On (النفاذ الوطني الموحد)" }).click();
        await providerSignIn(page, account.login, DEMO_PASSWORD);
      } else {
        await staffSignIn(page, account.login, DEMO_PASSWORD, lang);
        if (TOTP_DEMO_ROLES.includes(account.role)) {
          await expect(page.getByTestId("totp-ask")).toBeVisible();
          await page.getByLabel(lang === "ar" ? "رمز التحقق" : "Verification code", { exact: true }).fill(demoTotp());
          await page.getByRole("button", { name: lang === "ar" ? "تسجيل الدخول" : "Sign in", exact: true }).click();
        }
      }
      await expect(page).toHaveURL(new RegExp(`/${lang}${account.home}$`));
      await expect(page.locator("html")).toHaveAttribute("dir", lang === "ar" ? "rtl" : "ltr");
      await expect(page.getByRole("button", { name: lang === "ar" ? "تسجيل الخروج" : "Sign out" })).toBeVisible();
    });
  }
}

test("the sign-in page offers the national SSO to citizens and no citizen password form", async ({ page }) => {
  await page.goto("/ar/sign-in");
  await expect(page.getByRole("button", { name: "الدخول عبر النفاذ الوطني الموحد" })).toBeVisible();
  await expect(page.getByLabel("رقم الهوية الوطنية / الإقامة")).toHaveCount(0);
  await screenshot(page, "sign-in-ar");
});

test("a wrong staff password shows a localized error and keeps the username", async ({ page }) => {
  await page.goto("/ar/sign-in");
  await staffSignIn(page, "staff.reviewer", "wrong-password", "ar");
  const summary = page.getByTestId("error-summary");
  await expect(summary).toContainText("بيانات الدخول غير صحيحة");
  await expect(summary).toBeFocused();
  await expect(page.getByLabel("كلمة المرور", { exact: true })).toHaveValue("");
  await expect(page.getByLabel("اسم المستخدم", { exact: true })).toHaveValue("staff.reviewer");
  await expect(page).toHaveURL(/\/ar\/sign-in/);
  await screenshot(page, "sign-in-wrong-password-ar");
});

test("a malformed username is refused before sending, with the value kept", async ({ page }) => {
  await page.goto("/ar/sign-in");
  await staffSignIn(page, "a b", "x", "ar");
  await expect(page.getByTestId("error-summary")).toContainText("اسم المستخدم من 3 إلى 64");
  await expect(page.getByLabel("اسم المستخدم", { exact: true })).toHaveValue("a b");
  await expect(page.getByLabel("اسم المستخدم", { exact: true })).toHaveAttribute("aria-invalid", "true");
});

test("after five failures this browser is paused on that account, with a clear message", async ({ page }) => {
  await page.goto("/ar/sign-in");
  for (let i = 0; i < 5; i++) {
    await staffSignIn(page, "no.such.stranger", `guess-${i}`, "ar");
    await expect(page.getByTestId("error-summary")).toContainText("بيانات الدخول غير صحيحة");
  }
  await staffSignIn(page, "no.such.stranger", "guess-6", "ar");
  await expect(page.getByTestId("error-summary")).toContainText("تجاوزت عدد المحاولات");
});

/** A seeded person no other journey signs in as: signing out ends ALL of an account's sessions. */
const saad = SUPERVISION_USERS[0]!;
const saadAccount: DemoAccount = { role: "CITIZEN", login: saad.nationalId!, loginKind: "nationalId", nameAr: saad.nameAr, nameEn: saad.nameEn, mobile: saad.mobile, home: "/my" };

async function replay(browser: Browser, baseURL: string, cookies: Cookie[]) {
  const context = await browser.newContext({ baseURL, locale: "ar-SA" });
  await context.addCookies(cookies);
  return context.newPage();
}

test("REGRESSION: signing out ends the session — a copy of the old cookie no longer works", async ({ page, loginAs, browser, baseURL }) => {
  await loginAs(saadAccount);
  await page.goto("/ar/my");
  await expect(page).toHaveURL(/\/ar\/my$/);
  const copied = (await page.context().cookies()).filter((c) => c.name.includes("next-auth.session-token"));
  expect(copied).toHaveLength(1);

  await page.getByRole("button", { name: "تسجيل الخروج" }).click();
  await expect(page).toHaveURL(/\/ar$/);
  await page.goto("/ar/my");
  await expect(page).toHaveURL(/\/ar\/sign-in\?callbackUrl=%2Far%2Fmy/);

  // Someone who copied the cookie before the sign-out (a shared computer, a stolen token) is out too.
  const other = await replay(browser, baseURL!, copied);
  await other.goto("/ar/my");
  await expect(other).toHaveURL(/\/ar\/sign-in\?callbackUrl=%2Far%2Fmy/);
  await other.context().close();
});
