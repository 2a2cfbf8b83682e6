import { Prisma } from "@/lib/generated/prisma/client";
import type { DbOrTx } from "@/lib/db";
import { bucketStart, type Period } from "@/lib/domain/insights/days";
import { histogramMedian, type Histogram } from "@/lib/domain/insights/median";
import type { Scope } from "@/lib/domain/insights/types";

/**
 * Reading the daily rows back (dashboards, reports, bench): sums, medians and trends of one metric over a period,
 * within a scope. Only "InsightDaily" is read here — never the operational tables.
 */
export type GroupCol = "dimA" | "dimB" | "municipalityId" | "departmentId";

export function scopeWhere(scope: Scope): Prisma.Sql {
  const parts = [
    scope.municipalityIds === null
      ? Prisma.sql`"amanahId" = ANY(${scope.amanahIds}::text[])`
      : Prisma.sql`"municipalityId" = ANY(${scope.municipalityIds}::text[])`,
  ];
  if (scope.departmentId) parts.push(Prisma.sql`"departmentId" = ${scope.departmentId}`);
  return Prisma.join(parts, " AND ");
}

const periodWhere = (p: Period) => Prisma.sql`day >= ${p.from}::date AND day < ${p.to}::date`;

export type SumRow = { key: string; count: number; amount: number };

/** Count and amount of a metric, grouped by one column (or all together: key ""). */
export async function sums(db: DbOrTx, scope: Scope, metric: string, period: Period, group?: GroupCol): Promise<SumRow[]> {
  const key = group ? Prisma.raw(`"${group}"`) : Prisma.sql`''`;
  const rows = await db.$queryRaw<{ key: string; count: bigint; amount: bigint }[]>`
    SELECT ${key} AS key, COALESCE(sum(count), 0)::bigint AS count, COALESCE(sum(amount), 0)::bigint AS amount
      FROM "InsightDaily" WHERE metric = ${metric} AND ${periodWhere(period)} AND ${scopeWhere(scope)}
     GROUP BY 1`;
  return rows.map((r) => ({ key: r.key, count: Number(r.count), amount: Number(r.amount) }));
}

/** The one total of a metric (count and amount). */
export async function total(db: DbOrTx, scope: Scope, metric: string, period: Period): Promise<{ count: number; amount: number }> {
  const rows = await sums(db, scope, metric, period);
  return { count: rows[0]?.count ?? 0, amount: rows[0]?.amount ?? 0 };
}

/** Medians (hours) of a metric's histograms, per group (key "" without a group). Merged in SQL, median in JS. */
export async function medians(db: DbOrTx, scope: Scope, metric: string, period: Period, group?: GroupCol): Promise<Map<string, number | null>> {
  const key = group ? Prisma.raw(`"${group}"`) : Prisma.sql`''`;
  const rows = await db.$queryRaw<{ key: string; h: string; n: bigint }[]>`
    SELECT ${key} AS key, e.key AS h, sum(e.value::int)::bigint AS n
      FROM "InsightDaily", jsonb_each_text(hist) e
     WHERE metric = ${metric} AND hist IS NOT NULL AND ${periodWhere(period)} AND ${scopeWhere(scope)}
     GROUP BY 1, 2`;
  const byKey = new Map<string, Histogram>();
  for (const r of rows) {
    const h = byKey.get(r.key) ?? {};
    h[r.h] = Number(r.n);
    byKey.set(r.key, h);
  }
  return new Map([...byKey].map(([k, h]) => [k, histogramMedian(h)]));
}

/** Count and amount per trend bucket (day, week from Sunday, or month). Buckets without rows are absent. */
export async function series(db: DbOrTx, scope: Scope, metric: string, period: Period, bucket: "day" | "week" | "month"): Promise<Map<string, { count: number; amount: number }>> {
  const rows = await db.$queryRaw<{ day: string; count: bigint; amount: bigint }[]>`
    SELECT to_char(day, 'YYYY-MM-DD') AS day, sum(count)::bigint AS count, sum(amount)::bigint AS amount
      FROM "InsightDaily" WHERE metric = ${metric} AND ${periodWhere(period)} AND ${scopeWhere(scope)}
     GROUP BY day`;
  const out = new Map<string, { count: number; amount: number }>();
  for (const r of rows) {
    const b = bucketStart(r.day, bucket);
    const cur = out.get(b) ?? { count: 0, amount: 0 };
    out.set(b, { count: cur.count + Number(r.count), amount: cur.amount + Number(r.amount) });
  }
  return out;
}
