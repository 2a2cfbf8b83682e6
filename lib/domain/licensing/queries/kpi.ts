import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { rolesAllow } from "@/lib/auth/roles";
import { visibleMunicipalityIds } from "@/lib/auth/scope";
import { db as defaultDb, type DbOrTx } from "@/lib/db";
import { OPEN_STATES, type ApplicationState } from "@/lib/domain/licensing/workflow";
import { AppError } from "@/lib/errors";

export type LicensingKpi = {
  /** Median seconds from submission to issuance (percentile_cont(0.5)), null when nothing was issued. */
  medianSeconds: number | null;
  issued: number;
  open: number;
  byStatus: Partial<Record<ApplicationState, number>>;
  /** Applications that breached an SLA at least once, and all breaches together. */
  breachedApplications: number;
  breaches: number;
  byOffice: { officeId: string; nameAr: string; nameEn: string; issued: number; medianSeconds: number | null; breaches: number }[];
};

/**
 * The licensing indicators for a staff actor's municipalities: the median time from submission to
 * issuance (what the articles call "five months on paper, one day electronically"), counts by status,
 * SLA breaches, and the same per office. Optional [from, to) bounds the issuance date of the median.
 */
export async function licensingKpi(actor: Actor, opts: { from?: Date; to?: Date } = {}, db: DbOrTx = defaultDb): Promise<LicensingKpi> {
  if (!rolesAllow(actor.roles, "licensing.kpi")) throw new AppError("FORBIDDEN");
  const ids = await visibleMunicipalityIds(db, actor);
  const from = opts.from ?? new Date(0);
  const to = opts.to ?? new Date(8_640_000_000_000_000);

  const [medianRows, byOfficeRows, groups, breachRows] = await Promise.all([
    db.$queryRaw<{ median: number | null; issued: bigint }[]>`
      SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY EXTRACT(EPOCH FROM ("issuedAt" - "submittedAt")))::float8 AS median, count(*) AS issued
        FROM "LicenseApplication"
       WHERE "municipalityId" = ANY(${ids}::text[]) AND "issuedAt" IS NOT NULL AND "submittedAt" IS NOT NULL
         AND "issuedAt" >= ${from} AND "issuedAt" < ${to}`,
    db.$queryRaw<{ officeId: string; nameAr: string; nameEn: string; issued: bigint; median: number | null; breaches: bigint }[]>`
      SELECT o.id AS "officeId", o."nameAr", o."nameEn",
             count(*) FILTER (WHERE a."issuedAt" IS NOT NULL AND a."issuedAt" >= ${from} AND a."issuedAt" < ${to}) AS issued,
             (percentile_cont(0.5) WITHIN GROUP (ORDER BY EXTRACT(EPOCH FROM (a."issuedAt" - a."submittedAt")))
               FILTER (WHERE a."issuedAt" IS NOT NULL AND a."submittedAt" IS NOT NULL AND a."issuedAt" >= ${from} AND a."issuedAt" < ${to}))::float8 AS median,
             COALESCE(sum(a."slaBreaches"), 0) AS breaches
        FROM "LicenseApplication" a JOIN "LicensingOffice" o ON o.id = a."officeId"
       WHERE a."municipalityId" = ANY(${ids}::text[]) AND a.status <> 'DRAFT'
       GROUP BY o.id, o."nameAr", o."nameEn"
       ORDER BY o."nameAr"`,
    db.licenseApplication.groupBy({ by: ["status"], where: { municipalityId: { in: ids }, status: { not: "DRAFT" } }, _count: { _all: true } }),
    db.$queryRaw<{ applications: bigint; breaches: bigint }[]>`
      SELECT count(*) FILTER (WHERE "slaBreaches" > 0) AS applications, COALESCE(sum("slaBreaches"), 0) AS breaches
        FROM "LicenseApplication" WHERE "municipalityId" = ANY(${ids}::text[]) AND status <> 'DRAFT'`,
  ]);
  const byStatus = Object.fromEntries(groups.map((g) => [g.status, g._count._all])) as Partial<Record<ApplicationState, number>>;
  return {
    medianSeconds: medianRows[0]?.median ?? null,
    issued: Number(medianRows[0]?.issued ?? 0),
    open: OPEN_STATES.reduce((n, s) => n + (byStatus[s] ?? 0), 0),
    byStatus,
    breachedApplications: Number(breachRows[0]?.applications ?? 0),
    breaches: Number(breachRows[0]?.breaches ?? 0),
    byOffice: byOfficeRows.map((r) => ({ officeId: r.officeId, nameAr: r.nameAr, nameEn: r.nameEn, issued: Number(r.issued), medianSeconds: r.median, breaches: Number(r.breaches) })),
  };
}

/** Seconds → the largest sensible unit for a person: minutes under 2 hours, hours under 2 days, else days. */
export function durationParts(seconds: number): { unit: "minutes" | "hours" | "days"; count: number } {
  if (seconds < 2 * 3600) return { unit: "minutes", count: Math.round(seconds / 60) };
  if (seconds < 2 * 86_400) return { unit: "hours", count: Math.round(seconds / 3600) };
  return { unit: "days", count: Math.round(seconds / 86_400) };
}
