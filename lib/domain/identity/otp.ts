import "server-only";
import { createHmac, randomInt, timingSafeEqual } from "node:crypto";
import { RateLimiterRes, type RateLimiterPostgres } from "rate-limiter-flexible";
import { createLimiter } from "@/lib/auth/rate-limit";
import type { Tx } from "@/lib/db";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { enqueueSms } from "@/lib/domain/notifications/outbox";
import type { Lang } from "@/lib/i18n/settings";

/**
 * One-time codes sent by SMS to confirm a mobile number (filing or following a complaint without an
 * account, changing the mobile of an account). Six digits; only an HMAC of the code is stored; a code lives
 * OTP_TTL_MINUTES and allows OTP_MAX_ATTEMPTS wrong tries; a new request replaces the previous code. Requests
 * are limited per mobile (OTP_PER_MOBILE per hour and OTP_PER_MOBILE_DAY per day: nobody's phone can be
 * flooded, and SMS cannot be pumped to one number) and per client IP (OTP_PER_IP per hour, OTP_PER_IP_DAY per
 * day), the IP being the trusted one of lib/http/client-ip.ts.
 */
export const OTP_TTL_MINUTES = 10;
export const OTP_MAX_ATTEMPTS = 5;
export const OTP_PER_MOBILE = 5;
export const OTP_PER_MOBILE_DAY = 10;
export const OTP_PER_IP = 20;
export const OTP_PER_IP_DAY = 60;
const HOUR = 60 * 60;
const DAY = 24 * HOUR;

const perMobile: RateLimiterPostgres = createLimiter("otp_mobile", OTP_PER_MOBILE, HOUR);
const perMobileDay: RateLimiterPostgres = createLimiter("otp_mobile_day", OTP_PER_MOBILE_DAY, DAY);
const perIp: RateLimiterPostgres = createLimiter("otp_ip", OTP_PER_IP, HOUR);
const perIpDay: RateLimiterPostgres = createLimiter("otp_ip_day", OTP_PER_IP_DAY, DAY);

function hashCode(mobile: string, purpose: string, code: string): string {
  const key = env().NEXTAUTH_SECRET ?? "development-only-otp-secret";
  return createHmac("sha256", key).update(`${purpose}:${mobile}:${code}`).digest("hex");
}

async function consume(limiter: RateLimiterPostgres, key: string): Promise<void> {
  try {
    await limiter.consume(key, 1);
  } catch (e) {
    if (e instanceof RateLimiterRes) {
      throw new AppError("RATE_LIMITED", { message: `complaints:otp.errors.tooMany?minutes=${Math.max(1, Math.ceil(e.msBeforeNext / 60_000))}` });
    }
    throw e;
  }
}

/** Sends a new code to `mobile` (the SMS goes out when the caller's transaction commits). */
export async function requestOtp(
  tx: Tx,
  req: { mobile: string; purpose: string; ip: string | null; locale: Lang },
  now: Date = new Date(),
): Promise<{ expiresAt: Date }> {
  const ip = req.ip || "unknown-client";
  // The IP first: one address cycling through many numbers is stopped before it costs any number's quota.
  await consume(perIp, ip);
  await consume(perIpDay, ip);
  await consume(perMobile, req.mobile);
  await consume(perMobileDay, req.mobile);
  const code = String(randomInt(0, 1_000_000)).padStart(6, "0");
  const expiresAt = new Date(now.getTime() + OTP_TTL_MINUTES * 60_000);
  const row = await tx.phoneVerification.create({
    data: { mobile: req.mobile, purpose: req.purpose, codeHash: hashCode(req.mobile, req.purpose, code), expiresAt },
    select: { id: true },
  });
  await enqueueSms(tx, { to: req.mobile, template: "otp", params: { code }, locale: req.locale, dedupeKey: `otp:${row.id}` });
  return { expiresAt };
}

export type OtpCheck = { ok: true } | { ok: false; error: string };

/**
 * Checks a code against the latest code sent to `mobile` for `purpose`. A wrong code counts an attempt
 * (the caller must COMMIT even when this says no: see CommitThenFail); a right one is used up.
 */
export async function verifyOtp(tx: Tx, req: { mobile: string; purpose: string; code: string }, now: Date = new Date()): Promise<OtpCheck> {
  const latest = await tx.phoneVerification.findFirst({
    where: { mobile: req.mobile, purpose: req.purpose },
    orderBy: { createdAt: "desc" },
    select: { id: true, codeHash: true, attempts: true, expiresAt: true, verifiedAt: true },
  });
  if (!latest || latest.verifiedAt || latest.expiresAt <= now) return { ok: false, error: "complaints:otp.errors.expired" };
  if (latest.attempts >= OTP_MAX_ATTEMPTS) return { ok: false, error: "complaints:otp.errors.tooManyAttempts" };
  // Count the attempt first, with the count in the where: two concurrent guesses cannot both use the last try.
  const counted = await tx.phoneVerification.updateMany({
    where: { id: latest.id, attempts: latest.attempts, verifiedAt: null },
    data: { attempts: { increment: 1 } },
  });
  if (counted.count !== 1) return { ok: false, error: "complaints:otp.errors.expired" };
  const expected = Buffer.from(latest.codeHash, "hex");
  const given = Buffer.from(hashCode(req.mobile, req.purpose, req.code), "hex");
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) {
    const left = OTP_MAX_ATTEMPTS - latest.attempts - 1;
    return { ok: false, error: left > 0 ? `complaints:otp.errors.wrongCode?left=${left}` : "complaints:otp.errors.tooManyAttempts" };
  }
  await tx.phoneVerification.update({ where: { id: latest.id }, data: { verifiedAt: now } });
  return { ok: true };
}
