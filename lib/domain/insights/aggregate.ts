import type { DbOrTx } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { riyadhDay } from "@/lib/kernel/riyadh-days";
import { addDays, chunk, toRanges, type Period } from "@/lib/domain/insights/days";
import { INDICATORS } from "@/lib/domain/insights/indicators";
import { rollUp } from "@/lib/domain/insights/rollup";
import type { Indicator } from "@/lib/domain/insights/types";

export { rollUp };

type Db = DbOrTx & { $transaction: <T>(fn: (tx: Prisma.TransactionClient) => Promise<T>, opts?: { timeout?: number; maxWait?: number }) => Promise<T> };

/** Days recomputed on every run whatever happened (today and the two before): cheap, and catches clock skew. */
export const RECENT_DAYS = 3;
/**
 * How far before the last run's start the next run looks for new records: a transaction that began before the
 * run started may commit after it with earlier timestamps (docs/decisions/023-daily-aggregates.md).
 */
export const WATERMARK_OVERLAP_MS = 10 * 60_000;
const BACKFILL_CHUNK_DAYS = 31;

/**
 * Replaces one indicator's daily rows for the days of `period` with freshly computed ones, in one transaction
 * (readers see the old rows or the new ones, never a mix). An advisory lock per indicator keeps two workers
 * from interleaving; running the same range twice gives the same rows. The rows go from the operational tables
 * to "InsightDaily" by INSERT … SELECT, never through Node (a backfill of a national data set writes millions).
 * A row of the Amanah's own premises (an appointment branch without a municipality) names its Amanah itself;
 * a municipality the database does not know leaves "amanahId" NULL, which the table refuses. Every metric an
 * indicator's queries name starts with its key (indicators/index.test.ts), so the DELETE by key covers them.
 */
export async function recompute(db: Db, indicator: Indicator, period: Period): Promise<number> {
  return db.$transaction(
    async (tx) => {
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`insights:${indicator.key}`}))`;
      await tx.$executeRaw`DELETE FROM "InsightDaily" WHERE metric LIKE ${`${indicator.key}.%`} AND day >= ${period.from}::date AND day < ${period.to}::date`;
      let inserted = 0;
      for (const query of indicator.daily(period)) inserted += await insertDaily(tx, query);
      await rollUp(tx, `${indicator.key}.%`, period);
      return inserted;
    },
    { timeout: 120_000, maxWait: 30_000 },
  );
}

/**
 * Inserts one measure's daily rows (a query of `indicator.daily`). `recompute` runs all of an indicator's measures
 * in its transaction; a bulk rebuild of an empty table (scripts/seed-scale.ts) spreads them over two connections.
 */
export function insertDaily(tx: Pick<Prisma.TransactionClient, "$executeRaw">, query: Prisma.Sql): Promise<number> {
  return tx.$executeRaw`
    INSERT INTO "InsightDaily" (metric, day, "amanahId", "municipalityId", "departmentId", "dimA", "dimB", count, amount, hist)
    SELECT q.metric, q.day::date, COALESCE(q.am, mu."amanahId"), q.m, COALESCE(q.d, ''), COALESCE(q.a, ''), COALESCE(q.b, ''), q.count, q.amount, q.hist
      FROM (${query}) q LEFT JOIN "Municipality" mu ON mu.id = q.m`;
}

/**
 * A backfill recomputes from the indicator's first record: daily rows before it (a demo history, rows kept from
 * before a migration) are not recomputed, but their roll-ups are rebuilt as they stand, so a migration that adds a
 * grain needs only forget the watermarks (docs/decisions/026-insights-rollup.md, "After the grains").
 */
async function rollUpOlder(db: Db, indicator: Indicator, before: string): Promise<void> {
  const rows = await db.$queryRaw<{ day: string | null }[]>`
    SELECT to_char(min(day), 'YYYY-MM-DD') AS day FROM "InsightDaily" WHERE metric LIKE ${`${indicator.key}.%`} AND day < ${before}::date`;
  const oldest = rows[0]?.day;
  if (!oldest) return;
  await db.$transaction(
    async (tx) => {
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`insights:${indicator.key}`}))`;
      await rollUp(tx, `${indicator.key}.%`, { from: oldest, to: before });
    },
    { timeout: 600_000, maxWait: 30_000 },
  );
}

/**
 * One run of the aggregates job. Per indicator: with no watermark yet, backfill from its first day; otherwise
 * recompute the recent days plus every older day that records written since the last run touched (a payment
 * for an old bill, a late objection, a reopened complaint). Returns the days recomputed per indicator.
 */
export async function refreshAggregates(db: Db, now: Date, indicators: readonly Indicator[] = INDICATORS): Promise<Record<string, number>> {
  const today = riyadhDay(now);
  const end = addDays(today, 1);
  const out: Record<string, number> = {};
  for (const indicator of indicators) {
    const startedAt = new Date();
    const mark = await db.insightWatermark.findUnique({ where: { indicator: indicator.key } });
    let ranges: Period[];
    if (!mark) {
      const first = await indicator.firstDay(db);
      ranges = first && first < end ? chunk({ from: first, to: end }, BACKFILL_CHUNK_DAYS) : [];
      await rollUpOlder(db, indicator, first && first < end ? first : end);
    } else {
      const since = new Date(mark.lastRunAt.getTime() - WATERMARK_OVERLAP_MS);
      const touched = (await indicator.touchedDays(db, since)).filter((d) => d < end);
      const recent = Array.from({ length: RECENT_DAYS }, (_, i) => addDays(today, -i));
      ranges = toRanges([...recent, ...touched]);
    }
    let days = 0;
    for (const range of ranges) {
      await recompute(db, indicator, range);
      days += Math.round((Date.parse(range.to) - Date.parse(range.from)) / 86_400_000);
    }
    await db.insightWatermark.upsert({ where: { indicator: indicator.key }, create: { indicator: indicator.key, lastRunAt: startedAt }, update: { lastRunAt: startedAt } });
    out[indicator.key] = days;
  }
  return out;
}
