import "server-only";
import { db } from "@/lib/db";
import type { ServiceTypeCode } from "@/lib/domain/offices/clause-set";
import { SCORECARD_DAYS } from "@/lib/domain/offices/rules";
import { computeScorecards, lastDays, municipalityRanking, type Scorecard } from "@/lib/domain/offices/scorecard";
import { cachedForEveryone } from "@/lib/kernel/public-cache";

/** Public pages of offices: accredited, suspended or revoked offices only (never pending ones); no personal data. */
type Named = { nameAr: string; nameEn: string };

export type PublicOfficeDTO = Named & {
  code: string;
  phone: string;
  email: string | null;
  status: string;
  suspendedUntil: Date | null;
  serviceTypes: ServiceTypeCode[];
  coverage: (Named & { id: string })[];
  scorecard: Scorecard | null;
};

/** Cached for everyone, expired by the supervision and accreditation commands (lib/kernel/public-cache.ts). */
export const publicOffice = cachedForEveryone("publicOffice", ["offices"], async (code: string): Promise<PublicOfficeDTO | null> => {
  const o = await db.licensingOffice.findFirst({
    where: { code, status: { in: ["ACTIVE", "SUSPENDED", "REVOKED"] } },
    select: {
      id: true,
      code: true,
      nameAr: true,
      nameEn: true,
      phone: true,
      email: true,
      status: true,
      suspendedUntil: true,
      serviceTypes: true,
      coverage: { select: { municipality: { select: { id: true, nameAr: true, nameEn: true } } } },
    },
  });
  if (!o) return null;
  const [scorecard] = await computeScorecards(db, [o.id], lastDays(SCORECARD_DAYS));
  const { id: _id, coverage, ...rest } = o;
  return { ...rest, coverage: coverage.map((c) => c.municipality), scorecard: scorecard ?? null };
});

export type PublicMunicipalityDTO = Named & { id: string; code: string };

/** Municipalities that have at least one listed office. */
export async function publicMunicipalities(): Promise<PublicMunicipalityDTO[]> {
  return db.municipality.findMany({
    where: { offices: { some: { office: { status: { in: ["ACTIVE", "SUSPENDED"] } } } } },
    select: { id: true, code: true, nameAr: true, nameEn: true },
    orderBy: { code: "asc" },
  });
}

/**
 * The ranking of the offices serving one municipality (by code; the first listed municipality when none
 * or an unknown one is asked for). Only public figures: never staff, never personal data.
 */
export const publicRanking = cachedForEveryone("publicRanking", ["offices"], async (municipalityCode: string | undefined) => {
  const municipalities = await publicMunicipalities();
  const chosen = municipalities.find((m) => m.code === municipalityCode) ?? municipalities[0] ?? null;
  if (!chosen) return { municipalities, chosen: null, offices: [] };
  const [rows, services] = await Promise.all([
    municipalityRanking(db, chosen.id),
    db.licensingOffice.findMany({ where: { status: { in: ["ACTIVE", "SUSPENDED"] }, coverage: { some: { municipalityId: chosen.id } } }, select: { code: true, serviceTypes: true } }),
  ]);
  const serviceTypes = new Map(services.map((o) => [o.code, o.serviceTypes]));
  return {
    municipalities,
    chosen,
    offices: rows.map((r) => ({
      code: r.code,
      nameAr: r.nameAr,
      nameEn: r.nameEn,
      status: r.status,
      suspendedUntil: r.suspendedUntil,
      serviceTypes: serviceTypes.get(r.code) ?? [],
      rank: r.rank,
      score: r.score,
      decided: r.decided,
      medianHours: r.medianHours,
      ratingAverage: r.ratingAverage,
      ratingCount: r.ratingCount,
    })),
  };
});
