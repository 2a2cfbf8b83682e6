import { Prisma } from "../../generated/prisma/client";
import { monthsOverlapping, nextMonth, type Period } from "./days";

/**
 * The roll-ups of "InsightDaily" (docs/decisions/026-insights-rollup.md, and its "After the grains"), rebuilt from
 * the daily rows in the transaction that rewrote them (the aggregates job) or inserted them (the demo history seed).
 * Both use GROUPING SETS, "*" marking a column summed away (real values are ids, codes or "", never "*"), and
 * `grain` naming the columns a row keeps among "MDAB" (municipality, department, dimA, dimB), in that order:
 * - "InsightMonthly": per calendar month and Amanah, every combination (CUBE) of the four columns, "MDAB" … "":
 *   a figure of the whole Amanah grouped by one breakdown reads one row per month and value ("A" or "B"), a
 *   municipality's ("MA", "MB") one per municipality too. Histograms only at the grains without both breakdowns
 *   (a median is never read by category and district at once: `medians` in read.ts): the four grains with both
 *   held most of the histogram entries, and their rows keep `hist` NULL;
 * - "InsightDayTotal": per day and Amanah, without the breakdowns ("MD", "M", "D", "") — trends, and edge days of
 *   figures without a breakdown — and Amanah-wide with one breakdown ("A", "B"): edge days of the Amanah's
 *   breakdowns, a row per value instead of one per municipality, department and other breakdown. The other day
 *   grains read the daily rows: a municipality's or a department's are a small part of them.
 * Every index of both tables starts with (metric, grain), so a read finds exactly the rows of its grain.
 * Histograms are merged per row (jsonb_each_text → sum → jsonb_object_agg), so medians read merged rows too.
 * Relative imports: the seed (prisma/seed/insights-history.ts) imports this file.
 */
type Raw = Pick<Prisma.TransactionClient, "$executeRaw">;

/** The grain of a grouping-set row: the letters of the columns it keeps. Column names are code, never input. */
const grainOf = (m: string, d: string, a: string, b: string) =>
  Prisma.raw(
    `(CASE WHEN GROUPING(${m}) = 0 THEN 'M' ELSE '' END || CASE WHEN GROUPING(${d}) = 0 THEN 'D' ELSE '' END` +
      ` || CASE WHEN GROUPING(${a}) = 0 THEN 'A' ELSE '' END || CASE WHEN GROUPING(${b}) = 0 THEN 'B' ELSE '' END)`,
  );
/** The value of a grouping-set column, or "*" where the set sums it away. */
const star = (col: string) => Prisma.raw(`CASE WHEN GROUPING(${col}) = 1 THEN '*' ELSE ${col} END`);

/**
 * The day grains kept in "InsightDayTotal" (see above), in two steps: (municipality, department), (dimA) and (dimB)
 * from the daily rows, then (municipality), (department) and () from the first step's (municipality, department)
 * rows, a few per day instead of every daily row.
 */
const DAY = { m: star("m"), dep: star("dep"), a: star("a"), b: star("b"), grain: grainOf("m", "dep", "a", "b") };

export async function rollUp(tx: Raw, metricLike: string, period: Period): Promise<void> {
  await rollUpDays(tx, metricLike, period);
  await rollUpMonths(tx, metricLike, period);
}

/**
 * The two halves of `rollUp`, each reading only "InsightDaily": a bulk rebuild (scripts/seed-scale.ts) runs them
 * on two connections at once. The aggregates job runs both in its one transaction.
 */
export async function rollUpDays(tx: Raw, metricLike: string, period: Period): Promise<void> {
  await tx.$executeRaw`DELETE FROM "InsightDayTotal" WHERE metric LIKE ${metricLike} AND day >= ${period.from}::date AND day < ${period.to}::date`;
  await tx.$executeRaw`
    WITH d AS (
      SELECT metric, day, "amanahId", "municipalityId" AS m, "departmentId" AS dep, "dimA" AS a, "dimB" AS b, count, amount, hist
        FROM "InsightDaily" WHERE metric LIKE ${metricLike} AND day >= ${period.from}::date AND day < ${period.to}::date),
    s1 AS (
      SELECT metric, day, "amanahId", ${DAY.m} AS m, ${DAY.dep} AS dep, ${DAY.a} AS a, ${DAY.b} AS b, ${DAY.grain} AS grain,
             sum(count)::bigint AS count, sum(amount)::bigint AS amount
        FROM d GROUP BY metric, day, "amanahId", GROUPING SETS ((m, dep), (a), (b))),
    s2 AS (
      SELECT metric, day, "amanahId", ${DAY.m} AS m, ${DAY.dep} AS dep, '*' AS a, '*' AS b, ${Prisma.raw(`CASE WHEN GROUPING(m) = 0 THEN 'M' WHEN GROUPING(dep) = 0 THEN 'D' ELSE '' END`)} AS grain,
             sum(count)::bigint AS count, sum(amount)::bigint AS amount
        FROM s1 WHERE grain = 'MD' GROUP BY metric, day, "amanahId", GROUPING SETS ((m), (dep), ())),
    s AS (SELECT * FROM s1 UNION ALL SELECT * FROM s2),
    e1 AS (
      SELECT metric, day, "amanahId", ${DAY.m} AS m, ${DAY.dep} AS dep, ${DAY.a} AS a, ${DAY.b} AS b, x.key AS h, sum(x.value::int)::bigint AS n
        FROM d, jsonb_each_text(d.hist) x WHERE d.hist IS NOT NULL AND jsonb_typeof(d.hist) = 'object'
       GROUP BY metric, day, "amanahId", x.key, GROUPING SETS ((m, dep), (a), (b))),
    e2 AS (
      SELECT metric, day, "amanahId", ${DAY.m} AS m, ${DAY.dep} AS dep, '*' AS a, '*' AS b, h, sum(n)::bigint AS n
        FROM e1 WHERE a = '*' AND b = '*' GROUP BY metric, day, "amanahId", h, GROUPING SETS ((m), (dep), ())),
    e AS (SELECT * FROM e1 UNION ALL SELECT * FROM e2),
    h AS (SELECT metric, day, "amanahId", m, dep, a, b, jsonb_object_agg(h, n) AS hist FROM e GROUP BY metric, day, "amanahId", m, dep, a, b)
    INSERT INTO "InsightDayTotal" (metric, day, "amanahId", "municipalityId", "departmentId", "dimA", "dimB", grain, count, amount, hist)
    SELECT s.metric, s.day, s."amanahId", s.m, s.dep, s.a, s.b, s.grain, s.count, s.amount, h.hist
      FROM s LEFT JOIN h USING (metric, day, "amanahId", m, dep, a, b)
     ORDER BY s.metric, s.grain, s."amanahId", s.day`;
}

export async function rollUpMonths(tx: Raw, metricLike: string, period: Period): Promise<void> {
  const months = monthsOverlapping(period);
  if (!months.length) return;
  const from = months[0]!;
  const to = nextMonth(months[months.length - 1]!);
  // The months' rows at full grain first (a month's days summed: ~30× fewer rows), then every grain from those;
  // histograms from the months' entries by one breakdown (ea, eb), never both (see the top of this file).
  const MONTH = { m: star("m"), dep: star("dep"), a: star("a"), b: star("b"), grain: grainOf("m", "dep", "a", "b") };
  await tx.$executeRaw`DELETE FROM "InsightMonthly" WHERE metric LIKE ${metricLike} AND month >= ${from}::date AND month < ${to}::date`;
  await tx.$executeRaw`
    WITH d AS (
      SELECT metric, date_trunc('month', day)::date AS month, "amanahId", "municipalityId" AS m, "departmentId" AS dep, "dimA" AS a, "dimB" AS b, count, amount, hist
        FROM "InsightDaily" WHERE metric LIKE ${metricLike} AND day >= ${from}::date AND day < ${to}::date),
    s0 AS (SELECT metric, month, "amanahId", m, dep, a, b, sum(count) AS count, sum(amount) AS amount FROM d GROUP BY 1, 2, 3, 4, 5, 6, 7),
    s AS (
      SELECT metric, month, "amanahId", ${MONTH.m} AS m, ${MONTH.dep} AS dep, ${MONTH.a} AS a, ${MONTH.b} AS b, ${MONTH.grain} AS grain,
             sum(count)::int AS count, sum(amount)::bigint AS amount
        FROM s0 GROUP BY metric, month, "amanahId", CUBE (m, dep, a, b)),
    e0 AS (
      SELECT metric, month, "amanahId", m, dep, a, b, x.key AS h, sum(x.value::int) AS n
        FROM d, jsonb_each_text(d.hist) x WHERE d.hist IS NOT NULL AND jsonb_typeof(d.hist) = 'object'
       GROUP BY 1, 2, 3, 4, 5, 6, 7, 8),
    ea AS (SELECT metric, month, "amanahId", m, dep, a, h, sum(n) AS n FROM e0 GROUP BY 1, 2, 3, 4, 5, 6, 7),
    eb AS (SELECT metric, month, "amanahId", m, dep, b, h, sum(n) AS n FROM e0 GROUP BY 1, 2, 3, 4, 5, 6, 7),
    e AS (
      SELECT metric, month, "amanahId", ${MONTH.m} AS m, ${MONTH.dep} AS dep, ${MONTH.a} AS a, '*' AS b, h, sum(n)::bigint AS n
        FROM ea GROUP BY metric, month, "amanahId", h, CUBE (m, dep, a)
      UNION ALL
      SELECT metric, month, "amanahId", ${MONTH.m} AS m, ${MONTH.dep} AS dep, '*' AS a, b, h, sum(n)::bigint AS n
        FROM eb GROUP BY metric, month, "amanahId", h, b, CUBE (m, dep)),
    hh AS (SELECT metric, month, "amanahId", m, dep, a, b, jsonb_object_agg(h, n) AS hist FROM e GROUP BY metric, month, "amanahId", m, dep, a, b)
    INSERT INTO "InsightMonthly" (metric, month, "amanahId", "municipalityId", "departmentId", "dimA", "dimB", grain, count, amount, hist)
    SELECT s.metric, s.month, s."amanahId", s.m, s.dep, s.a, s.b, s.grain, s.count, s.amount, hh.hist
      FROM s LEFT JOIN hh USING (metric, month, "amanahId", m, dep, a, b)
     ORDER BY s.metric, s.grain, s."amanahId", s.month`;
}
