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
 * `loginAs` signs in WITHOUT the UI, the way next-auth's own client does: GET /api/auth/csrf, then a form POST
 * to /api/auth/callback/credentials through the page's request context, which shares the browser context's
 * cookies — so the session cookie lands in the browser. Only the sign-in page's own test uses the form.
 */
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { test as base, expect, type Page } from "@playwright/test";
import type { Role } from "../../lib/auth/roles";
import { DEMO_ACCOUNTS, DEMO_PASSWORD, type DemoAccount } from "../../prisma/seed/demo-accounts";

export { expect, DEMO_ACCOUNTS, DEMO_PASSWORD, type DemoAccount };

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

export type LoginAs = (who: Who, opts?: { password?: string }) => Promise<DemoAccount>;

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
      const request = page.request; // shares cookies with page.context()
      const csrf = await request.get("/api/auth/csrf");
      expect(csrf.ok(), `GET /api/auth/csrf → ${csrf.status()}`).toBe(true);
      const { csrfToken } = (await csrf.json()) as { csrfToken: string };

      const res = await request.post("/api/auth/callback/credentials", {
        form: {
          csrfToken,
          kind: account.loginKind === "nationalId" ? "citizen" : "staff",
          login: account.login,
          password: opts.password ?? DEMO_PASSWORD,
          callbackUrl: `${baseURL}/ar${account.home}`,
          json: "true",
        },
        maxRedirects: 0,
      });
      const body = (await res.json().catch(() => ({}))) as { url?: string };
      const error = body.url ? new URL(body.url, baseURL).searchParams.get("error") : null;
      if (!res.ok() || error) {
        throw new Error(`sign-in as ${account.login} (${account.role}) failed: HTTP ${res.status()}${error ? `, error ${error}` : ""}`);
      }
      const cookies = await page.context().cookies();
      expect(cookies.some((c) => c.name.endsWith("next-auth.session-token")), "session cookie set").toBe(true);
      return account;
    });
  },
});
