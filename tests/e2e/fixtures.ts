/**
 * Playwright fixtures for every journey:
 *
 *   import { test, expect, demoAccount, screenshot } from "../fixtures";
 *   test("…", async ({ page, loginAs }) => {
 *     await loginAs("REVIEWER");              // or a DemoAccount, or a login ("staff.reviewer", a national ID)
 *     await page.goto("/ar/staff");
 *     await screenshot(page, "staff-dashboard");
 *   });
 *
 * `loginAs` signs in WITHOUT the UI, through the page's request context (it shares the browser context's cookies,
 * so the session cookie lands in the browser):
 *  - staff and office members the way next-auth's own client does: GET /api/auth/csrf, then a form POST to
 *    /api/auth/callback/credentials — with the TOTP code computed from the demo secret for the roles that need it;
 *  - citizens and residents through the REAL national-SSO redirect flow (docs/decisions/009): POST
 *    /api/auth/signin/national-sso → the local OIDC provider's authorize endpoint → its login form (national ID +
 *    demo password) → back to /api/auth/callback/national-sso with the code (PKCE + state) → session.
 * Only the sign-in page's own tests use the forms.
 */
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { test as base, expect, type Page } from "@playwright/test";
import type { Role } from "../../lib/auth/roles";
import { generateSync } from "otplib";
import { DEMO_ACCOUNTS, DEMO_PASSWORD, DEMO_TOTP_SECRET, type DemoAccount } from "../../prisma/seed/demo-accounts";

export { expect, DEMO_ACCOUNTS, DEMO_PASSWORD, DEMO_TOTP_SECRET, type DemoAccount };

/** Roles whose demo accounts sign in with a TOTP code (lib/auth/totp.ts TOTP_ROLES). */
export const TOTP_DEMO_ROLES: readonly Role[] = ["ADMIN", "COMMITTEE_MEMBER", "FINANCE"];

/** The current code of the demo authenticator (prisma/seed/demo-accounts.ts DEMO_TOTP_SECRET). */
export function demoTotp(): string {
  return generateSync({ secret: DEMO_TOTP_SECRET });
}

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..");
export const SCREENSHOT_DIR = path.join(ROOT, "test-results", "screenshots");

/** Every demo account holding `role`, in seed order. */
export function accountsByRole(role: Role): DemoAccount[] {
  return DEMO_ACCOUNTS.filter((a) => a.role === role);
}

/** The `index`-th demo account holding `role` (throws if there is none). */
export function demoAccount(role: Role, index = 0): DemoAccount {
  const account = accountsByRole(role)[index];
  if (!account) throw new Error(`no demo account #${index} with role ${role}`);
  return account;
}

/** The demo account with this login (national ID or username). */
export function accountByLogin(login: string): DemoAccount {
  const account = DEMO_ACCOUNTS.find((a) => a.login === login);
  if (!account) throw new Error(`no demo account with login ${login}`);
  return account;
}

export type Who = DemoAccount | Role | string;

function resolve(who: Who): DemoAccount {
  if (typeof who !== "string") return who;
  return DEMO_ACCOUNTS.find((a) => a.role === who) ?? accountByLogin(who);
}

export type LoginAs = (who: Who, opts?: { password?: string; totp?: string }) => Promise<DemoAccount>;

/**
 * Signs `account` in on `page`'s browser context (see the header). Throws with the reason when refused.
 * Exported for journeys that open a second context (a second person at their own computer).
 */
export async function signInWithRequest(page: Page, baseURL: string, account: DemoAccount, opts: { password?: string; totp?: string } = {}): Promise<void> {
  const request = page.request; // shares cookies with page.context()
  const csrf = await request.get("/api/auth/csrf");
  expect(csrf.ok(), `GET /api/auth/csrf → ${csrf.status()}`).toBe(true);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const callbackUrl = `${baseURL}/ar${account.home}`;

  if (account.loginKind === "nationalId") {
    const start = await request.post("/api/auth/signin/national-sso", { form: { csrfToken, callbackUrl, json: "true" }, maxRedirects: 0 });
    const { url } = (await start.json().catch(() => ({}))) as { url?: string };
    if (!start.ok() || !url || !/\/auth\?/.test(url)) throw new Error(`sign-in as ${account.login}: the portal did not send us to the SSO provider (HTTP ${start.status()}, ${url})`);
    const loginPage = await request.get(url); // → the provider's /interaction/<uid> login page
    const interaction = new URL(loginPage.url());
    if (!loginPage.ok() || !/^\/interaction\/[\w-]+$/.test(interaction.pathname)) {
      throw new Error(`sign-in as ${account.login}: no SSO login page (HTTP ${loginPage.status()} ${loginPage.url()})`);
    }
    let back = await request.post(`${interaction.origin}${interaction.pathname}/login`, {
      form: { nationalId: account.login, password: opts.password ?? DEMO_PASSWORD },
    }); // → /auth/<uid> → the portal's callback → the callbackUrl
    // The provider still had a session for someone else in this browser: it answers with a self-submitting form
    // (end that session, then resume). A browser submits it by script; here we submit it ourselves.
    for (let i = 0; i < 3 && new URL(back.url()).origin === interaction.origin; i++) {
      const html = await back.text();
      const action = /<form[^>]*method="post"[^>]*action="([^"]+)"/i.exec(html)?.[1] ?? /<form[^>]*action="([^"]+)"[^>]*method="post"/i.exec(html)?.[1];
      if (!action) break;
      const fields = Object.fromEntries([...html.matchAll(/<input[^>]*type="hidden"[^>]*name="([^"]+)"[^>]*value="([^"]*)"/gi)].map((m) => [m[1]!, m[2]!]));
      back = await request.post(new URL(action.replace(/&amp;/g, "&"), interaction.origin).href, { form: fields });
    }
    const landed = new URL(back.url());
    if (!back.ok() || landed.origin !== new URL(baseURL).origin || landed.searchParams.get("error")) {
      throw new Error(`sign-in as ${account.login} (${account.role}) failed: HTTP ${back.status()} at ${back.url()}`);
    }
  } else {
    const totp = opts.totp ?? (TOTP_DEMO_ROLES.includes(account.role) ? demoTotp() : "");
    const res = await request.post("/api/auth/callback/credentials", {
      form: { csrfToken, login: account.login, password: opts.password ?? DEMO_PASSWORD, totp, callbackUrl, json: "true" },
      maxRedirects: 0,
    });
    const body = (await res.json().catch(() => ({}))) as { url?: string };
    const error = body.url ? new URL(body.url, baseURL).searchParams.get("error") : null;
    if (!res.ok() || error) {
      throw new Error(`sign-in as ${account.login} (${account.role}) failed: HTTP ${res.status()}${error ? `, error ${error}` : ""}`);
    }
  }
  const cookies = await page.context().cookies();
  expect(cookies.some((c) => c.name.endsWith("next-auth.session-token")), "session cookie set").toBe(true);
}

/** Full-page PNG under test-results/screenshots/<name>.png; returns the path. */
export async function screenshot(page: Page, name: string): Promise<string> {
  fs.mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const file = path.join(SCREENSHOT_DIR, `${name.replace(/[^\p{L}\p{N}._-]+/gu, "-")}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}

export const test = base.extend<{ loginAs: LoginAs }>({
  loginAs: async ({ page, baseURL }, use) => {
    await use(async (who, opts = {}) => {
      const account = resolve(who);
      await signInWithRequest(page, baseURL!, account, opts);
      return account;
    });
  },
});
