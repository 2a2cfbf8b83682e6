import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { rolesAllow } from "@/lib/auth/roles";
import { visibleMunicipalityIds } from "@/lib/auth/scope";
import { db } from "@/lib/db";
import { readableFileSelect, type ReadableFile } from "@/lib/kernel/store-files";

/**
 * A tender's booklet: the buyers whose bill is paid, and the tenders officers of its municipality.
 * `undefined` when the file is not a booklet (another area's rule decides), `null` when it is and this actor may not read it.
 */
export async function tenderFileAccess(actor: Actor, fileId: string): Promise<ReadableFile | null | undefined> {
  const file = await db.storedFile.findUnique({ where: { id: fileId }, select: { ...readableFileSelect, tenderId: true, tender: { select: { municipalityId: true } } } });
  if (!file || !file.tenderId || !file.tender) return undefined;
  const { tenderId, tender, ...dto } = file;
  if (rolesAllow(actor.roles, "tenders.manage") && (await visibleMunicipalityIds(db, actor)).includes(tender.municipalityId)) return dto;
  const paid = await db.tenderBookletPurchase.findFirst({ where: { tenderId, buyerUserId: actor.userId, paidAt: { not: null } }, select: { id: true } });
  return paid ? dto : null;
}
