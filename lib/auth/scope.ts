import type { Actor } from "@/lib/auth/actor";
import type { DbOrTx } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";

/**
 * The municipalities a staff actor may see: the ones they are assigned to, or every municipality of
 * their Amanahs when an assignment covers the whole Amanah (actor.municipalityIds === null).
 * Anyone without a staff assignment sees none. Queries put this in their `where`.
 */
export function municipalityScope(actor: Actor): Prisma.MunicipalityWhereInput {
  if (actor.municipalityIds !== null) return { id: { in: actor.municipalityIds } };
  return { amanahId: { in: actor.amanahIds } };
}

/** The same scope as ids, for tables that keep a municipalityId without a relation (audit, violations, bills). */
export async function visibleMunicipalityIds(db: DbOrTx, actor: Actor): Promise<string[]> {
  if (actor.municipalityIds !== null) return actor.municipalityIds;
  if (actor.amanahIds.length === 0) return [];
  const rows = await db.municipality.findMany({ where: { amanahId: { in: actor.amanahIds } }, select: { id: true } });
  return rows.map((r) => r.id);
}
