import { generateSecret, generateSync, generateURI, verifySync } from "otplib";
import type { Role } from "@/lib/auth/roles";

/**
 * Staff two-factor: TOTP (RFC 6238, 6 digits, 30 s) with otplib. Required for the roles that can move money,
 * decide penalties or administer the portal. Secrets are stored sealed (lib/auth/secret-box.ts).
 */
export const TOTP_ROLES: readonly Role[] = ["ADMIN", "COMMITTEE_MEMBER", "FINANCE"];
export const TOTP_ISSUER = "Amanah";

export function requiresTotp(roles: readonly string[]): boolean {
  return roles.some((r) => (TOTP_ROLES as readonly string[]).includes(r));
}

export function newTotpSecret(): string {
  return generateSecret();
}

export function totpUri(secret: string, label: string): string {
  return generateURI({ issuer: TOTP_ISSUER, label, secret });
}

export function currentTotp(secret: string): string {
  return generateSync({ secret });
}

/** True when `code` is the current code or the one just before or after (one step of clock drift each way). */
export function checkTotp(secret: string, code: string): boolean {
  const token = code.replace(/\s+/g, "");
  if (!/^\d{6}$/.test(token)) return false;
  try {
    return verifySync({ secret, token, epochTolerance: 30 }).valid;
  } catch {
    return false;
  }
}
