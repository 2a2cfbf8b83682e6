import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { authenticate } from "@/lib/auth/authenticate";
import { loadActor } from "@/lib/auth/load-actor";
import { homeAudience } from "@/lib/auth/roles";
import { db } from "@/lib/db";
import { headers } from "next/headers";
import { nationalSsoProvider, NATIONAL_SSO_ID, type NationalSsoUser } from "@/lib/auth/national-sso";
import { recordAudit } from "@/lib/domain/audit/record";
import { nationalSignIn } from "@/lib/domain/identity/commands/national-sign-in";
import { isAppError } from "@/lib/errors";
import { clientIp } from "@/lib/http/client-ip";
import { authSecretSetting } from "@/lib/env";

/** next-auth hands authorize() the request headers as a plain object: the trusted client IP of lib/http/client-ip.ts. */
function clientIpOf(headers: Record<string, unknown> | undefined): string {
  const h = new Headers();
  for (const [k, v] of Object.entries(headers ?? {})) if (typeof v === "string") h.set(k, v);
  return clientIp(h);
}

/**
 * next-auth with two ways in (docs/decisions/003 and 009):
 *  - "national-sso": citizens and residents through the national identity provider (OIDC, lib/auth/national-sso.ts);
 *    the account is linked or created from the provider's claims only (identity.nationalSignIn);
 *  - "credentials": staff and office members by username + password (+ TOTP for the roles that require it).
 * Sessions are JWTs carrying the account's sessionVersion; sign-out bumps it, so the cookie dies everywhere
 * (lib/auth/load-actor.ts refuses an older version). Roles in the token serve only the quick check in proxy.ts —
 * pages and actions reload the actor from the database (requireActor).
 */
function providers(): NextAuthOptions["providers"] {
  const sso = nationalSsoProvider();
  return [
    CredentialsProvider({
      id: "credentials",
      name: "credentials",
      credentials: { login: { type: "text" }, password: { type: "password" }, totp: { type: "text" } },
      async authorize(credentials, req) {
        try {
          const { userId } = await authenticate(credentials, clientIpOf(req?.headers));
          return { id: userId };
        } catch (e) {
          // The message is a failure code the sign-in form translates.
          if (isAppError(e)) throw new Error(e.message);
          throw e;
        }
      },
    }),
    ...(sso ? [sso] : []),
  ];
}

async function requestIp(): Promise<string | null> {
  try {
    return clientIp(await headers());
  } catch {
    return null;
  }
}

export const authOptions: NextAuthOptions = {
  session: { strategy: "jwt", maxAge: 8 * 60 * 60 },
  secret: authSecretSetting(),
  pages: { signIn: "/ar/sign-in", error: "/ar/sign-in" },
  // Read when next-auth handles a request (the SSO provider's settings come from lib/env.ts at run time).
  get providers() {
    return providers();
  },
  callbacks: {
    async signIn({ user, account }) {
      if (account?.provider !== NATIONAL_SSO_ID) return true;
      const claims = user as unknown as NationalSsoUser;
      try {
        const { userId } = await nationalSignIn.execute({ verifiedMobile: null, ip: await requestIp() }, claims);
        // From here on `user` is the portal's account (the same object reaches the jwt callback).
        (user as { id: string }).id = userId;
        return true;
      } catch (e) {
        const code = isAppError(e) ? (e.code === "VALIDATION" ? "SSO_INVALID_IDENTITY" : (e.message.startsWith("SSO_") ? e.message : "SSO_REFUSED")) : "SSO_REFUSED";
        if (!isAppError(e)) console.error("[auth] national SSO sign-in failed:", e);
        return `/ar/sign-in?error=${code}`;
      }
    },
    async jwt({ token, user }) {
      if (user) {
        const actor = await loadActor(db, user.id);
        const row = await db.user.findUnique({ where: { id: user.id }, select: { sessionVersion: true } });
        token.sub = user.id;
        token.sv = row?.sessionVersion ?? 0;
        token.roles = actor?.roles ?? [];
        token.audience = homeAudience(actor?.roles ?? []);
      }
      return token;
    },
    async session({ session, token }) {
      session.userId = token.sub ?? "";
      session.roles = token.roles ?? [];
      session.audience = token.audience ?? "citizen";
      session.sessionVersion = token.sv ?? 0;
      return session;
    },
  },
  events: {
    /** Sign-out ends the session for real: every JWT issued before now stops working (sessionVersion + 1). */
    async signOut({ token }) {
      const userId = typeof token?.sub === "string" ? token.sub : null;
      if (!userId) return;
      await db.$transaction(async (tx) => {
        const { count } = await tx.user.updateMany({ where: { id: userId, sessionVersion: token.sv ?? 0 }, data: { sessionVersion: { increment: 1 } } });
        if (count) await recordAudit(tx, { system: "auth" }, { action: "auth.signOut", entityType: "User", entityId: userId, ip: await requestIp() });
      });
    },
  },
};
