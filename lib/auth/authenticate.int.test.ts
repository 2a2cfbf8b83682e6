import { generateSync } from "otplib";
import { describe, expect, it } from "vitest";
import { authenticate, failureDelayMs } from "@/lib/auth/authenticate";
import { db } from "@/lib/db";
import { withCheckDigit } from "@/lib/domain/identity/national-id";
import { isAppError } from "@/lib/errors";
import { DEMO_ACCOUNTS, DEMO_PASSWORD, DEMO_TOTP_SECRET } from "@/prisma/seed/demo-accounts";

const citizen = DEMO_ACCOUNTS.find((a) => a.role === "CITIZEN")!;
const staff = DEMO_ACCOUNTS.find((a) => a.role === "REVIEWER")!;
const admin = DEMO_ACCOUNTS.find((a) => a.role === "ADMIN")!;
const fast = { delay: false }; // the progressive delay is measured in its own test

async function failure(raw: unknown, ip = "10.0.0.1"): Promise<string> {
  try {
    await authenticate(raw, ip, fast);
    return "signed in";
  } catch (e) {
    return isAppError(e) ? e.message : String(e);
  }
}

describe("authenticate (staff password sign-in)", () => {
  it("signs a staff member in by username (case-insensitive) and audits it", async () => {
    const b = await authenticate({ login: staff.login.toUpperCase(), password: DEMO_PASSWORD }, "10.0.0.2", fast);
    expect(await db.auditLog.count({ where: { action: "auth.signIn", entityId: b.userId } })).toBe(1);
  });

  it("no longer signs a citizen in by national ID and password: citizens use the national SSO", async () => {
    // The seeded citizen still has the demo password hash; the password path must not accept them.
    expect(await failure({ login: citizen.login, password: DEMO_PASSWORD })).toBe("INVALID_CREDENTIALS");
    expect(await failure({ kind: "citizen", login: citizen.login, password: DEMO_PASSWORD })).toBe("INVALID_CREDENTIALS");
  });

  it("refuses malformed input, a wrong password, an unknown or deactivated account", async () => {
    expect(await failure({ login: "a", password: "x" })).toBe("MALFORMED");
    expect(await failure({ login: staff.login })).toBe("MALFORMED");
    expect(await failure({ login: staff.login, password: "x", totp: "12ab56" })).toBe("MALFORMED");
    expect(await failure({ login: staff.login, password: "wrong" })).toBe("INVALID_CREDENTIALS");
    expect(await failure({ login: "nobody.here", password: "x" })).toBe("INVALID_CREDENTIALS");
    const finance = DEMO_ACCOUNTS.find((a) => a.role === "FINANCE")!;
    await db.user.update({ where: { username: finance.login }, data: { active: false } });
    expect(await failure({ login: finance.login, password: DEMO_PASSWORD, totp: generateSync({ secret: DEMO_TOTP_SECRET }) })).toBe("INVALID_CREDENTIALS");
  });
});

describe("TOTP at sign-in (ADMIN, COMMITTEE_MEMBER, FINANCE)", () => {
  it("asks for the code after the right password, refuses a wrong one, accepts the current one", async () => {
    const ip = "10.9.0.1";
    expect(await failure({ login: admin.login, password: DEMO_PASSWORD }, ip)).toBe("TOTP_REQUIRED");
    expect(await failure({ login: admin.login, password: "wrong", totp: "123456" }, ip)).toBe("INVALID_CREDENTIALS"); // no hint about the code
    const code = generateSync({ secret: DEMO_TOTP_SECRET });
    const wrong = String((Number(code) + 500_000) % 1_000_000).padStart(6, "0");
    expect(await failure({ login: admin.login, password: DEMO_PASSWORD, totp: wrong }, ip)).toBe("INVALID_TOTP");
    const ok = await authenticate({ login: admin.login, password: DEMO_PASSWORD, totp: code.replace(/(\d{3})/, "$1 ") }, ip, fast);
    expect(ok.userId).toBeTruthy();
  });

  it("stores the secret sealed, never in plain text", async () => {
    const row = await db.user.findUniqueOrThrow({ where: { username: admin.login }, select: { totpSecret: true, totpEnabledAt: true } });
    expect(row.totpEnabledAt).not.toBeNull();
    expect(row.totpSecret).toMatch(/^v1\.[0-9a-f]{8}\./);
    expect(row.totpSecret).not.toContain(DEMO_TOTP_SECRET);
  });
});

describe("failed sign-ins slow down (account, address) instead of locking the account", () => {
  it("REGRESSION: failures from one address do not lock the real user out from another", async () => {
    // Today's main locked the account after 5 failures from anywhere: a stranger could keep staff.admin out.
    const target = DEMO_ACCOUNTS.find((a) => a.role === "FIELD_INSPECTOR")!;
    const attacker = "203.0.113.9";
    for (let i = 0; i < 5; i++) expect(await failure({ login: target.login, password: `bad${i}` }, attacker)).toBe("INVALID_CREDENTIALS");
    // The attacker's address is paused on this account, even with the right password …
    expect(await failure({ login: target.login, password: DEMO_PASSWORD }, attacker)).toMatch(/^RATE_LIMITED:1[0-5]$/);
    // … the real user, elsewhere, signs in.
    await expect(authenticate({ login: target.login, password: DEMO_PASSWORD }, "198.51.100.7", fast)).resolves.toHaveProperty("userId");
  });

  it("an account under a distributed attack stays open to a clean address, closed to addresses that failed on it", async () => {
    const target = DEMO_ACCOUNTS.find((a) => a.role === "COMPLAINTS_OFFICER")!;
    await Promise.all(Array.from({ length: 50 }, (_, i) => failure({ login: target.login, password: `guess${i}` }, `192.0.2.${i + 1}`)));
    expect(await failure({ login: target.login, password: DEMO_PASSWORD }, "192.0.2.7")).toMatch(/^RATE_LIMITED/);
    await expect(authenticate({ login: target.login, password: DEMO_PASSWORD }, "198.51.100.99", fast)).resolves.toHaveProperty("userId");
  });

  it("pauses an address after 30 failures across accounts, but not other addresses", async () => {
    const ip = "10.2.0.1";
    for (let i = 0; i < 30; i++) await failure({ login: `ghost.${i}`, password: "x" }, ip);
    expect(await failure({ login: staff.login, password: DEMO_PASSWORD }, ip)).toMatch(/^RATE_LIMITED/);
    await expect(authenticate({ login: staff.login, password: DEMO_PASSWORD }, "10.2.0.2", fast)).resolves.toHaveProperty("userId");
  });

  it("answers later failures from the same pair progressively slower", async () => {
    // The schedule: nothing for a first failure, then 250 ms more for each one before it, up to 2 s.
    expect([0, 1, 2, 3, 8, 20].map(failureDelayMs)).toEqual([0, 250, 500, 750, 2000, 2000]);
    // Each failure waits at least its delay. Only floors are checked: the password hash's own time varies with the
    // machine's load (a first call 150 ms slower than the fourth's own work would fail "fourth ≥ first + 600" on a
    // busy machine), and the hash alone (argon2id, tens of milliseconds) stays far below these floors.
    const took: number[] = [];
    for (let i = 0; i < 4; i++) {
      const t0 = Date.now();
      await authenticate({ login: "slow.account", password: "x" }, "10.4.0.1").catch(() => {});
      took.push(Date.now() - t0);
    }
    expect(took[1]).toBeGreaterThanOrEqual(250);
    expect(took[2]).toBeGreaterThanOrEqual(500);
    expect(took[3]).toBeGreaterThanOrEqual(750);
  }, 20_000);

  it("counts failures under concurrency (no lost updates)", async () => {
    const login = "concurrent.target";
    await Promise.all(Array.from({ length: 12 }, (_, i) => failure({ login, password: `p${i}` }, `10.3.0.${i}`)));
    const row = await db.rateLimit.findUnique({ where: { key: `signin_acct:${login}` } });
    expect(row?.points).toBe(12);
  });
});

describe("withCheckDigit sanity for the fixtures above", () => {
  it("builds valid IDs", () => expect(withCheckDigit("155555555")).toHaveLength(10));
});
