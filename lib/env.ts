import { z } from "zod";

/**
 * Server configuration, validated once. The run script and the test runner set DATABASE_URL
 * (embedded PostgreSQL unless the operator provides one) and NEXTAUTH_SECRET.
 */
const EnvSchema = z.object({
  DATABASE_URL: z.string().min(1, "DATABASE_URL is not set: start the portal with `npm start`, or set it."),
  NEXTAUTH_SECRET: z.string().min(16).optional(),
  /** "dev" records messages in the database (SMS log page); "http" posts them to SMS_HTTP_URL. */
  SMS_PROVIDER: z.enum(["dev", "http"]).default("dev"),
  SMS_HTTP_URL: z.string().url().optional(),
  SMS_HTTP_TOKEN: z.string().optional(),
  SMS_SENDER: z.string().default("AMANAH"),
  PUBLIC_BASE_URL: z.string().url().default("http://localhost:3000"),
  /** Shared with the bank: HMAC-SHA256 key of payment notifications (scripts/run.ts persists one in .data/payment-secret). */
  PAYMENT_WEBHOOK_SECRET: z.string().min(16).optional(),
  /** "on": the development bank simulator page /[lang]/dev/bank exists (404 otherwise). */
  BANK_SIMULATOR: z
    .string()
    .optional()
    .transform((v): "on" | "off" => (["on", "true", "1"].includes((v ?? "").trim().toLowerCase()) ? "on" : "off")),
});

export type Env = z.infer<typeof EnvSchema>;

let cached: Env | undefined;
export function env(): Env {
  cached ??= EnvSchema.parse(process.env);
  return cached;
}
