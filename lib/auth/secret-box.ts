import crypto from "node:crypto";
import { secretBoxSettings } from "@/lib/env";

/**
 * AES-256-GCM for small secrets at rest (staff TOTP secrets). The key is TOTP_ENCRYPTION_KEY (32 bytes,
 * base64 or hex) or, when unset, HKDF-SHA256 of NEXTAUTH_SECRET; outside production with neither set a fixed
 * development key is used (the seed and the server then agree without configuration).
 * Format: `v1.<key id>.<iv>.<ciphertext>.<tag>` (base64url); the key id (8 hex of SHA-256 of the key) turns a
 * key mismatch into a clear error instead of a silent authentication failure.
 */
const DEV_FALLBACK = "amanah-development-only-totp-key-not-for-production";

function decodeKey(raw: string): Buffer | null {
  const s = raw.trim();
  if (/^[0-9a-f]{64}$/i.test(s)) return Buffer.from(s, "hex");
  const b = Buffer.from(s, "base64");
  return b.length === 32 ? b : null;
}

export function secretBoxKey(source: Record<string, string | undefined> = secretBoxSettings()): Buffer {
  const explicit = source.TOTP_ENCRYPTION_KEY?.trim();
  if (explicit) {
    const key = decodeKey(explicit);
    if (!key) throw new Error("TOTP_ENCRYPTION_KEY must be 32 bytes, in base64 or hex (e.g. `openssl rand -base64 32`).");
    return key;
  }
  const secret = source.NEXTAUTH_SECRET?.trim();
  if (!secret && source.NODE_ENV === "production") {
    throw new Error("Set TOTP_ENCRYPTION_KEY or NEXTAUTH_SECRET: staff TOTP secrets are encrypted with it.");
  }
  return Buffer.from(crypto.hkdfSync("sha256", secret || DEV_FALLBACK, "amanah", "totp-secret-v1", 32));
}

const keyId = (key: Buffer) => crypto.createHash("sha256").update(key).digest("hex").slice(0, 8);

export function sealSecret(plain: string, key: Buffer = secretBoxKey()): string {
  const iv = crypto.randomBytes(12);
  const cipher = crypto.createCipheriv("aes-256-gcm", key, iv);
  const ct = Buffer.concat([cipher.update(plain, "utf8"), cipher.final()]);
  return ["v1", keyId(key), iv.toString("base64url"), ct.toString("base64url"), cipher.getAuthTag().toString("base64url")].join(".");
}

export function openSecret(sealed: string, key: Buffer = secretBoxKey()): string {
  const [v, kid, iv, ct, tag] = sealed.split(".");
  if (v !== "v1" || !kid || !iv || !ct || !tag) throw new Error("not a sealed secret");
  if (kid !== keyId(key)) throw new Error("the secret was sealed with another key (TOTP_ENCRYPTION_KEY / NEXTAUTH_SECRET changed?)");
  const decipher = crypto.createDecipheriv("aes-256-gcm", key, Buffer.from(iv, "base64url"));
  decipher.setAuthTag(Buffer.from(tag, "base64url"));
  return Buffer.concat([decipher.update(Buffer.from(ct, "base64url")), decipher.final()]).toString("utf8");
}
