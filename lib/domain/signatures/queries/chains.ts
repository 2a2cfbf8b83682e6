import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { rolesAllow } from "@/lib/auth/roles";
import { visibleMunicipalityIds } from "@/lib/auth/scope";
import { db } from "@/lib/db";
import { DOCUMENT_TYPE_KEYS, DOCUMENT_TYPES, type DocumentType } from "@/lib/domain/signatures/document-types";
import { AppError } from "@/lib/errors";

type Named = { nameAr: string; nameEn: string };
export type ChainPosition = { id: string; code: string; titleAr: string; titleEn: string; holder: Named | null };
export type ChainsView = {
  municipalities: ({ id: string; code: string } & Named)[];
  /** The municipality shown (the one asked for, when it is the actor's; else their first). */
  municipality: ({ id: string; code: string } & Named) | null;
  positions: ChainPosition[];
  chains: { documentType: DocumentType; titleKey: string; steps: ChainPosition[] }[];
};

/**
 * The signing chains of one of the administrator's municipalities: every document type with its steps (none: its
 * documents are issued unsigned), and the municipality's positions with their current holders to choose from.
 */
export async function chainsView(actor: Actor, municipalityCode: string | undefined, now = new Date()): Promise<ChainsView> {
  if (!rolesAllow(actor.roles, "signatures.chains")) throw new AppError("FORBIDDEN");
  const ids = await visibleMunicipalityIds(db, actor);
  const municipalities = await db.municipality.findMany({ where: { id: { in: ids } }, select: { id: true, code: true, nameAr: true, nameEn: true }, orderBy: { code: "asc" } });
  // Unasked, the first municipality that has signing positions (an Amanah's admin sees dozens, most without any yet).
  const withPositions = new Set(
    municipalityCode ? [] : (await db.signingPosition.findMany({ where: { municipalityId: { in: ids } }, distinct: ["municipalityId"], select: { municipalityId: true } })).map((p) => p.municipalityId),
  );
  const municipality = municipalities.find((m) => (municipalityCode ? m.code === municipalityCode : withPositions.has(m.id))) ?? municipalities[0] ?? null;
  if (!municipality) return { municipalities, municipality: null, positions: [], chains: [] };
  const [rows, chains] = await Promise.all([
    db.signingPosition.findMany({
      where: { municipalityId: municipality.id },
      orderBy: { code: "asc" },
      take: 200,
      select: {
        id: true, code: true, titleAr: true, titleEn: true,
        holders: { where: { since: { lte: now }, OR: [{ until: null }, { until: { gt: now } }] }, take: 1, orderBy: { since: "desc" }, select: { userId: true } },
      },
    }),
    db.signingChain.findMany({ where: { municipalityId: municipality.id }, select: { documentType: true, steps: { orderBy: { step: "asc" }, select: { positionId: true } } } }),
  ]);
  const holderIds = rows.flatMap((p) => p.holders.map((h) => h.userId));
  const users = await db.user.findMany({ where: { id: { in: holderIds } }, select: { id: true, nameAr: true, nameEn: true } });
  const userOf = new Map(users.map((u) => [u.id, { nameAr: u.nameAr, nameEn: u.nameEn }]));
  const positions: ChainPosition[] = rows.map((p) => ({ id: p.id, code: p.code, titleAr: p.titleAr, titleEn: p.titleEn, holder: p.holders[0] ? (userOf.get(p.holders[0].userId) ?? null) : null }));
  const byId = new Map(positions.map((p) => [p.id, p]));
  const stepsOf = new Map(chains.map((c) => [c.documentType, c.steps.map((s) => byId.get(s.positionId)).filter((p): p is ChainPosition => !!p)]));
  return {
    municipalities,
    municipality,
    positions,
    chains: DOCUMENT_TYPE_KEYS.map((documentType) => ({ documentType, titleKey: DOCUMENT_TYPES[documentType].titleKey, steps: stepsOf.get(documentType) ?? [] })),
  };
}
