import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { PROJECT_ROOT } from "./database";

/**
 * PAYMENT_WEBHOOK_SECRET, the key the bank signs payment notifications with. Like the auth secret:
 * from the environment when set, otherwise generated once into .data/payment-secret (mode 600) and
 * reused, so the bank simulator (`npm run bank:pay`) and the server agree across restarts.
 */
export const PAYMENT_SECRET_FILE = path.join(PROJECT_ROOT, ".data", "payment-secret");

/** The fixed secret of the e2e server (tests sign with it; never used outside tests). */
export const E2E_PAYMENT_SECRET = "e2e-payment-webhook-secret-not-for-production";

export function readPaymentSecret(): string | undefined {
  const fromEnv = process.env.PAYMENT_WEBHOOK_SECRET?.trim();
  if (fromEnv) return fromEnv;
  try {
    const existing = fs.readFileSync(PAYMENT_SECRET_FILE, "utf8").trim();
    return existing.length >= 32 ? existing : undefined;
  } catch {
    return undefined;
  }
}

export function ensurePaymentSecret(): string {
  const existing = readPaymentSecret();
  if (existing) return existing;
  fs.mkdirSync(path.dirname(PAYMENT_SECRET_FILE), { recursive: true, mode: 0o755 });
  const secret = crypto.randomBytes(32).toString("base64url");
  fs.writeFileSync(PAYMENT_SECRET_FILE, secret + "\n", { mode: 0o600 });
  return secret;
}
