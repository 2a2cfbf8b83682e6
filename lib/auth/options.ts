import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { authenticate } from "@/lib/auth/authenticate";
import { loadActor } from "@/lib/auth/load-actor";
import { homeAudience } from "@/lib/auth/roles";
import { db } from "@/lib/db";
import { isAppError } from "@/lib/errors";

function clientIp(headers: Record<string, unknown> | undefined): string {
  const forwarded = headers?.["x-forwarded-for"];
  const first = typeof forwarded === "string" ? forwarded.split(",")[0]?.trim() : undefined;
  return first || (typeof headers?.["x-real-ip"] === "string" ? (headers["x-real-ip"] as string) : "local");
}

/**
 * next-auth with one credentials provider: `kind` says whether `login` is a national ID (citizens,
 * residents) or a username (staff, office members). Sessions are JWTs; roles in the token serve only
 * the quick check in proxy.ts — pages and actions reload the actor from the database (requireActor).
 */
export const authOptions: NextAuthOptions = {
  session: { strategy: "jwt", maxAge: 8 * 60 * 60 },
  secret: process.env.NEXTAUTH_SECRET,
  pages: { signIn: "/ar/sign-in", error: "/ar/sign-in" },
  providers: [
    CredentialsProvider({
      id: "credentials",
      name: "credentials",
      credentials: { kind: { type: "text" }, login: { type: "text" }, password: { type: "password" } },
      async authorize(credentials, req) {
        try {
          const { userId } = await authenticate(credentials, clientIp(req?.headers));
          return { id: userId };
        } catch (e) {
          // The message is a failure code the sign-in form translates.
          if (isAppError(e)) throw new Error(e.message);
          throw e;
        }
      },
    }),
  ],
  callbacks: {
    async jwt({ token, user }) {
      if (user) {
        const actor = await loadActor(db, user.id);
        token.sub = user.id;
        token.roles = actor?.roles ?? [];
        token.audience = homeAudience(actor?.roles ?? []);
      }
      return token;
    },
    async session({ session, token }) {
      session.userId = token.sub ?? "";
      session.roles = token.roles ?? [];
      session.audience = token.audience ?? "citizen";
      return session;
    },
  },
};
