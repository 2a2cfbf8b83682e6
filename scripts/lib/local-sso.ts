/**
 * Starts the local national-SSO stand-in (scripts/oidc-dev-provider.ts, a real OIDC provider) as a supervised
 * child of the run command or the e2e server, unless NATIONAL_SSO_ISSUER already names a provider (production:
 * the real one). Returns the settings the portal needs (lib/env.ts NATIONAL_SSO_*). docs/decisions/009.
 */
import crypto from "node:crypto";
import path from "node:path";
import { portInUse, PROJECT_ROOT } from "./database";
import type { Supervisor } from "./supervisor";
import { waitForHttp } from "./supervisor";
import { NODE } from "./tasks";

export type LocalSso = { env: Record<string, string>; issuer: string | null; local: boolean };

export async function startLocalSso(supervisor: Supervisor, baseEnv: NodeJS.ProcessEnv, opts: { port: number; baseUrl: string }): Promise<LocalSso> {
  if (baseEnv.NATIONAL_SSO_ISSUER?.trim()) return { env: {}, issuer: baseEnv.NATIONAL_SSO_ISSUER.trim(), local: false };
  if (await portInUse(opts.port)) {
    throw new Error(`port ${opts.port} (local national SSO provider) is already in use: stop that program, or set OIDC_DEV_PORT / NATIONAL_SSO_ISSUER`);
  }
  const issuer = `http://localhost:${opts.port}`;
  const clientSecret = crypto.randomBytes(24).toString("base64url");
  const env = {
    NATIONAL_SSO_ISSUER: issuer,
    NATIONAL_SSO_CLIENT_ID: "amanah-portal",
    NATIONAL_SSO_CLIENT_SECRET: clientSecret,
  };
  const redirect = (base: string) => `${base.replace(/\/+$/, "")}/api/auth/callback/national-sso`;
  supervisor.start("sso", NODE, ["--import", "tsx", path.join(PROJECT_ROOT, "scripts", "oidc-dev-provider.ts")], {
    ...baseEnv,
    OIDC_DEV_PORT: String(opts.port),
    OIDC_DEV_CLIENT_ID: env.NATIONAL_SSO_CLIENT_ID,
    OIDC_DEV_CLIENT_SECRET: clientSecret,
    OIDC_DEV_REDIRECT_URIS: [redirect(opts.baseUrl), redirect(opts.baseUrl.replace("localhost", "127.0.0.1"))].join(","),
  });
  await waitForHttp(`${issuer}/.well-known/openid-configuration`, 60_000);
  return { env, issuer, local: true };
}
