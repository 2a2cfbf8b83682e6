import { describe, expect, it } from "vitest";
import { authenticate } from "@/lib/auth/authenticate";
import { db } from "@/lib/db";
import { withCheckDigit } from "@/lib/domain/identity/national-id";
import { isAppError } from "@/lib/errors";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "@/prisma/seed/demo-accounts";

const citizen = DEMO_ACCOUNTS.find((a) => a.role === "CITIZEN")!;
const staff = DEMO_ACCOUNTS.find((a) => a.role === "REVIEWER")!;

async function failure(raw: unknown, ip = "10.0.0.1"): Promise<string> {
  try {
    await authenticate(raw, ip);
    return "signed in";
  } catch (e) {
    return isAppError(e) ? e.message : String(e);
  }
}

describe("authenticate", () => {
  it("signs a citizen in by national ID and a staff member by username (case-insensitive)", async () => {
    const a = await authenticate({ kind: "citizen", login: citizen.login, password: DEMO_PASSWORD }, "10.0.0.2");
    const b = await authenticate({ kind: "staff", login: staff.login.toUpperCase(), password: DEMO_PASSWORD }, "10.0.0.2");
    expect(a.userId).not.toBe(b.userId);
    expect(await db.auditLog.count({ where: { action: "auth.signIn", entityId: a.userId } })).toBe(1);
  });

  it("accepts Arabic-Indic digits in a national ID", async () => {
    const arabic = citizen.login.replace(/\d/g, (d) => String.fromCharCode(0x0660 + Number(d)));
    await expect(authenticate({ kind: "citizen", login: arabic, password: DEMO_PASSWORD }, "10.0.0.3")).resolves.toHaveProperty("userId");
  });

  it("refuses a malformed ID, a wrong password and an unknown account the same way where it must", async () => {
    expect(await failure({ kind: "citizen", login: "1234", password: "x" })).toBe("MALFORMED");
    expect(await failure({ kind: "citizen", login: citizen.login, password: "wrong" })).toBe("INVALID_CREDENTIALS");
    expect(await failure({ kind: "citizen", login: withCheckDigit("155555555"), password: "x" })).toBe("INVALID_CREDENTIALS");
    expect(await failure({ kind: "staff", login: staff.login })).toBe("MALFORMED");
  });

  it("refuses a citizen ID in the staff form and a deactivated account", async () => {
    expect(await failure({ kind: "staff", login: citizen.login, password: DEMO_PASSWORD })).toBe("INVALID_CREDENTIALS");
    const finance = DEMO_ACCOUNTS.find((a) => a.role === "FINANCE")!;
    await db.user.update({ where: { username: finance.login }, data: { active: false } });
    expect(await failure({ kind: "staff", login: finance.login, password: DEMO_PASSWORD })).toBe("INVALID_CREDENTIALS");
  });

  it("pauses an account after 5 failures, even with the right password, from any address", async () => {
    const target = DEMO_ACCOUNTS.find((a) => a.role === "FIELD_INSPECTOR")!;
    for (let i = 0; i < 5; i++) expect(await failure({ kind: "staff", login: target.login, password: `bad${i}` }, `10.1.0.${i}`)).toBe("INVALID_CREDENTIALS");
    expect(await failure({ kind: "staff", login: target.login, password: DEMO_PASSWORD }, "10.1.1.1")).toMatch(/^RATE_LIMITED:1[0-5]$/);
  });

  it("pauses an address after 30 failures across accounts, but not other addresses", async () => {
    const ip = "10.2.0.1";
    for (let i = 0; i < 30; i++) await failure({ kind: "citizen", login: withCheckDigit(`1${String(40000000 + i)}`), password: "x" }, ip);
    expect(await failure({ kind: "citizen", login: citizen.login, password: DEMO_PASSWORD }, ip)).toMatch(/^RATE_LIMITED/);
    await expect(authenticate({ kind: "citizen", login: citizen.login, password: DEMO_PASSWORD }, "10.2.0.2")).resolves.toHaveProperty("userId");
  });

  it("counts failures under concurrency (no lost updates)", async () => {
    const login = withCheckDigit("166666666");
    await Promise.all(Array.from({ length: 12 }, (_, i) => failure({ kind: "citizen", login, password: `p${i}` }, `10.3.0.${i}`)));
    const row = await db.rateLimit.findUnique({ where: { key: `signin_acct:citizen:${login}` } });
    expect(row?.points).toBe(12);
  });
});
