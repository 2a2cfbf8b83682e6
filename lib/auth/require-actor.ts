import "server-only";
import { cache } from "react";
import { getServerSession } from "next-auth";
import { forbidden, redirect } from "next/navigation";
import type { Actor } from "@/lib/auth/actor";
import { loadActor } from "@/lib/auth/load-actor";
import { actorAllows, refusalFor } from "@/lib/auth/office-block";
import { authOptions } from "@/lib/auth/options";
import type { Permission } from "@/lib/auth/roles";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Lang } from "@/lib/i18n/settings";

/** The signed-in actor for this request, loaded once per request (React cache). */
export const currentActor = cache(async (): Promise<Actor | null> => {
  const session = await getServerSession(authOptions);
  if (!session?.userId) return null;
  return loadActor(db, session.userId);
});

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
  if (!actor) redirect(`/${lang}/sign-in?callbackUrl=${encodeURIComponent(returnTo)}`);
  if (!actorAllows(actor, permission)) forbidden();
  return actor;
}

export function can(actor: Actor | null, permission: Permission): boolean {
  return !!actor && actorAllows(actor, permission);
}
