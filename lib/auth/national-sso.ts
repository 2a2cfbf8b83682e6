import "server-only";
import type { OAuthConfig } from "next-auth/providers/oauth";
import { env } from "@/lib/env";

/**
 * The national single sign-on (OpenID Connect, the way Nafath/IAM works) as a next-auth v4 OAuth provider:
 * discovery from the issuer, authorization code with PKCE and state, claims read from the signed ID token.
 * `profile()` maps the provider's claims; lib/auth/options.ts then links or creates the account through the
 * domain command identity.nationalSignIn (claims only). docs/decisions/009-national-sso-and-staff-2fa.md
 *
 * Claims asked for (scope `openid profile phone national_id`): sub, national_id, name_ar, name_en (or name),
 * phone_number. The local provider of `npm start` and the e2e run (scripts/oidc-dev-provider.ts) issues the same.
 */
export const NATIONAL_SSO_ID = "national-sso";

export type NationalSsoProfile = {
  sub: string;
  national_id?: string;
  name_ar?: string;
  name_en?: string;
  name?: string;
  phone_number?: string;
};

/** What profile() returns: next-auth's `user`, carrying the claims to the signIn callback. */
export type NationalSsoUser = { id: string; subject: string; nationalId: string; nameAr: string; nameEn: string; mobile: string };

export function mapNationalClaims(p: NationalSsoProfile): NationalSsoUser {
  const nameAr = p.name_ar ?? p.name ?? "";
  return {
    id: p.sub,
    subject: p.sub,
    nationalId: String(p.national_id ?? ""),
    nameAr,
    nameEn: p.name_en ?? nameAr,
    mobile: String(p.phone_number ?? "").replace(/^\+/, ""),
  };
}

export function nationalSsoConfigured(): boolean {
  const e = env();
  return !!(e.NATIONAL_SSO_ISSUER && e.NATIONAL_SSO_CLIENT_ID && e.NATIONAL_SSO_CLIENT_SECRET);
}

export function nationalSsoProvider(): OAuthConfig<NationalSsoProfile> | null {
  const e = env();
  if (!nationalSsoConfigured()) return null;
  const issuer = e.NATIONAL_SSO_ISSUER!.replace(/\/+$/, "");
  return {
    id: NATIONAL_SSO_ID,
    name: "النفاذ الوطني الموحد",
    type: "oauth",
    wellKnown: `${issuer}/.well-known/openid-configuration`,
    issuer,
    clientId: e.NATIONAL_SSO_CLIENT_ID,
    clientSecret: e.NATIONAL_SSO_CLIENT_SECRET,
    // prompt=login: the provider always asks who is there (a shared computer must not reuse the last person).
    authorization: { params: { scope: "openid profile phone national_id", prompt: "login" } },
    checks: ["pkce", "state"],
    idToken: true,
    client: { token_endpoint_auth_method: "client_secret_basic", id_token_signed_response_alg: "RS256" },
    profile: (p) => mapNationalClaims(p) as unknown as { id: string },
  };
}
