import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from "node:crypto";
import { env } from "@/lib/env";

/**
 * AES-256-GCM for the secret parameters of an SMS waiting in the outbox (one-time codes, temporary
 * passwords). The key is derived from NEXTAUTH_SECRET (HKDF, own label), so a database dump alone does not
 * reveal a code still waiting to be sent; the sealed value is erased once the message is SENT or DEAD.
 * Format: v1.<iv>.<tag>.<ciphertext>, base64url.
 */
function key(): Buffer {
  const secret = env().NEXTAUTH_SECRET;
  if (!secret && process.env.NODE_ENV === "production") throw new Error("NEXTAUTH_SECRET is required to seal SMS secrets");
  return Buffer.from(hkdfSync("sha256", secret ?? "development-only-outbox-secret", "", "amanah:outbox-sealed-params", 32));
}

export function sealParams(values: Record<string, string | number>): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", key(), iv);
  const data = Buffer.concat([cipher.update(JSON.stringify(values), "utf8"), cipher.final()]);
  return ["v1", iv.toString("base64url"), cipher.getAuthTag().toString("base64url"), data.toString("base64url")].join(".");
}

/** Throws when the value was sealed with another key or altered. */
export function unsealParams(sealed: string): Record<string, string | number> {
  const [v, iv, tag, data] = sealed.split(".");
  if (v !== "v1" || !iv || !tag || data === undefined) throw new Error("not a sealed value");
  const decipher = createDecipheriv("aes-256-gcm", key(), Buffer.from(iv, "base64url"));
  decipher.setAuthTag(Buffer.from(tag, "base64url"));
  const json = Buffer.concat([decipher.update(Buffer.from(data, "base64url")), decipher.final()]).toString("utf8");
  return JSON.parse(json) as Record<string, string | number>;
}
