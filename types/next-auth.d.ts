import type { Audience, Role } from "@/lib/auth/roles";

declare module "next-auth" {
  interface Session {
    userId: string;
    roles: Role[];
    audience: Audience;
  }
}

declare module "next-auth/jwt" {
  interface JWT {
    roles?: Role[];
    audience?: Audience;
  }
}
