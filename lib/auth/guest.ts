import "server-only";
import { cookies, headers } from "next/headers";
import type { Guest } from "@/lib/domain/command";
import { env } from "@/lib/env";
import { clientIp as trustedClientIp } from "@/lib/http/client-ip";
import { readGuestToken, signGuestToken } from "@/lib/auth/guest-token";

/** Lifetime of "this browser confirmed mobile X": long enough to file, track, rate or reopen in one sitting. */
export const VERIFIED_MOBILE_SECONDS = 2 * 60 * 60;
export const TRACKED_COMPLAINT_SECONDS = 60 * 60;
const VM_COOKIE = "amanah_vm";
const CT_COOKIE = "amanah_ct";

function secret(): string {
  const s = env().NEXTAUTH_SECRET;
  if (s) return s;
  if (process.env.NODE_ENV === "production") throw new Error("NEXTAUTH_SECRET is required to sign guest cookies");
  return "development-only-guest-cookie-secret";
}

const cookieOptions = (maxAge: number) => ({
  httpOnly: true,
  sameSite: "lax" as const,
  secure: env().PUBLIC_BASE_URL.startsWith("https:"),
  path: "/",
  maxAge,
});

/** The trusted client IP of this request (lib/http/client-ip.ts, decision 013). */
export async function clientIp(): Promise<string | null> {
  return trustedClientIp(await headers());
}

/** What this request proves without an account (see Guest). */
export async function currentGuest(): Promise<Guest> {
  const jar = await cookies();
  const vm = readGuestToken(jar.get(VM_COOKIE)?.value, "vm", secret());
  return { verifiedMobile: vm?.m ?? null, ip: await clientIp() };
}

/** After a correct one-time code: this browser may act for `mobile` for VERIFIED_MOBILE_SECONDS. */
export async function rememberVerifiedMobile(mobile: string): Promise<void> {
  const exp = Math.floor(Date.now() / 1000) + VERIFIED_MOBILE_SECONDS;
  (await cookies()).set(VM_COOKIE, signGuestToken({ k: "vm", m: mobile, exp }, secret()), cookieOptions(VERIFIED_MOBILE_SECONDS));
}

/** After a matching reference + mobile on the tracking page: this browser may view that complaint. */
export async function rememberTrackedComplaint(reference: string, mobile: string): Promise<void> {
  const exp = Math.floor(Date.now() / 1000) + TRACKED_COMPLAINT_SECONDS;
  (await cookies()).set(CT_COOKIE, signGuestToken({ k: "ct", r: reference, m: mobile, exp }, secret()), cookieOptions(TRACKED_COMPLAINT_SECONDS));
}

/** The complaint this browser tracked (reference + mobile), if any and not expired. */
export async function trackedComplaint(): Promise<{ reference: string; mobile: string } | null> {
  const ct = readGuestToken((await cookies()).get(CT_COOKIE)?.value, "ct", secret());
  return ct ? { reference: ct.r, mobile: ct.m } : null;
}
