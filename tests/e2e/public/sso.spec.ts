import { NEW_SSO_PERSON } from "../../../scripts/lib/sso-identities";
import { DEMO_PASSWORD, demoAccount, expect, screenshot, test } from "../fixtures";

/**
 * The national single sign-on in Chromium, in Arabic, against the local OIDC provider the e2e server starts
 * (scripts/oidc-dev-provider.ts, the `oidc-provider` package): the real redirect flow with PKCE and state,
 * no mocked function. docs/decisions/009-national-sso-and-staff-2fa.md
 */
const citizen = demoAccount("CITIZEN", 1);

async function atProvider(page: import("@playwright/test").Page, nationalId: string, password = DEMO_PASSWORD) {
  await expect(page).toHaveURL(/^http:\/\/localhost:\d+\/interaction\/[\w-]+$/);
  await expect(page.getByRole("heading", { name: "النفاذ الوطني الموحد" })).toBeVisible();
  await page.getByLabel("رقم الهوية الوطنية / الإقامة").fill(nationalId);
  await page.getByLabel("كلمة المرور").fill(password);
  await page.getByRole("button", { name: "دخول" }).click();
}

test("a resident clicks the SSO button, signs in at the provider and is back on /ar/my, signed in", async ({ page, baseURL }) => {
  await page.goto("/ar/sign-in");
  await page.getByRole("button", { name: "الدخول عبر النفاذ الوطني الموحد" }).click();
  await expect(page).toHaveURL(/\/interaction\//);
  expect(new URL(page.url()).port, "the provider runs on its own port").not.toBe(new URL(baseURL!).port);
  await screenshot(page, "sso-provider-login-ar");
  await atProvider(page, citizen.login);
  await expect(page).toHaveURL(/\/ar\/my$/);
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
  await expect(page.getByText(citizen.nameAr).first()).toBeVisible();
  const session = await (await page.request.get("/api/auth/session")).json();
  expect(session).toMatchObject({ audience: "citizen", roles: ["CITIZEN"] });
  await screenshot(page, "sso-back-on-my-ar");
});

test("the SSO brings a guest back to the page they asked for", async ({ page }) => {
  await page.goto("/ar/my/bills");
  await expect(page).toHaveURL(/\/ar\/sign-in\?callbackUrl=%2Far%2Fmy%2Fbills/);
  await page.getByRole("button", { name: "الدخول عبر النفاذ الوطني الموحد" }).click();
  await atProvider(page, citizen.login);
  await expect(page).toHaveURL(/\/ar\/my\/bills$/);
});

test("a person new to the portal gets an account made from the provider's claims, the same one next time", async ({ page, browser, baseURL }) => {
  for (let round = 0; round < 2; round++) {
    const context = round === 0 ? page.context() : await browser.newContext({ baseURL, locale: "ar-SA" });
    const p = round === 0 ? page : await context.newPage();
    await p.goto("/ar/sign-in");
    await p.getByRole("button", { name: "الدخول عبر النفاذ الوطني الموحد" }).click();
    await atProvider(p, NEW_SSO_PERSON.nationalId);
    await expect(p).toHaveURL(/\/ar\/my$/);
    await expect(p.getByText(NEW_SSO_PERSON.nameAr).first()).toBeVisible();
    await expect(p.getByRole("main")).toContainText(NEW_SSO_PERSON.nationalId); // /ar/my shows the ID from the claims
    if (round === 1) await context.close();
  }
});

test("a wrong password at the provider stays there with an Arabic message; nothing is signed in", async ({ page }) => {
  await page.goto("/ar/sign-in");
  await page.getByRole("button", { name: "الدخول عبر النفاذ الوطني الموحد" }).click();
  await atProvider(page, citizen.login, "wrong-password");
  await expect(page.getByRole("alert")).toHaveText("رقم الهوية أو كلمة المرور غير صحيحة.");
  await expect(page.getByLabel("رقم الهوية الوطنية / الإقامة")).toHaveValue(citizen.login);
  expect(await (await page.request.get("/api/auth/session")).json()).toEqual({});
});

test("two people one after the other in the same browser: the second is signed in as themself", async ({ page, loginAs }) => {
  const first = demoAccount("CITIZEN", 0);
  await loginAs(first);
  expect((await (await page.request.get("/api/auth/session")).json()).userId).toBeTruthy();
  const firstId = (await (await page.request.get("/api/auth/session")).json()).userId as string;
  await loginAs(citizen); // the provider still has a session for the first person (prompt=login asks again)
  await page.goto("/ar/my");
  await expect(page.getByText(citizen.nameAr).first()).toBeVisible();
  expect((await (await page.request.get("/api/auth/session")).json()).userId).not.toBe(firstId);
});
