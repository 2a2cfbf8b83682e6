import "server-only";
import { RateLimiterRes, type RateLimiterPostgres } from "rate-limiter-flexible";
import { createLimiter } from "@/lib/auth/rate-limit";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { DUMMY_HASH, verifyPassword } from "@/lib/auth/password";
import { openSecret } from "@/lib/auth/secret-box";
import { checkTotp } from "@/lib/auth/totp";
import { ZSignIn } from "@/lib/domain/identity/schemas";
import { recordAudit } from "@/lib/domain/audit/record";

/**
 * Password sign-in (staff and office members; citizens use the national SSO). Failures SLOW DOWN the
 * (account, address) pair that makes them instead of locking the account, so a stranger cannot keep
 * `staff.admin` out (docs/decisions/009-national-sso-and-staff-2fa.md):
 *  - per (account, IP): 5 failures in 15 minutes pause that pair; each failure before that adds a growing delay;
 *  - per IP: 30 failures in 15 minutes pause the address (a guesser trying many accounts);
 *  - per account, from everywhere: past 50 failures in an hour the account is "under attack": every attempt on it
 *    waits, and an address that already failed on it once is paused — an address with no failure on it (the real
 *    user, elsewhere) still signs in.
 * Counters live in PostgreSQL (rate-limiter-flexible), shared by every server process.
 */
const PAIR_POINTS = 5;
const ACCOUNT_ATTACK_POINTS = 50;
const perPair = createLimiter("signin_pair", PAIR_POINTS, 15 * 60);
const perIp = createLimiter("signin_ip", 30, 15 * 60);
const perAccount = createLimiter("signin_acct", 100_000, 60 * 60); // counts only; the rule above decides

/** Milliseconds added to a failing answer: 0 for the first failure, then 250 ms, 500 ms, … up to 2 s. */
export function failureDelayMs(previousFailures: number): number {
  return Math.min(2000, Math.max(0, previousFailures) * 250);
}

export type AuthFailure = "MALFORMED" | "INVALID_CREDENTIALS" | "RATE_LIMITED" | "TOTP_REQUIRED" | "INVALID_TOTP";

async function consumed(limiter: RateLimiterPostgres, key: string): Promise<{ points: number; minutes: number }> {
  const res = await limiter.get(key);
  return { points: res?.consumedPoints ?? 0, minutes: res ? Math.max(1, Math.ceil(res.msBeforeNext / 60000)) : 0 };
}

async function countFailure(limiter: RateLimiterPostgres, key: string) {
  await limiter.penalty(key, 1).catch((e: unknown) => {
    if (!(e instanceof RateLimiterRes)) throw e;
  });
}

const sleep = (ms: number) => (ms > 0 ? new Promise((r) => setTimeout(r, ms)) : Promise.resolve());

/**
 * Checks username, password and (for accounts with two-factor) the TOTP code. Returns the user id, or throws
 * AppError whose message is an AuthFailure code (next-auth passes it to the sign-in form as `error`).
 * A right password without a code answers TOTP_REQUIRED (the form then asks for the code); nothing is counted.
 */
export async function authenticate(raw: unknown, ip: string, opts: { delay?: boolean } = {}): Promise<{ userId: string }> {
  const parsed = ZSignIn.safeParse(raw);
  if (!parsed.success) throw new AppError("VALIDATION", { message: "MALFORMED" });
  const { login, password, totp } = parsed.data;
  const pairKey = `${login}|${ip}`;

  const [pair, address, account] = await Promise.all([consumed(perPair, pairKey), consumed(perIp, ip), consumed(perAccount, login)]);
  const underAttack = account.points >= ACCOUNT_ATTACK_POINTS;
  if (pair.points >= PAIR_POINTS || (underAttack && pair.points > 0)) {
    throw new AppError("RATE_LIMITED", { message: `RATE_LIMITED:${pair.minutes || 15}` });
  }
  if (address.points >= 30) throw new AppError("RATE_LIMITED", { message: `RATE_LIMITED:${address.minutes || 15}` });
  if (opts.delay !== false) await sleep(underAttack ? 1000 : 0);

  const user = await db.user.findUnique({
    where: { username: login },
    select: { id: true, passwordHash: true, active: true, totpSecret: true, totpEnabledAt: true },
  });
  // Verify against a dummy hash when there is no such user, so timing does not reveal which accounts exist.
  const valid = await verifyPassword(user?.passwordHash ?? DUMMY_HASH, password);
  const fail = async (code: AuthFailure) => {
    await Promise.all([countFailure(perPair, pairKey), countFailure(perIp, ip), countFailure(perAccount, login)]);
    if (opts.delay !== false) await sleep(failureDelayMs(pair.points));
    throw new AppError("UNAUTHENTICATED", { message: code });
  };
  if (!user || !user.active || !user.passwordHash || !valid) return fail("INVALID_CREDENTIALS");

  if (user.totpEnabledAt && user.totpSecret) {
    if (!totp) throw new AppError("UNAUTHENTICATED", { message: "TOTP_REQUIRED" });
    if (!checkTotp(openSecret(user.totpSecret), totp)) return fail("INVALID_TOTP");
  }

  await perPair.delete(pairKey);
  await db.$transaction((tx) =>
    recordAudit(tx, { system: "auth" }, { action: "auth.signIn", entityType: "User", entityId: user.id, ip }),
  );
  return { userId: user.id };
}
