import type { Audience, Role } from "@/lib/auth/roles";

declare module "next-auth" {
  interface Session {
    userId: string;
    roles: Role[];
    audience: Audience;
    /** The account's sessionVersion when this session was issued (lib/auth/load-actor.ts). */
    sessionVersion?: number;
  }
}

declare module "next-auth/jwt" {
  interface JWT {
    roles?: Role[];
    audience?: Audience;
    /** sessionVersion of the account at sign-in: a later sign-out, password change or reset ends this session. */
    sv?: number;
  }
}
