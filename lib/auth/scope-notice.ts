import type { Actor } from "@/lib/auth/actor";
import { municipalityScope } from "@/lib/auth/scope";
import type { DbOrTx } from "@/lib/db";

export type CoveredMunicipality = { id: string; nameAr: string; nameEn: string };

/**
 * What a staff search says when a reference exists but outside the officer's municipalities (issue 17, item 6):
 * that it is outside their scope, and which municipalities they cover — never what the record contains.
 * `municipalityOf` looks the reference up WITHOUT the scope and returns only its municipality id (or null).
 */
export type OutOfScopeDTO = { reference: string; covered: CoveredMunicipality[]; wholeAmanah: boolean };

export async function outOfScopeNotice(
  db: DbOrTx,
  actor: Actor,
  reference: string,
  municipalityOf: (reference: string) => Promise<string | null>,
): Promise<OutOfScopeDTO | null> {
  if (!reference) return null;
  const found = await municipalityOf(reference);
  if (!found) return null;
  const covered = await coveredMunicipalities(db, actor);
  if (covered.some((m) => m.id === found)) return null;
  return { reference, covered, wholeAmanah: actor.municipalityIds === null };
}

/** The municipalities a staff member covers, by code (the list the out-of-scope notice shows). */
export async function coveredMunicipalities(db: DbOrTx, actor: Actor): Promise<CoveredMunicipality[]> {
  if (actor.municipalityIds === null && actor.amanahIds.length === 0) return [];
  return db.municipality.findMany({ where: municipalityScope(actor), select: { id: true, nameAr: true, nameEn: true }, orderBy: { code: "asc" } });
}
