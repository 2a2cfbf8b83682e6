import * as z from "@/lib/zod";

/**
 * Server configuration, validated once. The run script and the test runner set DATABASE_URL
 * (embedded PostgreSQL unless the operator provides one) and NEXTAUTH_SECRET.
 */
const EnvSchema = z.object({
  DATABASE_URL: z.string().min(1, "DATABASE_URL is not set: start the portal with `npm start`, or set it."),
  NEXTAUTH_SECRET: z.string().min(16).optional(),
  /** The portal's public URL as next-auth knows it; https:// means the session cookie is `__Secure-` prefixed. */
  NEXTAUTH_URL: z.string().url().optional(),
  /**
   * National single sign-on (OpenID Connect, like Nafath/IAM): the issuer's URL (its
   * /.well-known/openid-configuration is read), and this portal's client id and secret there.
   * `npm start` / `npm run dev` / the e2e run start a local provider with the demo citizens and set these
   * (scripts/oidc-dev-provider.ts). Unset: citizens cannot sign in. docs/decisions/009-national-sso-and-staff-2fa.md
   */
  NATIONAL_SSO_ISSUER: z.string().url().optional(),
  NATIONAL_SSO_CLIENT_ID: z.string().min(1).optional(),
  NATIONAL_SSO_CLIENT_SECRET: z.string().min(1).optional(),
  /** 32 bytes (base64 or hex) encrypting staff TOTP secrets (AES-256-GCM); unset: derived from NEXTAUTH_SECRET. */
  TOTP_ENCRYPTION_KEY: z.string().min(32).optional(),
  /**
   * "dev" records messages in the database (SMS log page, secrets masked); "http" posts them to SMS_HTTP_URL.
   * Defaults to "dev" outside production; in production it must be set, and "dev" needs SMS_DEV_IN_PRODUCTION=on
   * (a demo or the test run, never real citizens). See docs/decisions/011-secrets-and-abuse-limits.md.
   */
  SMS_PROVIDER: z.enum(["dev", "http"]).optional(),
  /** "on": allow SMS_PROVIDER=dev (and so the SMS log page) in a production build, for a demo or the e2e run. */
  SMS_DEV_IN_PRODUCTION: z
    .string()
    .optional()
    .transform((v): "on" | "off" => (["on", "true", "1"].includes((v ?? "").trim().toLowerCase()) ? "on" : "off")),
  /** The dev provider also POSTs each message, unmasked, to this URL (the e2e run's stand-in phone). */
  SMS_DEV_PHONE_URL: z.string().url().optional(),
  SMS_HTTP_URL: z.string().url().optional(),
  SMS_HTTP_TOKEN: z.string().optional(),
  SMS_SENDER: z.string().default("AMANAH"),
  PUBLIC_BASE_URL: z.string().url().default("http://localhost:3000"),
  /**
   * How many reverse proxies in front of the portal append to X-Forwarded-For (0: none, the client is the socket peer).
   * See lib/http/client-ip.ts: anything further left than the trusted entries was written by the client itself.
   */
  TRUSTED_PROXY_HOPS: z.coerce.number().int().min(0).max(10).default(0),
  /** Scheduled backups of the embedded database + uploaded files (lib/jobs/backup-job.ts): every N hours, 0 = off. */
  BACKUP_EVERY_HOURS: z.coerce.number().min(0).default(24),
  /** How many backups are kept (the oldest beyond this are deleted); 0 = all. */
  BACKUP_KEEP: z.coerce.number().int().min(0).default(7),
  /** Where backups are written (default <project>/backups); put it on another disk, or copy it off the machine. */
  BACKUP_DIR: z.string().optional(),
  /** Set by the run command for the embedded PostgreSQL: its data directory (the backup job copies it). */
  AMANAH_PG_DATA_DIR: z.string().optional(),
  /** Shared with the bank: HMAC-SHA256 key of payment notifications (scripts/run.ts persists one in .data/payment-secret). */
  PAYMENT_WEBHOOK_SECRET: z.string().min(16).optional(),
  /**
   * "on": the development bank simulator page /[lang]/dev/bank and its action exist (404 otherwise).
   * Unset: on in development, off in production (NODE_ENV=production needs an explicit BANK_SIMULATOR=on).
   */
  BANK_SIMULATOR: z.string().optional(),
  /**
   * A streaming replica of DATABASE_URL for the reports' reads (decision-support dashboards and their drill-downs,
   * `reportsDb()` in lib/db.ts): they tolerate seconds of lag and are the heaviest reads. Unset: the primary.
   */
  DATABASE_REPLICA_URL: z.string().min(1).optional(),
  /** Connections in the Prisma pool of one process (lib/db.ts). */
  DB_POOL_MAX: z.coerce.number().int().min(1).max(200).default(10),
  /** The port this server listens on (set by the run scripts); the dev bank simulator calls the portal back on it. */
  PORT: z.coerce.number().int().min(1).max(65535).optional(),
});

const isOn = (v: string | undefined) => ["on", "true", "1"].includes((v ?? "").trim().toLowerCase());

/** The settings after the production rules (issue 11): parsed from `source`, throwing on a refused combination. */
export function parseEnv(source: Record<string, string | undefined>) {
  const raw = EnvSchema.parse(source);
  const production = source.NODE_ENV === "production";
  // `next build` renders static pages without serving anyone: the SMS rules apply to the running server and worker.
  const building = source.NEXT_PHASE === "phase-production-build";
  if (production && !building && !raw.SMS_PROVIDER) {
    throw new Error("SMS_PROVIDER must be set in production: SMS_PROVIDER=http with SMS_HTTP_URL (or SMS_PROVIDER=dev with SMS_DEV_IN_PRODUCTION=on for a demo).");
  }
  if (production && !building && raw.SMS_PROVIDER === "dev" && raw.SMS_DEV_IN_PRODUCTION !== "on") {
    throw new Error("SMS_PROVIDER=dev is refused in production (messages would never reach anyone): set SMS_PROVIDER=http, or SMS_DEV_IN_PRODUCTION=on for a demo.");
  }
  const bank = raw.BANK_SIMULATOR?.trim() ? isOn(raw.BANK_SIMULATOR) : !production;
  return { ...raw, SMS_PROVIDER: raw.SMS_PROVIDER ?? ("dev" as const), BANK_SIMULATOR: bank ? ("on" as const) : ("off" as const), production };
}

export type Env = ReturnType<typeof parseEnv>;

let cached: Env | undefined;
export function env(): Env {
  cached ??= parseEnv(process.env);
  return cached;
}

/** The development SMS tools (dev provider, SMS log page) are on: development, or a production demo that asked for them. */
export function devSmsEnabled(e: Env = env()): boolean {
  return e.SMS_PROVIDER === "dev" && (!e.production || e.SMS_DEV_IN_PRODUCTION === "on");
}

/**
 * Where uploaded files live: STORAGE_DIR, read when the file store is first used (a test points it at a
 * temporary directory before), else <project>/storage. lib/storage/file-store.ts is its only reader.
 */
export function storageDirSetting(): string | undefined {
  return process.env.STORAGE_DIR || undefined;
}

/**
 * Where uploaded files live (lib/storage/file-store.ts, read when the file store is first used):
 * FILE_STORE=local (default: the disk under STORAGE_DIR) or FILE_STORE=s3, an S3-compatible object store:
 * S3_BUCKET (required), S3_REGION (default us-east-1), S3_ENDPOINT (unset: AWS itself; set: MinIO, Ceph, a
 * provider's endpoint or a test server, addressed path-style), and S3_ACCESS_KEY_ID / S3_SECRET_ACCESS_KEY
 * (unset: the AWS SDK's own chain — environment, instance role). Several web instances need FILE_STORE=s3.
 * docs/decisions/031-jobs-and-file-store.md
 */
const FileStoreSchema = z.discriminatedUnion("FILE_STORE", [
  z.object({ FILE_STORE: z.literal("local") }),
  z.object({
    FILE_STORE: z.literal("s3"),
    S3_BUCKET: z.string().min(1, "FILE_STORE=s3 needs S3_BUCKET"),
    S3_REGION: z.string().min(1).default("us-east-1"),
    S3_ENDPOINT: z.string().url().optional(),
    S3_ACCESS_KEY_ID: z.string().min(1).optional(),
    S3_SECRET_ACCESS_KEY: z.string().min(1).optional(),
  }),
]);
export type FileStoreSettings = z.infer<typeof FileStoreSchema>;

export function fileStoreSettings(source: Record<string, string | undefined> = process.env): FileStoreSettings {
  const blank = (v: string | undefined) => (v?.trim() ? v.trim() : undefined);
  return FileStoreSchema.parse({
    FILE_STORE: blank(source.FILE_STORE) ?? "local",
    S3_BUCKET: blank(source.S3_BUCKET),
    S3_REGION: blank(source.S3_REGION),
    S3_ENDPOINT: blank(source.S3_ENDPOINT),
    S3_ACCESS_KEY_ID: blank(source.S3_ACCESS_KEY_ID),
    S3_SECRET_ACCESS_KEY: blank(source.S3_SECRET_ACCESS_KEY),
  });
}

/**
 * The periodic jobs (lib/jobs/schedule.ts). JOBS_CRON: one cron expression for EVERY job instead of each
 * job's own (tests and demos: "* * * * *" runs each once a minute); JOBS_RUN_AT_START=off: no catch-up run of
 * every job when a worker starts (on by default).
 */
export function jobsSettings(source: Record<string, string | undefined> = process.env): { cronOverride?: string; runAtStart: boolean } {
  const cron = source.JOBS_CRON?.trim();
  const start = (source.JOBS_RUN_AT_START ?? "").trim().toLowerCase();
  return { cronOverride: cron || undefined, runAtStart: !["off", "false", "0"].includes(start) };
}

/*
 * Settings read one at a time, when called, by modules that `next build` evaluates without DATABASE_URL
 * (env() refuses to parse then): each reads only its own variable and validates nothing else.
 */

/** NEXTAUTH_SECRET for next-auth's options object (built when lib/auth/options.ts loads). */
export function authSecretSetting(): string | undefined {
  return process.env.NEXTAUTH_SECRET || undefined;
}

/** DATABASE_URL for the health probe, which answers "up" when there is no database to probe. */
export function databaseUrlSetting(): string | undefined {
  return process.env.DATABASE_URL || undefined;
}

/** What the secret box derives its key from (lib/auth/secret-box.ts); scripts and the seed use it too. */
export function secretBoxSettings(): { TOTP_ENCRYPTION_KEY?: string; NEXTAUTH_SECRET?: string; NODE_ENV?: string } {
  return { TOTP_ENCRYPTION_KEY: process.env.TOTP_ENCRYPTION_KEY, NEXTAUTH_SECRET: process.env.NEXTAUTH_SECRET, NODE_ENV: process.env.NODE_ENV };
}

// Settings the browser needs: lib/env-public.ts (no zod there, so a client component reading one does not ship it).
