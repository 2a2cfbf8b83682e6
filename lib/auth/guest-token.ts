import { createHmac, timingSafeEqual } from "node:crypto";

/**
 * Small signed tokens kept in httpOnly cookies for people without an account:
 * "this browser confirmed mobile X" (after a one-time SMS code) and "this browser tracked complaint R
 * with mobile X". HMAC-SHA256 over the JSON payload; expiry inside the payload. Pure (the secret and
 * the clock are arguments), unit tested in guest-token.test.ts.
 */
export type GuestTokenPayload = { k: "vm"; m: string; exp: number } | { k: "ct"; r: string; m: string; exp: number };

const b64 = (s: string | Buffer) => Buffer.from(s).toString("base64url");

function mac(secret: string, body: string): string {
  return createHmac("sha256", secret).update(`amanah-guest:${body}`).digest("base64url");
}

export function signGuestToken(payload: GuestTokenPayload, secret: string): string {
  const body = b64(JSON.stringify(payload));
  return `${body}.${mac(secret, body)}`;
}

export function readGuestToken<K extends GuestTokenPayload["k"]>(
  token: string | undefined,
  kind: K,
  secret: string,
  now: Date = new Date(),
): Extract<GuestTokenPayload, { k: K }> | null {
  if (!token) return null;
  const [body, sig] = token.split(".");
  if (!body || !sig) return null;
  const expected = Buffer.from(mac(secret, body));
  const given = Buffer.from(sig);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
  try {
    const payload = JSON.parse(Buffer.from(body, "base64url").toString("utf8")) as GuestTokenPayload;
    if (payload.k !== kind || typeof payload.exp !== "number" || payload.exp * 1000 < now.getTime()) return null;
    return payload as Extract<GuestTokenPayload, { k: K }>;
  } catch {
    return null;
  }
}
