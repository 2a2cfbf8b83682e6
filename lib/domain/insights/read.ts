import { Prisma } from "@/lib/generated/prisma/client";
import type { DbOrTx } from "@/lib/db";
import { bucketStart, splitPeriod, type Period } from "@/lib/domain/insights/days";
import { histogramMedian, type Histogram } from "@/lib/domain/insights/median";
import type { Scope } from "@/lib/domain/insights/types";

/**
 * Reading the aggregates back (dashboards, reports, bench): sums, medians and trends of one metric over a period,
 * within a scope. Only the aggregate tables are read here — never the operational tables:
 * - sums and medians read the whole calendar months of the period from "InsightMonthly" (at the grain of their
 *   grouping) and its edge days from "InsightDayTotal" (no breakdown) or "InsightDaily" (docs/decisions/026-insights-rollup.md);
 * - trends read "InsightDayTotal" (a few rows a day: lib/domain/insights/rollup.ts).
 * Calls made in the same turn of the event loop for the same scope, period and grouping are answered by ONE query
 * over all their metrics (`metric = ANY(…) … GROUP BY metric`): a dashboard makes a dozen round trips, not ~70.
 */
/** A column to group by; "dimAB" groups by both breakdowns at once (key "<dimA>|<dimB>"). */
export type GroupCol = "dimA" | "dimB" | "municipalityId" | "departmentId" | "dimAB";

export function scopeWhere(scope: Scope): Prisma.Sql {
  const parts = [
    scope.municipalityIds === null
      ? Prisma.sql`"amanahId" = ANY(${scope.amanahIds}::text[])`
      : Prisma.sql`"municipalityId" = ANY(${scope.municipalityIds}::text[])`,
  ];
  if (scope.departmentId) parts.push(Prisma.sql`"departmentId" = ${scope.departmentId}`);
  return Prisma.join(parts, " AND ");
}

/**
 * The scope on "InsightDayTotal", whose rows are per Amanah by (municipality, department) with "*" for "all": an
 * Amanah-wide scope reads the "*" municipality rows (or one row per municipality when grouping by it), a scope
 * without a department the "*" department rows — found by their `grain` ("MD", "M", "D", "").
 */
export function totalScopeWhere(scope: Scope, group?: GroupCol): Prisma.Sql {
  const everyMunicipality = scope.municipalityIds === null && group !== "municipalityId";
  const everyDepartment = !scope.departmentId && group !== "departmentId";
  const grain = `${everyMunicipality ? "" : "M"}${everyDepartment ? "" : "D"}`;
  const parts = [
    Prisma.sql`grain = ${grain}`,
    scope.municipalityIds === null ? Prisma.sql`"amanahId" = ANY(${scope.amanahIds}::text[])` : Prisma.sql`"municipalityId" = ANY(${scope.municipalityIds}::text[])`,
  ];
  if (scope.departmentId) parts.push(Prisma.sql`"departmentId" = ${scope.departmentId}`);
  return Prisma.join(parts, " AND ");
}

/** The grain of the monthly rows a grouping reads: (dimA, dimB), (dimA, *), (*, dimB) or (*, *). */
function monthlyGrain(group?: GroupCol): Prisma.Sql {
  const grain = group === "dimAB" ? "AB" : group === "dimA" ? "A" : group === "dimB" ? "B" : "";
  return Prisma.sql`grain = ${grain}`;
}

/** Groupings that need no breakdown: their edge days read the day totals instead of the daily rows. */
const withoutBreakdown = (group?: GroupCol) => group === undefined || group === "municipalityId" || group === "departmentId";

/**
 * The rows of `metrics` in the period and scope, as one UNION ALL: whole months from the monthly roll-up (at the
 * grain of the grouping), edge days from the day totals (no breakdown) or the daily rows. `cols` are the columns
 * every branch selects (code, never input).
 */
function rowsOf(metrics: string[], period: Period, scope: Scope, cols: Prisma.Sql, group?: GroupCol): Prisma.Sql {
  const { months, days } = splitPeriod(period);
  const parts: Prisma.Sql[] = [];
  if (months) {
    parts.push(Prisma.sql`SELECT ${cols} FROM "InsightMonthly" WHERE metric = ANY(${metrics}::text[]) AND month >= ${months.from}::date AND month < ${months.to}::date AND ${monthlyGrain(group)} AND ${scopeWhere(scope)}`);
  }
  for (const d of days) {
    parts.push(
      withoutBreakdown(group)
        ? Prisma.sql`SELECT ${cols} FROM "InsightDayTotal" WHERE metric = ANY(${metrics}::text[]) AND day >= ${d.from}::date AND day < ${d.to}::date AND ${totalScopeWhere(scope, group)}`
        : Prisma.sql`SELECT ${cols} FROM "InsightDaily" WHERE metric = ANY(${metrics}::text[]) AND day >= ${d.from}::date AND day < ${d.to}::date AND ${scopeWhere(scope)}`,
    );
  }
  return parts.length ? Prisma.join(parts, " UNION ALL ") : Prisma.sql`SELECT ${cols} FROM "InsightDaily" WHERE false`;
}

// ───────────── batching: one query per (kind, scope, period, group) and turn of the event loop ─────────────

type Batch<T> = { metrics: Set<string>; waiters: { metric: string; resolve: (v: T) => void; reject: (e: unknown) => void }[] };
const pending = new WeakMap<object, Map<string, Batch<unknown>>>();

function batched<T>(db: DbOrTx, batchKey: string, metric: string, run: (metrics: string[]) => Promise<Map<string, T>>, empty: () => T): Promise<T> {
  let byKey = pending.get(db);
  if (!byKey) {
    byKey = new Map();
    pending.set(db, byKey);
  }
  let batch = byKey.get(batchKey) as Batch<T> | undefined;
  if (!batch) {
    const b: Batch<T> = { metrics: new Set(), waiters: [] };
    batch = b;
    byKey.set(batchKey, b as Batch<unknown>);
    const map = byKey;
    setImmediate(() => {
      map.delete(batchKey);
      run([...b.metrics]).then(
        (result) => b.waiters.forEach((w) => w.resolve(result.get(w.metric) ?? empty())),
        (err) => b.waiters.forEach((w) => w.reject(err)),
      );
    });
  }
  batch.metrics.add(metric);
  const b = batch;
  return new Promise<T>((resolve, reject) => b.waiters.push({ metric, resolve, reject }));
}

const keyOf = (kind: string, scope: Scope, period: Period, group?: GroupCol) =>
  JSON.stringify([kind, scope.amanahIds, scope.municipalityIds, scope.departmentId, period.from, period.to, group ?? ""]);
const groupSql = (group?: GroupCol) => (group === "dimAB" ? Prisma.sql`"dimA" || '|' || "dimB"` : group ? Prisma.raw(`"${group}"`) : Prisma.sql`''`);

export type SumRow = { key: string; count: number; amount: number };

/** Count and amount of a metric, grouped by one column (or all together: key ""). */
export function sums(db: DbOrTx, scope: Scope, metric: string, period: Period, group?: GroupCol): Promise<SumRow[]> {
  return batched<SumRow[]>(
    db,
    keyOf("sums", scope, period, group),
    metric,
    async (metrics) => {
      const rows = await db.$queryRaw<{ metric: string; key: string; count: bigint; amount: bigint }[]>`
        SELECT metric, key, COALESCE(sum(count), 0)::bigint AS count, COALESCE(sum(amount), 0)::bigint AS amount
          FROM (${rowsOf(metrics, period, scope, Prisma.sql`metric, ${groupSql(group)} AS key, count, amount`, group)}) r
         GROUP BY 1, 2`;
      const out = new Map<string, SumRow[]>();
      for (const r of rows) out.set(r.metric, [...(out.get(r.metric) ?? []), { key: r.key, count: Number(r.count), amount: Number(r.amount) }]);
      return out;
    },
    () => [],
  );
}

/** The one total of a metric (count and amount). */
export async function total(db: DbOrTx, scope: Scope, metric: string, period: Period): Promise<{ count: number; amount: number }> {
  const rows = await sums(db, scope, metric, period);
  return { count: rows[0]?.count ?? 0, amount: rows[0]?.amount ?? 0 };
}

/** Medians (hours) of a metric's histograms, per group (key "" without a group). Merged in SQL, median in JS. */
export function medians(db: DbOrTx, scope: Scope, metric: string, period: Period, group?: GroupCol): Promise<Map<string, number | null>> {
  return batched<Map<string, number | null>>(
    db,
    keyOf("medians", scope, period, group),
    metric,
    async (metrics) => {
      const rows = await db.$queryRaw<{ metric: string; key: string; h: string; n: bigint }[]>`
        SELECT r.metric, r.key, e.key AS h, sum(e.value::int)::bigint AS n
          FROM (${rowsOf(metrics, period, scope, Prisma.sql`metric, ${groupSql(group)} AS key, hist`, group)}) r, jsonb_each_text(r.hist) e
         WHERE r.hist IS NOT NULL
         GROUP BY 1, 2, 3`;
      const hists = new Map<string, Map<string, Histogram>>();
      for (const r of rows) {
        const byKey = hists.get(r.metric) ?? new Map<string, Histogram>();
        hists.set(r.metric, byKey);
        const h = byKey.get(r.key) ?? {};
        h[r.h] = Number(r.n);
        byKey.set(r.key, h);
      }
      return new Map([...hists].map(([m, byKey]) => [m, new Map([...byKey].map(([k, h]) => [k, histogramMedian(h)]))]));
    },
    () => new Map(),
  );
}

/** Count and amount per trend bucket (day, week from Sunday, or month). Buckets without rows are absent. */
export function series(db: DbOrTx, scope: Scope, metric: string, period: Period, bucket: "day" | "week" | "month"): Promise<Map<string, { count: number; amount: number }>> {
  return batched<Map<string, { count: number; amount: number }>>(
    db,
    keyOf(`series:${bucket}`, scope, period),
    metric,
    async (metrics) => {
      const rows = await db.$queryRaw<{ metric: string; day: string; count: bigint; amount: bigint }[]>`
        SELECT metric, to_char(day, 'YYYY-MM-DD') AS day, sum(count)::bigint AS count, sum(amount)::bigint AS amount
          FROM "InsightDayTotal" WHERE metric = ANY(${metrics}::text[]) AND day >= ${period.from}::date AND day < ${period.to}::date AND ${totalScopeWhere(scope)}
         GROUP BY 1, 2`;
      const out = new Map<string, Map<string, { count: number; amount: number }>>();
      for (const r of rows) {
        const m = out.get(r.metric) ?? new Map<string, { count: number; amount: number }>();
        out.set(r.metric, m);
        const b = bucketStart(r.day, bucket);
        const cur = m.get(b) ?? { count: 0, amount: 0 };
        m.set(b, { count: cur.count + Number(r.count), amount: cur.amount + Number(r.amount) });
      }
      return out;
    },
    () => new Map(),
  );
}
