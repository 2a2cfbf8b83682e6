import type { Actor } from "@/lib/auth/actor";
import type { DbOrTx } from "@/lib/db";
import { AppError } from "@/lib/errors";

/**
 * The national ID of the actor's account, null for an account without one: the one loadActor read from the database
 * for this request (never from the browser), or read now for an actor built without it.
 */
export async function actorNationalIdOrNull(db: DbOrTx, actor: Actor): Promise<string | null> {
  if (actor.nationalId !== undefined) return actor.nationalId;
  const user = await db.user.findUnique({ where: { id: actor.userId }, select: { nationalId: true } });
  return user?.nationalId ?? null;
}

/** The national ID of a citizen actor (from the database, never from the browser). */
export async function actorNationalId(db: DbOrTx, actor: Actor): Promise<string> {
  const nationalId = await actorNationalIdOrNull(db, actor);
  if (!nationalId) throw new AppError("FORBIDDEN");
  return nationalId;
}

/** The language an owner reads SMS in: their account's preference, Arabic when they have no account. */
export async function ownerLocale(db: DbOrTx, nationalId: string): Promise<"ar" | "en"> {
  const user = await db.user.findUnique({ where: { nationalId }, select: { preferredLocale: true } });
  return user?.preferredLocale ?? "ar";
}
