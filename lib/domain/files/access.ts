import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { rolesAllow } from "@/lib/auth/roles";
import { db } from "@/lib/db";
import { visibleMunicipalityIds } from "@/lib/auth/scope";

export type ReadableFile = { id: string; storageKey: string; sha256: string; mime: string; originalName: string; sizeBytes: number };

/**
 * A stored file this actor may read, or null (unknown and forbidden look the same: nothing is
 * revealed). Violation photos and objection documents: the establishment's owner, and staff who
 * handle violations in that municipality. Other areas (licensing, complaints) add their rule here.
 */
export async function readableFile(actor: Actor, fileId: string): Promise<ReadableFile | null> {
  const file = await db.storedFile.findUnique({
    where: { id: fileId },
    select: {
      id: true,
      storageKey: true,
      sha256: true,
      mime: true,
      originalName: true,
      sizeBytes: true,
      violation: { select: { municipalityId: true, establishment: { select: { ownerNationalId: true } } } },
      objection: { select: { violation: { select: { municipalityId: true, establishment: { select: { ownerNationalId: true } } } } } },
    },
  });
  if (!file) return null;
  const violation = file.violation ?? file.objection?.violation ?? null;
  if (!violation) return null;

  const { violation: _v, objection: _o, ...dto } = file;
  if (rolesAllow(actor.roles, "violations.mine")) {
    const me = await db.user.findUnique({ where: { id: actor.userId }, select: { nationalId: true } });
    if (me?.nationalId && me.nationalId === violation.establishment.ownerNationalId) return dto;
  }
  const staff = ["violations.lookup", "violations.record", "violations.decideObjection"] as const;
  if (staff.some((p) => rolesAllow(actor.roles, p))) {
    const ids = await visibleMunicipalityIds(db, actor);
    if (ids.includes(violation.municipalityId)) return dto;
  }
  return null;
}
