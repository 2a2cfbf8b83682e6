import "server-only";
import { RateLimiterPrisma, RateLimiterRes } from "rate-limiter-flexible";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { DUMMY_HASH, verifyPassword } from "@/lib/auth/password";
import { ZSignIn } from "@/lib/domain/identity/schemas";
import { recordAudit } from "@/lib/domain/audit/record";

/**
 * Failed sign-ins are limited per account (5 in 15 minutes) and per IP address (30 in 15 minutes),
 * counted in PostgreSQL so every server process shares the counters.
 */
const perAccount = new RateLimiterPrisma({ storeClient: db, tableName: "rateLimit", keyPrefix: "signin_acct", points: 5, duration: 15 * 60, clearExpiredByTimeout: false });
const perIp = new RateLimiterPrisma({ storeClient: db, tableName: "rateLimit", keyPrefix: "signin_ip", points: 30, duration: 15 * 60, clearExpiredByTimeout: false });

export type AuthFailure = "MALFORMED" | "INVALID_CREDENTIALS" | "RATE_LIMITED";

async function isBlocked(limiter: RateLimiterPrisma, key: string): Promise<number> {
  const res = await limiter.get(key);
  return res && res.consumedPoints >= limiter.points ? Math.ceil(res.msBeforeNext / 60000) : 0;
}

async function countFailure(limiter: RateLimiterPrisma, key: string) {
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
