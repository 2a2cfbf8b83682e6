import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { rolesAllow } from "@/lib/auth/roles";
import { visibleMunicipalityIds } from "@/lib/auth/scope";
import { db as defaultDb, type DbOrTx } from "@/lib/db";
import { OPEN_STATES, type ApplicationState } from "@/lib/domain/licensing/workflow";
import { riyadhDay } from "@/lib/kernel/riyadh-days";
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
 * SLA breaches, and the same per office. Optional [from, to) bounds the issuance day (Riyadh days) of the median.
 *
 * Read from "LicensingDayFigures" and "LicensingStatusCounts", which triggers keep in the transaction of every
 * change to an application (decision 044): exact and never late, and a few rows per office and day instead of
 * every application of the municipalities. The median merges the days' histograms the way percentile_cont(0.5)
 * takes it (the middle value, or the mean of the two middle ones), each time at its bucket's lower edge: a minute
 * under two hours, a tenth of an hour under two days, an hour beyond — finer than the page shows it.
 */
export async function licensingKpi(actor: Actor, opts: { from?: Date; to?: Date } = {}, db: DbOrTx = defaultDb): Promise<LicensingKpi> {
  if (!rolesAllow(actor.roles, "licensing.kpi")) throw new AppError("FORBIDDEN");
  const ids = await visibleMunicipalityIds(db, actor);
  const fromDay = opts.from ? riyadhDay(opts.from) : "0001-01-01";
  const toDay = opts.to ? riyadhDay(new Date(opts.to.getTime() - 1)) : "9999-12-31";

  const [medianRows, statusRows] = await Promise.all([
    // Per office (overall = 0) and over all of them (overall = 1, o NULL): issued and the median, in seconds.
    db.$queryRaw<{ o: string | null; overall: number; issued: bigint; median: number | null }[]>`
      WITH x AS (
        SELECT f."officeId" AS o, e.key::int AS b, e.value::int AS n
          FROM "LicensingDayFigures" f, jsonb_each_text(f."issuedHist") e
         WHERE f."municipalityId" = ANY(${ids}::text[]) AND f.day >= ${fromDay}::date AND f.day <= ${toDay}::date AND f.issued > 0),
      h AS (SELECT o, GROUPING(o) AS overall, b, sum(n) AS n FROM x GROUP BY GROUPING SETS ((o, b), (b))),
      c AS (SELECT o, overall, b, sum(n) OVER (PARTITION BY overall, o ORDER BY b) AS upto, sum(n) OVER (PARTITION BY overall, o) AS total FROM h)
      SELECT o, overall, max(total)::bigint AS issued,
             ((min(b) FILTER (WHERE upto >= floor((total - 1) / 2) + 1) + min(b) FILTER (WHERE upto >= ceil((total - 1) / 2.0) + 1)) / 2.0)::float8 AS median
        FROM c GROUP BY overall, o`,
    db.$queryRaw<{ o: string; status: ApplicationState; applications: number; breached: number; breaches: number; nameAr: string | null; nameEn: string | null }[]>`
      SELECT c."officeId" AS o, c.status::text AS status, sum(c.applications)::int AS applications, sum(c.breached)::int AS breached, sum(c.breaches)::int AS breaches,
             lo."nameAr", lo."nameEn"
        FROM "LicensingStatusCounts" c LEFT JOIN "LicensingOffice" lo ON lo.id = c."officeId"
       WHERE c."municipalityId" = ANY(${ids}::text[]) AND c.status <> 'DRAFT' AND c.applications <> 0
       GROUP BY c."officeId", c.status, lo."nameAr", lo."nameEn"`,
  ]);
  const byStatus: Partial<Record<ApplicationState, number>> = {};
  let breachedApplications = 0;
  let breaches = 0;
  const offices = new Map<string, { officeId: string; nameAr: string; nameEn: string; breaches: number }>();
  for (const r of statusRows) {
    byStatus[r.status] = (byStatus[r.status] ?? 0) + r.applications;
    breachedApplications += r.breached;
    breaches += r.breaches;
    if (!r.o || r.nameAr === null) continue; // no office (or one no longer there): counted above, listed under none
    const o = offices.get(r.o) ?? { officeId: r.o, nameAr: r.nameAr, nameEn: r.nameEn ?? r.nameAr, breaches: 0 };
    o.breaches += r.breaches;
    offices.set(r.o, o);
  }
  const overall = medianRows.find((r) => Number(r.overall) === 1);
  const perOffice = new Map(medianRows.filter((r) => Number(r.overall) === 0 && r.o).map((r) => [r.o!, r]));
  return {
    medianSeconds: overall?.median ?? null,
    issued: Number(overall?.issued ?? 0),
    open: OPEN_STATES.reduce((n, s) => n + (byStatus[s] ?? 0), 0),
    byStatus,
    breachedApplications,
    breaches,
    byOffice: [...offices.values()]
      .sort((a, b) => a.nameAr.localeCompare(b.nameAr, "ar"))
      .map((o) => ({ ...o, issued: Number(perOffice.get(o.officeId)?.issued ?? 0), medianSeconds: perOffice.get(o.officeId)?.median ?? null })),
  };
}

/** Seconds → the largest sensible unit for a person: minutes under 2 hours, hours under 2 days, else days. */
export function durationParts(seconds: number): { unit: "minutes" | "hours" | "days"; count: number } {
  if (seconds < 2 * 3600) return { unit: "minutes", count: Math.round(seconds / 60) };
  if (seconds < 2 * 86_400) return { unit: "hours", count: Math.round(seconds / 3600) };
  return { unit: "days", count: Math.round(seconds / 86_400) };
}
