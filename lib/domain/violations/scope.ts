import type { Actor } from "@/lib/auth/actor";
import type { DbOrTx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";

/**
 * Staff see the municipalities they are assigned to, or every municipality of their Amanahs when
 * an assignment covers the whole Amanah (actor.municipalityIds === null). Nobody else sees anything.
 */
export function municipalityScope(actor: Actor): Prisma.MunicipalityWhereInput {
  if (actor.municipalityIds !== null) return { id: { in: actor.municipalityIds } };
  return { amanahId: { in: actor.amanahIds } };
}

/** The ids of the municipalities the actor may see (resolved; Violation has no relation to Municipality). */
export async function scopedMunicipalityIds(db: DbOrTx, actor: Actor): Promise<string[]> {
  if (actor.municipalityIds !== null) return actor.municipalityIds;
  if (actor.amanahIds.length === 0) return [];
  const rows = await db.municipality.findMany({ where: { amanahId: { in: actor.amanahIds } }, select: { id: true } });
  return rows.map((r) => r.id);
}

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
