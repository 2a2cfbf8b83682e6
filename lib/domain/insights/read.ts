import { Prisma } from "@/lib/generated/prisma/client";
import type { DbOrTx } from "@/lib/db";
import { bucketStart, splitPeriod, type Period } from "@/lib/domain/insights/days";
import { histogramMedian, type Histogram } from "@/lib/domain/insights/median";
import type { Scope } from "@/lib/domain/insights/types";

/**
 * Reading the aggregates back (dashboards, reports, bench): sums, medians and trends of one metric over a period,
 * within a scope. Only the aggregate tables are read here — never the operational tables:
 * - a read keeps the columns its scope and grouping need (its grain, among "MDAB": `grainOf`) and reads rows of
 *   exactly that grain: the whole calendar months of the period from "InsightMonthly" (every grain), its edge days
 *   from "InsightDayTotal" (no breakdown, or the Amanah by one) or, for the other grains, "InsightDaily"
 *   (docs/decisions/026-insights-rollup.md and its "After the grains");
 * - trends read "InsightDayTotal" (a few rows a day: lib/domain/insights/rollup.ts).
 * Calls made in the same turn of the event loop for the same scope, period and grouping are answered by ONE query
 * over all their metrics (`metric = ANY(…) … GROUP BY metric`): a dashboard makes a dozen round trips, not ~70.
 */
/** A column to group by; "dimAB" groups by both breakdowns at once (key "<dimA>|<dimB>"). */
export type GroupCol = "dimA" | "dimB" | "municipalityId" | "departmentId" | "dimAB";

/**
 * The columns a read keeps, among "MDAB" (municipality, department, dimA, dimB): the municipality unless the scope
 * is the whole Amanah (its rows are then found by their Amanah), the department when the scope has one, and what it
 * groups by. The roll-up rows of that grain hold exactly the sums the read needs.
 */
export function grainOf(scope: Scope, group?: GroupCol): string {
  const m = scope.municipalityIds !== null || group === "municipalityId";
  const d = !!scope.departmentId || group === "departmentId";
  const a = group === "dimA" || group === "dimAB";
  const b = group === "dimB" || group === "dimAB";
  return `${m ? "M" : ""}${d ? "D" : ""}${a ? "A" : ""}${b ? "B" : ""}`;
}

/** The grains "InsightDayTotal" keeps (lib/domain/insights/rollup.ts); the others read the daily rows. */
export const DAY_GRAINS: ReadonlySet<string> = new Set(["MD", "M", "D", "", "A", "B"]);

/** The scope on the daily rows (full grain). */
export function scopeWhere(scope: Scope): Prisma.Sql {
  const parts = [
    scope.municipalityIds === null
      ? Prisma.sql`"amanahId" = ANY(${scope.amanahIds}::text[])`
      : Prisma.sql`"municipalityId" = ANY(${scope.municipalityIds}::text[])`,
  ];
  if (scope.departmentId) parts.push(Prisma.sql`"departmentId" = ${scope.departmentId}`);
  return Prisma.join(parts, " AND ");
}

/** The rows of one grain within the scope, on a roll-up table ("*" marks the columns the grain sums away). */
export function grainWhere(scope: Scope, grain: string): Prisma.Sql {
  return Prisma.sql`grain = ${grain} AND ${scopeWhere(scope)}`;
}

/**
 * The rows of `metrics` in the period and scope, as one UNION ALL: whole months from the monthly roll-up, edge days
 * from the day roll-up or the daily rows, all at the grain of the read. `cols` are the columns every branch
 * selects (code, never input).
 */
function rowsOf(metrics: string[], period: Period, scope: Scope, cols: Prisma.Sql, group?: GroupCol): Prisma.Sql {
  const { months, days } = splitPeriod(period);
  const grain = grainOf(scope, group);
  const parts: Prisma.Sql[] = [];
  if (months) {
    parts.push(Prisma.sql`SELECT ${cols} FROM "InsightMonthly" WHERE metric = ANY(${metrics}::text[]) AND month >= ${months.from}::date AND month < ${months.to}::date AND ${grainWhere(scope, grain)}`);
  }
  for (const d of days) {
    parts.push(
      DAY_GRAINS.has(grain)
        ? Prisma.sql`SELECT ${cols} FROM "InsightDayTotal" WHERE metric = ANY(${metrics}::text[]) AND day >= ${d.from}::date AND day < ${d.to}::date AND ${grainWhere(scope, grain)}`
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
      const rows = await db.$queryRaw<{ metric: string; key: string; count: bigint; amount: bigint }[]>(
        Prisma.sql`
        SELECT metric, key, COALESCE(sum(count), 0)::bigint AS count, COALESCE(sum(amount), 0)::bigint AS amount
          FROM (${rowsOf(metrics, period, scope, Prisma.sql`metric, ${groupSql(group)} AS key, count, amount`, group)}) r
         GROUP BY 1, 2`,
      );
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

/**
 * Medians (hours) of a metric's histograms, per group (key "" without a group). The rows' histograms come back as
 * they are (a few hundred rows already merged by the roll-ups; only a municipality's or department's breakdown
 * reads the daily rows of its edge days) and are merged here, which costs the database less than expanding every
 * histogram into rows and grouping them. Never by both breakdowns at once: the monthly roll-up keeps no histogram
 * at those grains (lib/domain/insights/rollup.ts).
 */
export function medians(db: DbOrTx, scope: Scope, metric: string, period: Period, group?: Exclude<GroupCol, "dimAB">): Promise<Map<string, number | null>> {
  return batched<Map<string, number | null>>(
    db,
    keyOf("medians", scope, period, group),
    metric,
    async (metrics) => {
      const rows = await db.$queryRaw<{ metric: string; key: string; hist: Histogram | string }[]>(
        Prisma.sql`
        SELECT r.metric, r.key, r.hist FROM (${rowsOf(metrics, period, scope, Prisma.sql`metric, ${groupSql(group)} AS key, hist`, group)}) r
         WHERE r.hist IS NOT NULL AND jsonb_typeof(r.hist) = 'object'`,
      );
      const hists = new Map<string, Map<string, Histogram>>();
      for (const r of rows) {
        const byKey = hists.get(r.metric) ?? new Map<string, Histogram>();
        hists.set(r.metric, byKey);
        const h = byKey.get(r.key) ?? {};
        byKey.set(r.key, h);
        const add = (typeof r.hist === "string" ? JSON.parse(r.hist) : r.hist) as Histogram;
        for (const k in add) h[k] = (h[k] ?? 0) + Number(add[k]);
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
      const rows = await db.$queryRaw<{ metric: string; day: string; count: bigint; amount: bigint }[]>(
        Prisma.sql`
        SELECT metric, to_char(day, 'YYYY-MM-DD') AS day, sum(count)::bigint AS count, sum(amount)::bigint AS amount
          FROM "InsightDayTotal" WHERE metric = ANY(${metrics}::text[]) AND day >= ${period.from}::date AND day < ${period.to}::date AND ${grainWhere(scope, grainOf(scope))}
         GROUP BY 1, 2`,
      );
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
