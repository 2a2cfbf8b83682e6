import type { DbOrTx } from "@/lib/db";
import { addDays, splitPeriod, type Period as DayPeriod } from "@/lib/domain/insights/days";
import { Prisma } from "@/lib/generated/prisma/client";
import { riyadhDay, riyadhInstant } from "@/lib/kernel/riyadh-days";
import { STANDARD_SERVICE_LEVELS } from "@/lib/domain/offices/rules";
import { compositeScore, rankScorecards, type ScorecardFigures } from "@/lib/domain/offices/scorecard-score";

export * from "@/lib/domain/offices/scorecard-score";

/**
 * Office scorecards computed from the data, over the Riyadh days of a period (periodDays):
 *   applications   submitted in the period (never drafts)
 *   decided        of those, decided (rejected or approved for payment) or issued
 *   medianHours    median of submittedAt → decidedAt (or issuedAt) over the applications DECIDED in the period,
 *                  each time taken to the tenth of an hour below (the figure is shown to a tenth)
 *   slaBreaches    sum of LicenseApplication.slaBreaches over the period's applications
 *   returned       period's applications returned to the applicant at least once (returnCount > 0)
 *   spotChecks / spotCheckFindings   spot checks completed in the period / with a finding
 *   complaints     OfficeFeedback of kind COMPLAINT about the office, filed in the period
 *   ratings        citizens' ratings given in the period: count and average stars
 * and the composite score of scorecard-score.ts against the target of the office's active contract.
 */
export type Period = { from: Date; to: Date };

export type Scorecard = ScorecardFigures & {
  officeId: string;
  code: string;
  nameAr: string;
  nameEn: string;
  status: string;
  suspendedUntil: Date | null;
  targetMedianHours: number;
  score: number | null;
  rank: number | null;
};

type Row = Record<string, unknown>;
const num = (v: unknown): number => (v === null || v === undefined ? 0 : Number(v));
const numOrNull = (v: unknown): number | null => (v === null || v === undefined ? null : Number(v));

export async function computeScorecards(db: DbOrTx, officeIds: readonly string[], period: Period): Promise<Scorecard[]> {
  if (officeIds.length === 0) return [];
  const ids = [...officeIds];
  const days = periodDays(period);
  const figures = figureRows(ids, days);
  // Spot checks, complaints and ratings are counted by the instant, from the start of the period's first day.
  const from = riyadhInstant(days.from);
  const { to } = period;
  const [offices, apps, medians, checks, complaints, ratings] = await Promise.all([
    db.licensingOffice.findMany({
      where: { id: { in: ids } },
      select: { id: true, code: true, nameAr: true, nameEn: true, status: true, suspendedUntil: true, contracts: { where: { status: "ACTIVE" }, select: { maxMedianHours: true }, take: 1, orderBy: { startsAt: "desc" } } },
    }),
    // The applications' figures come from the tables triggers keep in the transaction of every change (decision
    // 044): a row per office and whole month of the period, and per office and day at its two ends. Two queries on
    // purpose: they run at once on two connections, and only the median's reads the histograms (one query with a
    // shared WITH took a year's scorecards from 101 to 224 ms p50 at 1.4 M applications).
    db.$queryRaw<Row[]>`
      WITH ${figures}
      SELECT "officeId",
             sum(submitted)::int AS applications,
             sum("submittedDecided")::int AS decided,
             sum("submittedBreaches")::int AS "slaBreaches",
             sum("submittedReturned")::int AS returned
        FROM f GROUP BY "officeId"`,
    // The median of the decisions' histograms merged over the period, the way percentile_cont(0.5) takes it: the
    // middle value, or the mean of the two middle ones. A bucket is a tenth of an hour, named by its lower edge.
    db.$queryRaw<Row[]>`
      WITH ${figures},
      h AS (
        SELECT f."officeId" AS o, x.key::int AS b, sum(x.value::int) AS n
          FROM f, jsonb_each_text(f."decidedHist") x WHERE f.decided <> 0
         GROUP BY 1, 2),
      c AS (SELECT o, b, sum(n) OVER (PARTITION BY o ORDER BY b) AS upto, sum(n) OVER (PARTITION BY o) AS total FROM h WHERE n <> 0)
      SELECT o AS "officeId",
             (min(b) FILTER (WHERE upto >= floor((total - 1) / 2) + 1) + min(b) FILTER (WHERE upto >= ceil((total - 1) / 2.0) + 1)) / 20.0 AS median
        FROM c GROUP BY o`,
    db.$queryRaw<Row[]>`
      SELECT "officeId", COUNT(*)::int AS checks, COUNT(*) FILTER (WHERE status = 'FINDING')::int AS findings
        FROM "SpotCheck"
       WHERE "officeId" = ANY(${ids}) AND status <> 'PENDING' AND "checkedAt" >= ${from} AND "checkedAt" < ${to}
       GROUP BY "officeId"`,
    db.$queryRaw<Row[]>`
      SELECT "officeId", COUNT(*)::int AS complaints
        FROM "OfficeFeedback"
       WHERE "officeId" = ANY(${ids}) AND kind = 'COMPLAINT' AND "createdAt" >= ${from} AND "createdAt" < ${to}
       GROUP BY "officeId"`,
    db.$queryRaw<Row[]>`
      SELECT "officeId", COUNT(*)::int AS n, AVG(rating)::float AS avg
        FROM "OfficeRating"
       WHERE "officeId" = ANY(${ids}) AND "createdAt" >= ${from} AND "createdAt" < ${to}
       GROUP BY "officeId"`,
  ]);
  const by = (rows: Row[]) => new Map(rows.map((r) => [String(r.officeId), r]));
  const A = by(apps), M = by(medians), C = by(checks), F = by(complaints), R = by(ratings);

  const rows = offices.map((o) => {
    const a = A.get(o.id), m = M.get(o.id), c = C.get(o.id), f = F.get(o.id), r = R.get(o.id);
    const median = numOrNull(m?.median);
    const avg = numOrNull(r?.avg);
    const figures: ScorecardFigures = {
      applications: num(a?.applications),
      decided: num(a?.decided),
      medianHours: median === null ? null : Math.round(median * 10) / 10,
      slaBreaches: num(a?.slaBreaches),
      returned: num(a?.returned),
      spotChecks: num(c?.checks),
      spotCheckFindings: num(c?.findings),
      complaints: num(f?.complaints),
      ratingCount: num(r?.n),
      ratingAverage: avg === null ? null : Math.round(avg * 100) / 100,
    };
    const targetMedianHours = o.contracts[0]?.maxMedianHours ?? STANDARD_SERVICE_LEVELS.maxMedianHours;
    return {
      ...figures,
      officeId: o.id,
      code: o.code,
      nameAr: o.nameAr,
      nameEn: o.nameEn,
      status: o.status,
      suspendedUntil: o.suspendedUntil,
      targetMedianHours,
      score: compositeScore(figures, targetMedianHours),
    };
  });
  return rankScorecards(rows);
}

/** The Riyadh days a period covers, [from, to): the day of `from` to the day after that of its last instant. */
export function periodDays(period: Period): DayPeriod {
  return { from: riyadhDay(period.from), to: addDays(riyadhDay(new Date(period.to.getTime() - 1)), 1) };
}

const NONE: DayPeriod = { from: "0001-01-01", to: "0001-01-01" };

/**
 * `f`, the figure rows of `ids` over `days`: "OfficeMonthFigures" for the whole months inside it and
 * "OfficeDayFigures" for the days before and after them (splitPeriod, as the insights roll-ups are read).
 */
function figureRows(ids: string[], days: DayPeriod): Prisma.Sql {
  const { months, days: ends } = splitPeriod(days);
  const m = months ?? NONE;
  const [a = NONE, b = NONE] = ends;
  const columns = Prisma.sql`"officeId", submitted, "submittedDecided", "submittedBreaches", "submittedReturned", decided, "decidedHist"`;
  return Prisma.sql`f AS (
        SELECT ${columns} FROM "OfficeMonthFigures"
         WHERE "officeId" = ANY(${ids}) AND month >= ${m.from}::date AND month < ${m.to}::date
        UNION ALL
        SELECT ${columns} FROM "OfficeDayFigures"
         WHERE "officeId" = ANY(${ids})
           AND ((day >= ${a.from}::date AND day < ${a.to}::date) OR (day >= ${b.from}::date AND day < ${b.to}::date)))`;
}

/** The default period of the pages: the last `days` Riyadh days, today included, up to now. */
export function lastDays(days: number, now: Date = new Date()): Period {
  return { from: riyadhInstant(addDays(riyadhDay(now), -(days - 1))), to: now };
}

/**
 * The public ranking of the offices serving one municipality (O-A's /offices page): ACTIVE and
 * SUSPENDED offices (a suspended office is listed, and says so), with their scorecards over 90 days.
 */
export async function municipalityRanking(db: DbOrTx, municipalityId: string, period: Period = lastDays(90)): Promise<Scorecard[]> {
  const offices = await db.licensingOffice.findMany({
    where: { status: { in: ["ACTIVE", "SUSPENDED"] }, coverage: { some: { municipalityId } } },
    select: { id: true },
  });
  return computeScorecards(db, offices.map((o) => o.id), period);
}
