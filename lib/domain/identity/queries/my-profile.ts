import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { formatSaudiMobile } from "@/lib/domain/identity/mobile";
import type { UpdateProfileInput } from "@/lib/domain/identity/schemas";

/** The actor's own editable details, shaped as the profile form's default values. */
export async function getMyProfile(actor: Actor): Promise<UpdateProfileInput> {
  const user = await db.user.findUniqueOrThrow({ where: { id: actor.userId }, select: { mobile: true, email: true, preferredLocale: true } });
  return { mobile: formatSaudiMobile(user.mobile), email: user.email ?? "", preferredLocale: user.preferredLocale };
}

/** A new mobile waiting for its one-time code (issue 11), and the current one, formatted for people. */
export async function getMyPendingMobile(actor: Actor): Promise<{ pending: string; current: string } | null> {
  const user = await db.user.findUniqueOrThrow({ where: { id: actor.userId }, select: { mobile: true, pendingMobile: true } });
  return user.pendingMobile ? { pending: formatSaudiMobile(user.pendingMobile), current: formatSaudiMobile(user.mobile) } : null;
}
