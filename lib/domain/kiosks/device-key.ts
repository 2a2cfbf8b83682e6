import { createHash, randomBytes, timingSafeEqual } from "node:crypto";

/**
 * Kiosk device keys: `kio_<code>_<secret>` (the code says which kiosk, the 32-byte secret proves it). Only the
 * SHA-256 of the whole key is stored (KioskDevice.keyHash), so a database leak reveals no usable key; the key is
 * shown once when the kiosk is registered or its key is rotated. Pure (no database).
 */
const KEY_PATTERN = /^kio_([A-Z0-9-]{2,16})_([A-Za-z0-9_-]{43})$/;

export function hashDeviceKey(key: string): string {
  return createHash("sha256").update(key, "utf8").digest("hex");
}

export function generateDeviceKey(code: string): { key: string; hash: string } {
  const key = `kio_${code}_${randomBytes(32).toString("base64url")}`;
  return { key, hash: hashDeviceKey(key) };
}

/** The code a well-formed key names, or null (malformed keys are refused before any database lookup). */
export function deviceCodeOf(key: string): string | null {
  return KEY_PATTERN.exec(key.trim())?.[1] ?? null;
}

/** Constant-time comparison of a presented key with a stored hash. */
export function keyMatches(key: string, storedHash: string): boolean {
  const a = Buffer.from(hashDeviceKey(key.trim()), "hex");
  const b = Buffer.from(storedHash, "hex");
  return a.length === b.length && timingSafeEqual(a, b);
}

/** The key a request carries: `Authorization: Kiosk <key>` (the kiosk's agent) or the device cookie (its screen). */
export const DEVICE_COOKIE = "amanah_kiosk_device";
export const SESSION_COOKIE = "amanah_kiosk_session";

export function deviceKeyFromHeader(authorization: string | null): string | null {
  if (!authorization) return null;
  const m = /^Kiosk\s+(\S+)$/i.exec(authorization.trim());
  return m?.[1] ?? null;
}
