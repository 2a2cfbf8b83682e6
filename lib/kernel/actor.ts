import type { Actor } from "@/lib/auth/actor";
import type { DbOrTx } from "@/lib/db";
import { AppError } from "@/lib/errors";

/** The national ID of a citizen actor (from the database, never from the browser). */
export async function actorNationalId(db: DbOrTx, actor: Actor): Promise<string> {
  const user = await db.user.findUnique({ where: { id: actor.userId }, select: { nationalId: true } });
  if (!user?.nationalId) throw new AppError("FORBIDDEN");
  return user.nationalId;
}

/** The language an owner reads SMS in: their account's preference, Arabic when they have no account. */
export async function ownerLocale(db: DbOrTx, nationalId: string): Promise<"ar" | "en"> {
  const user = await db.user.findUnique({ where: { nationalId }, select: { preferredLocale: true } });
  return user?.preferredLocale ?? "ar";
}
