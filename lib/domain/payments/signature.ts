import crypto from "node:crypto";

/**
 * The bank signs the raw body of each payment notification: header
 * `X-Signature: sha256=<hex HMAC-SHA256 of the exact bytes received, keyed with PAYMENT_WEBHOOK_SECRET>`.
 * Verified over the raw text before it is parsed, so re-serialised JSON can never pass.
 */
export const SIGNATURE_HEADER = "x-signature";

export function signPaymentBody(rawBody: string, secret: string): string {
  return `sha256=${crypto.createHmac("sha256", secret).update(rawBody, "utf8").digest("hex")}`;
}

export function verifyPaymentSignature(rawBody: string, header: string | null | undefined, secret: string | undefined): boolean {
  if (!secret || !header) return false;
  const m = /^sha256=([0-9a-f]{64})$/i.exec(header.trim());
  if (!m) return false;
  const expected = crypto.createHmac("sha256", secret).update(rawBody, "utf8").digest();
  const given = Buffer.from(m[1]!, "hex");
  return given.length === expected.length && crypto.timingSafeEqual(given, expected);
}
