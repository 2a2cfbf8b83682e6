import type { DbOrTx } from "@/lib/db";
import { OPEN_STATES } from "@/lib/domain/licensing/workflow";
import { AppError } from "@/lib/errors";

/**
 * Which accredited offices may process an application: ACTIVE offices accredited for licenses (serviceTypes)
 * covering its municipality and,
 * for a HEALTH application, only those with an active, VERIFIED health specialist (the health review
 * is theirs). "auto" = the least loaded of them (fewest open applications), ties broken by code, so
 * the choice is deterministic.
 */
export type EligibleOffice = { id: string; code: string; nameAr: string; nameEn: string; openApplications: number };

export async function eligibleOffices(db: DbOrTx, municipalityId: string, needsHealth: boolean): Promise<EligibleOffice[]> {
  const offices = await db.licensingOffice.findMany({
    where: {
      status: "ACTIVE",
      coverage: { some: { municipalityId } },
      // Offices accredited for licenses (an engineering-only office processes building permits, not shops).
      serviceTypes: needsHealth ? { hasSome: ["HEALTH", "COMMERCIAL"] } : { has: "COMMERCIAL" },
      ...(needsHealth ? { members: { some: { role: "HEALTH_SPECIALIST", active: true, verifiedAt: { not: null } } } } : {}),
    },
    select: { id: true, code: true, nameAr: true, nameEn: true },
    orderBy: { code: "asc" },
  });
  if (offices.length === 0) return [];
  const counts = await db.licenseApplication.groupBy({
    by: ["officeId"],
    where: { officeId: { in: offices.map((o) => o.id) }, status: { in: [...OPEN_STATES] } },
    _count: { _all: true },
  });
  const load = new Map(counts.map((c) => [c.officeId, c._count._all]));
  return offices.map((o) => ({ ...o, openApplications: load.get(o.id) ?? 0 }));
}

/** The least loaded office (ties by code), or null. Pure. */
export function leastLoaded(offices: readonly EligibleOffice[]): EligibleOffice | null {
  return [...offices].sort((a, b) => a.openApplications - b.openApplications || a.code.localeCompare(b.code))[0] ?? null;
}

/**
 * The office for an application: the chosen one when it is still eligible, else (for "auto") the least
 * loaded. VALIDATION on officeId when the chosen office is not eligible or none serves the municipality.
 */
export async function resolveOffice(db: DbOrTx, municipalityId: string, needsHealth: boolean, choice: string): Promise<{ office: EligibleOffice; auto: boolean }> {
  const offices = await eligibleOffices(db, municipalityId, needsHealth);
  if (offices.length === 0) throw new AppError("VALIDATION", { fieldErrors: { officeId: "licensing:errors.noOfficeAvailable" } });
  if (choice === "auto") return { office: leastLoaded(offices) as EligibleOffice, auto: true };
  const chosen = offices.find((o) => o.id === choice);
  if (!chosen) throw new AppError("VALIDATION", { fieldErrors: { officeId: "licensing:errors.officeNotEligible" } });
  return { office: chosen, auto: false };
}
