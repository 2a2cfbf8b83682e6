import "server-only";
import { cache } from "react";
import { decode, type JWT } from "next-auth/jwt";
import { cookies } from "next/headers";
import { env } from "@/lib/env";
import { forbidden, redirect } from "next/navigation";
import type { Actor } from "@/lib/auth/actor";
import { loadActor } from "@/lib/auth/load-actor";
import { actorAllows, refusalFor } from "@/lib/auth/office-block";
import { authOptions } from "@/lib/auth/options";
import type { Permission } from "@/lib/auth/roles";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Lang } from "@/lib/i18n/settings";

/**
 * The signed-in account for this request, loaded once per request (React cache), INCLUDING one with a pending
 * first-sign-in step (temporary password, two-factor enrollment). Null when the session was ended (sign-out,
 * password change or reset, deactivation: sessionVersion, docs/decisions/009). Only the account-security page
 * and its actions use it directly.
 */
export const currentAccountActor = cache(async (): Promise<Actor | null> => {
  const token = await sessionToken();
  if (typeof token?.sub !== "string" || !token.sub) return null;
  return loadActor(db, token.sub, { sessionVersion: token.sv ?? 0 });
});

/**
 * The session's JWT, read from its cookie and verified (signature, expiry) — not through getServerSession, which
 * issues the cookie again on every call. In a server action a cookie set means Next re-renders the page after
 * the action: a refused step's message vanished under the re-rendered page (a suspended office's 403), and every
 * action paid for a full page render. A session lasts 8 hours from sign-in (authOptions.session.maxAge).
 */
async function sessionToken(): Promise<JWT | null> {
  const jar = await cookies();
  const name = `${(env().NEXTAUTH_URL ?? "").startsWith("https://") ? "__Secure-" : ""}next-auth.session-token`;
  // next-auth splits a token over 4 kB into name.0, name.1, … (ours is far smaller; read both forms).
  const value =
    jar.get(name)?.value ??
    jar
      .getAll()
      .filter((c) => c.name.startsWith(`${name}.`))
      .sort((a, b) => Number(a.name.slice(name.length + 1)) - Number(b.name.slice(name.length + 1)))
      .map((c) => c.value)
      .join("");
  if (!value || !authOptions.secret) return null;
  try {
    return await decode({ token: value, secret: authOptions.secret });
  } catch {
    return null; // tampered, signed with another secret, or expired
  }
}

/** The signed-in actor for this request; null also while a first-sign-in step is pending. */
export const currentActor = cache(async (): Promise<Actor | null> => {
  const actor = await currentAccountActor();
  return actor && !actor.pendingStep ? actor : null;
});

/** For the account-security actions: the account even with a pending step (never for anything else). */
export async function requireAccountActor(): Promise<Actor> {
  const actor = await currentAccountActor();
  if (!actor) throw new AppError("UNAUTHENTICATED");
  return actor;
}

/**
 * For server actions and route handlers: throws AppError UNAUTHENTICATED / FORBIDDEN (a member of a
 * suspended office gets the FORBIDDEN that says so: lib/auth/office-block.ts).
 */
export async function requireActor(permission?: Permission): Promise<Actor> {
  const actor = await currentActor();
  if (!actor) throw new AppError("UNAUTHENTICATED");
  if (permission && !actorAllows(actor, permission)) throw refusalFor(actor, permission);
  return actor;
}

/**
 * For pages and layouts: redirects to sign-in, or renders the localized 403 page (which, for a member
 * of a suspended office, says the office is suspended and until when: components/shells/status-page.tsx).
 */
export async function requirePageActor(lang: Lang, permission: Permission, returnTo: string): Promise<Actor> {
  const actor = await currentActor();
  if (!actor) {
    if ((await currentAccountActor())?.pendingStep) redirect(`/${lang}/account/security`);
    redirect(`/${lang}/sign-in?callbackUrl=${encodeURIComponent(returnTo)}`);
  }
  if (!actorAllows(actor, permission)) forbidden();
  return actor;
}

export function can(actor: Actor | null, permission: Permission): boolean {
  return !!actor && actorAllows(actor, permission);
}
