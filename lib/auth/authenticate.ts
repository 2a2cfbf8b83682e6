import "server-only";
import { RateLimiterRes, type RateLimiterPostgres } from "rate-limiter-flexible";
import { createLimiter } from "@/lib/auth/rate-limit";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { DUMMY_HASH, verifyPassword } from "@/lib/auth/password";
import { ZSignIn } from "@/lib/domain/identity/schemas";
import { recordAudit } from "@/lib/domain/audit/record";

/**
 * Failed sign-ins are limited per account (5 in 15 minutes) and per IP address (30 in 15 minutes),
 * counted in PostgreSQL so every server process shares the counters.
 */
const perAccount = createLimiter("signin_acct", 5, 15 * 60);
const perIp = createLimiter("signin_ip", 30, 15 * 60);

export type AuthFailure = "MALFORMED" | "INVALID_CREDENTIALS" | "RATE_LIMITED";

async function isBlocked(limiter: RateLimiterPostgres, key: string): Promise<number> {
  const res = await limiter.get(key);
  return res && res.consumedPoints >= limiter.points ? Math.ceil(res.msBeforeNext / 60000) : 0;
}

async function countFailure(limiter: RateLimiterPostgres, key: string) {
  await limiter.penalty(key, 1).catch((e: unknown) => {
    if (!(e instanceof RateLimiterRes)) throw e;
  });
}

/**
 * Checks credentials. Returns the user id, or throws AppError whose message is an AuthFailure code
 * (next-auth passes it to the sign-in form as `error`).
 */
export async function authenticate(raw: unknown, ip: string): Promise<{ userId: string }> {
  const parsed = ZSignIn.safeParse(raw);
  if (!parsed.success) throw new AppError("VALIDATION", { message: "MALFORMED" });
  const { kind, login, password } = parsed.data;
  const accountKey = `${kind}:${login}`;

  const minutes = Math.max(await isBlocked(perAccount, accountKey), await isBlocked(perIp, ip));
  if (minutes > 0) throw new AppError("RATE_LIMITED", { message: `RATE_LIMITED:${minutes}` });

  const user = await db.user.findUnique({
    where: kind === "citizen" ? { nationalId: login } : { username: login },
    select: { id: true, passwordHash: true, active: true },
  });
  // Verify against a dummy hash when there is no such user, so timing does not reveal which accounts exist.
  const valid = await verifyPassword(user?.passwordHash ?? DUMMY_HASH, password);
  if (!user || !user.active || !valid) {
    await Promise.all([countFailure(perAccount, accountKey), countFailure(perIp, ip)]);
    throw new AppError("UNAUTHENTICATED", { message: "INVALID_CREDENTIALS" });
  }

  await perAccount.delete(accountKey);
  await db.$transaction((tx) =>
    recordAudit(tx, { system: "auth" }, { action: "auth.signIn", entityType: "User", entityId: user.id, ip }),
  );
  return { userId: user.id };
}
