import "server-only";
import { RateLimiterRes, type RateLimiterPostgres } from "rate-limiter-flexible";
import { AppError } from "@/lib/errors";

/**
 * Takes one point from a quota (lib/auth/rate-limit.ts `createLimiter`, PostgreSQL store shared by every
 * process) or refuses with RATE_LIMITED and a localized message. `message` is a key with a {{minutes}}
 * placeholder; the wait is also given as params.retryAfterSeconds (APIs send it as Retry-After).
 * Quotas count even when the caller's transaction later rolls back: an attempt is an attempt.
 */
export async function consumeQuota(limiter: RateLimiterPostgres, key: string, message: string): Promise<void> {
  try {
    await limiter.consume(key, 1);
  } catch (e) {
    if (e instanceof RateLimiterRes) {
      const minutes = Math.max(1, Math.ceil(e.msBeforeNext / 60_000));
      throw new AppError("RATE_LIMITED", { message, params: { minutes, retryAfterSeconds: Math.ceil(e.msBeforeNext / 1000) } });
    }
    throw e;
  }
}
