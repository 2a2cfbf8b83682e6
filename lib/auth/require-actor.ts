import "server-only";
import { cache } from "react";
import { getServerSession } from "next-auth";
import { forbidden, redirect } from "next/navigation";
import type { Actor } from "@/lib/auth/actor";
import { loadActor } from "@/lib/auth/load-actor";
import { authOptions } from "@/lib/auth/options";
import { rolesAllow, type Permission } from "@/lib/auth/roles";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Lang } from "@/lib/i18n/settings";

/** The signed-in actor for this request, loaded once per request (React cache). */
export const currentActor = cache(async (): Promise<Actor | null> => {
  const session = await getServerSession(authOptions);
  if (!session?.userId) return null;
  return loadActor(db, session.userId);
});

/** For server actions and route handlers: throws AppError UNAUTHENTICATED / FORBIDDEN. */
export async function requireActor(permission?: Permission): Promise<Actor> {
  const actor = await currentActor();
  if (!actor) throw new AppError("UNAUTHENTICATED");
  if (permission && !rolesAllow(actor.roles, permission)) throw new AppError("FORBIDDEN");
  return actor;
}

/** For pages and layouts: redirects to sign-in, or renders the localized 403 page. */
export async function requirePageActor(lang: Lang, permission: Permission, returnTo: string): Promise<Actor> {
  const actor = await currentActor();
  if (!actor) redirect(`/${lang}/sign-in?callbackUrl=${encodeURIComponent(returnTo)}`);
  if (!rolesAllow(actor.roles, permission)) forbidden();
  return actor;
}

export function can(actor: Actor | null, permission: Permission): boolean {
  return !!actor && rolesAllow(actor.roles, permission);
}
