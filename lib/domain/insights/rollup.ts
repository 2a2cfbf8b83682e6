import { Prisma } from "../../generated/prisma/client";
import { monthsOverlapping, nextMonth, type Period } from "./days";

/**
 * The roll-ups of "InsightDaily" (docs/decisions/026-insights-rollup.md), rebuilt from the daily rows in the
 * transaction that rewrote them (the aggregates job) or inserted them (the demo history seed). Both use GROUPING
 * SETS, "*" marking a column summed away (real values are ids, codes or "", never "*"):
 * - "InsightMonthly": per calendar month, by municipality and department, and by (dimA, dimB), (dimA, *),
 *   (*, dimB) and (*, *) — a figure grouped by one breakdown, or by none, reads only the rows of that grain;
 * `grain` names the set of each row, and every index of both tables starts with (metric, grain), so a read finds
 * exactly the rows of its grain.
 * - "InsightDayTotal": per day and Amanah, by (municipality, department), (municipality, *), (*, department) and
 *   (*, *), without the breakdowns — trends, and edge days of figures without a breakdown, read a few rows a day.
 * Histograms are merged per row (jsonb_each_text → sum → jsonb_object_agg), so medians read merged rows too.
 * Relative imports: the seed (prisma/seed/insights-history.ts) imports this file.
 */
type Raw = Pick<Prisma.TransactionClient, "$executeRaw">;

/** The value of a grouping-set column, or "*" where the set sums it away. Column names are code, never input. */
const star = (col: string) => Prisma.raw(`CASE WHEN GROUPING("${col}") = 1 THEN '*' ELSE "${col}" END`);
const RAW = {
  m: star("municipalityId"),
  dep: star("departmentId"),
  a: star("dimA"),
  b: star("dimB"),
  // GROUPING(x, y): bit 1 = x summed away, bit 0 = y summed away.
  dayGrain: Prisma.raw(`CASE GROUPING("municipalityId", "departmentId") WHEN 0 THEN 'MD' WHEN 1 THEN 'M' WHEN 2 THEN 'D' ELSE '' END`),
  monthGrain: Prisma.raw(`CASE GROUPING("dimA", "dimB") WHEN 0 THEN 'AB' WHEN 1 THEN 'A' WHEN 2 THEN 'B' ELSE '' END`),
};

export async function rollUp(tx: Raw, metricLike: string, period: Period): Promise<void> {
  await tx.$executeRaw`DELETE FROM "InsightDayTotal" WHERE metric LIKE ${metricLike} AND day >= ${period.from}::date AND day < ${period.to}::date`;
  await tx.$executeRaw`
    WITH d AS (SELECT * FROM "InsightDaily" WHERE metric LIKE ${metricLike} AND day >= ${period.from}::date AND day < ${period.to}::date),
    s AS (
      SELECT metric, day, "amanahId", ${RAW.m} AS m, ${RAW.dep} AS dep, ${RAW.dayGrain} AS grain, sum(count)::int AS count, sum(amount)::bigint AS amount
        FROM d GROUP BY metric, day, "amanahId", GROUPING SETS (("municipalityId", "departmentId"), ("municipalityId"), ("departmentId"), ())),
    e AS (
      SELECT metric, day, "amanahId", ${RAW.m} AS m, ${RAW.dep} AS dep, x.key AS h, sum(x.value::int) AS n
        FROM d, jsonb_each_text(d.hist) x WHERE d.hist IS NOT NULL AND jsonb_typeof(d.hist) = 'object'
       GROUP BY metric, day, "amanahId", x.key, GROUPING SETS (("municipalityId", "departmentId"), ("municipalityId"), ("departmentId"), ())),
    h AS (SELECT metric, day, "amanahId", m, dep, jsonb_object_agg(h, n) AS hist FROM e GROUP BY metric, day, "amanahId", m, dep)
    INSERT INTO "InsightDayTotal" (metric, day, "amanahId", "municipalityId", "departmentId", grain, count, amount, hist)
    SELECT s.metric, s.day, s."amanahId", s.m, s.dep, s.grain, s.count, s.amount, h.hist FROM s LEFT JOIN h USING (metric, day, "amanahId", m, dep)`;

  const months = monthsOverlapping(period);
  if (!months.length) return;
  const from = months[0]!;
  const to = nextMonth(months[months.length - 1]!);
  await tx.$executeRaw`DELETE FROM "InsightMonthly" WHERE metric LIKE ${metricLike} AND month >= ${from}::date AND month < ${to}::date`;
  await tx.$executeRaw`
    WITH d AS (
      SELECT metric, date_trunc('month', day)::date AS month, "amanahId", "municipalityId", "departmentId", "dimA", "dimB", count, amount, hist
        FROM "InsightDaily" WHERE metric LIKE ${metricLike} AND day >= ${from}::date AND day < ${to}::date),
    s AS (
      SELECT metric, month, min("amanahId") AS "amanahId", "municipalityId", "departmentId", ${RAW.a} AS a, ${RAW.b} AS b, ${RAW.monthGrain} AS grain, sum(count)::int AS count, sum(amount)::bigint AS amount
        FROM d GROUP BY metric, month, "municipalityId", "departmentId", GROUPING SETS (("dimA", "dimB"), ("dimA"), ("dimB"), ())),
    e AS (
      SELECT metric, month, "municipalityId", "departmentId", ${RAW.a} AS a, ${RAW.b} AS b, x.key AS h, sum(x.value::int) AS n
        FROM d, jsonb_each_text(d.hist) x WHERE d.hist IS NOT NULL AND jsonb_typeof(d.hist) = 'object'
       GROUP BY metric, month, "municipalityId", "departmentId", x.key, GROUPING SETS (("dimA", "dimB"), ("dimA"), ("dimB"), ())),
    h AS (SELECT metric, month, "municipalityId", "departmentId", a, b, jsonb_object_agg(h, n) AS hist FROM e GROUP BY metric, month, "municipalityId", "departmentId", a, b)
    INSERT INTO "InsightMonthly" (metric, month, "amanahId", "municipalityId", "departmentId", "dimA", "dimB", grain, count, amount, hist)
    SELECT s.metric, s.month, s."amanahId", s."municipalityId", s."departmentId", s.a, s.b, s.grain, s.count, s.amount, h.hist
      FROM s LEFT JOIN h USING (metric, month, "municipalityId", "departmentId", a, b)`;
}
