/**
 * Which development tools the run command turns on (issue 11, docs/decisions/011-secrets-and-abuse-limits.md):
 *
 * - The bank simulator pays any bill for free: on by default only with `npm run dev`. A production build
 *   (`npm start`) has it only when the operator sets BANK_SIMULATOR=on, embedded database or not.
 * - The SMS provider: `npm run dev` and the embedded demo database default to the dev provider (messages on the
 *   SMS log page, secrets masked). A production build on a real database (DATABASE_URL) must name its provider:
 *   SMS_PROVIDER=http (or dev with SMS_DEV_IN_PRODUCTION=on for a demo), otherwise it refuses to start.
 */
export type DevToolsInput = { dev: boolean; databaseUrl: string | undefined; env: Record<string, string | undefined> };
export type DevToolsEnv = { BANK_SIMULATOR: string; SMS_PROVIDER: string; SMS_DEV_IN_PRODUCTION?: string };

export function devToolsEnv({ dev, databaseUrl, env }: DevToolsInput): DevToolsEnv {
  const bank = env.BANK_SIMULATOR?.trim() || (dev ? "on" : "off");
  const explicitSms = env.SMS_PROVIDER?.trim();
  if (dev) return { BANK_SIMULATOR: bank, SMS_PROVIDER: explicitSms || "dev" };
  if (explicitSms) return { BANK_SIMULATOR: bank, SMS_PROVIDER: explicitSms, ...(env.SMS_DEV_IN_PRODUCTION ? { SMS_DEV_IN_PRODUCTION: env.SMS_DEV_IN_PRODUCTION } : {}) };
  if (databaseUrl) {
    throw new Error(
      "SMS_PROVIDER is not set: in production with your own database, name the SMS gateway (SMS_PROVIDER=http with SMS_HTTP_URL), " +
        "or for a demo SMS_PROVIDER=dev SMS_DEV_IN_PRODUCTION=on.",
    );
  }
  // The embedded database is the demo a fresh clone shows: the dev provider, asked for explicitly here.
  return { BANK_SIMULATOR: bank, SMS_PROVIDER: "dev", SMS_DEV_IN_PRODUCTION: "on" };
}
