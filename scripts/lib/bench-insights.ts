/**
 * The dashboard figures of `npm run bench` (issue 15): the aggregates job over the bench's data set, then
 * synthetic daily rows at scale (BENCH_INSIGHTS_DAYS days before the real data × every municipality × categories
 * × districts, default 730 days ≈ 1 M rows), then each dashboard (Amanah, municipality, department) loaded
 * BENCH_INSIGHTS_N times for 30 days and for a year: p95 must stay under 300 ms. The synthetic rows are rolled up
 * (monthly rows, day totals) like the job rolls up the days it recomputes. Imported after DATABASE_URL is set.
 */
import { performance } from "node:perf_hooks";

export type DashboardResult = { name: string; count: number; p50: number; p95: number; target: number };

const pct = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;

export async function benchDashboards(): Promise<{ results: DashboardResult[]; lines: string[] }> {
  const { db } = await import("../../lib/db");
  const { refreshAggregates, rollUp } = await import("../../lib/domain/insights/aggregate");
  const { loadDashboard } = await import("../../lib/domain/insights/queries/dashboard");
  const { loadActor } = await import("../../lib/auth/load-actor");
  const { addDays } = await import("../../lib/domain/insights/days");
  const { riyadhDay } = await import("../../lib/kernel/riyadh-days");
  const lines: string[] = [];

  let t0 = performance.now();
  await refreshAggregates(db, new Date());
  lines.push(`aggregates job, first run (backfill of the bench data): ${(performance.now() - t0).toFixed(0)} ms`);

  // Scale: synthetic history before the real data, shaped like the real metrics (dimensions, histograms).
  const days = Number(process.env.BENCH_INSIGHTS_DAYS ?? 730);
  const today = riyadhDay(new Date());
  t0 = performance.now();
  const inserted = await db.$executeRaw`
    WITH m AS (SELECT id, "amanahId" FROM "Municipality"),
         c AS (SELECT id, "departmentId" FROM "ComplaintCategory" ORDER BY code LIMIT 10),
         d AS (SELECT g AS n FROM generate_series(1, 5) g),
         k AS (SELECT unnest(ARRAY['complaints.received', 'complaints.resolved', 'complaints.overdue', 'complaints.rated']) AS metric),
         days AS (SELECT (${today}::date - ${days}::int - 30 + g) AS day FROM generate_series(0, ${days}::int) g)
    INSERT INTO "InsightDaily" (metric, day, "amanahId", "municipalityId", "departmentId", "dimA", "dimB", count, amount, hist)
    SELECT k.metric, days.day, m."amanahId", m.id, c."departmentId", c.id, 'district-' || d.n, 1 + (random() * 6)::int,
           CASE WHEN k.metric = 'complaints.rated' THEN 4 ELSE 0 END,
           CASE WHEN k.metric = 'complaints.resolved' THEN jsonb_build_object((random() * 72)::int::text, 1, (random() * 200)::int::text, 2) END
      FROM days, m, c, d, k
    ON CONFLICT DO NOTHING`;
  const others = await db.$executeRaw`
    WITH m AS (SELECT id, "amanahId" FROM "Municipality"),
         days AS (SELECT (${today}::date - ${days}::int - 30 + g) AS day FROM generate_series(0, ${days}::int) g),
         x AS (SELECT * FROM (VALUES ('licenses.issued', 'COMMERCIAL', 'office'), ('licenses.submitted', 'COMMERCIAL', 'office'), ('sla.steps', 'OFFICE_REVIEW', 'office'),
                                     ('violations.issued', 'article', ''), ('violations.collected', 'article', ''), ('revenue.paid', 'FEE', 'LicenseApplication'), ('revenue.paid', 'FINE', 'Violation'),
                                     ('permits.issued', 'kind', 'office'), ('permits.submitted', 'kind', 'office'), ('permits.steps', 'department', ''),
                                     ('appointments.booked', 'service', 'branch'), ('appointments.attended', 'service', 'branch'), ('appointments.noShow', 'service', 'branch'),
                                     ('kiosks.sessions', 'kiosk', ''), ('kiosks.uses', 'kiosk', 'PAYMENT'), ('kiosks.payments', 'kiosk', '')) v(metric, a, b))
    INSERT INTO "InsightDaily" (metric, day, "amanahId", "municipalityId", "departmentId", "dimA", "dimB", count, amount, hist)
    SELECT x.metric, days.day, m."amanahId", m.id, '', x.a, x.b || g.n, 1 + (random() * 20)::int, (random() * 500000)::int,
           CASE WHEN x.metric IN ('licenses.issued', 'permits.issued') THEN jsonb_build_object((random() * 48)::int::text, 3) END
      FROM days, m, x, generate_series(1, 4) g(n)
    ON CONFLICT DO NOTHING`;
  lines.push(`synthetic history: ${inserted + others} daily rows in ${(performance.now() - t0).toFixed(0)} ms`);
  // The roll-ups of the synthetic rows, as the job builds them for the days it recomputes.
  t0 = performance.now();
  await rollUp(db, "%", { from: addDays(today, -days - 31), to: addDays(today, 1) });
  await db.$executeRaw`ANALYZE "InsightDaily"`;
  await db.$executeRaw`ANALYZE "InsightMonthly"`;
  await db.$executeRaw`ANALYZE "InsightDayTotal"`;
  const [rows, monthly, dayTotals] = await Promise.all([db.insightDaily.count(), db.insightMonthly.count(), db.insightDayTotal.count()]);
  lines.push(`roll-ups in ${(performance.now() - t0).toFixed(0)} ms: "InsightDaily" ${rows} rows, "InsightMonthly" ${monthly}, "InsightDayTotal" ${dayTotals}`);

  const mayorId = (await db.user.findUniqueOrThrow({ where: { username: "mayor" } })).id;
  const dammamId = (await db.user.findUniqueOrThrow({ where: { username: "mayor.dammam" } })).id;
  const mayor = (await loadActor(db, mayorId))!;
  const dammam = (await loadActor(db, dammamId))!;
  const dept = await db.department.findFirstOrThrow({ where: { amanahId: { in: mayor.amanahIds } }, orderBy: { code: "asc" } });
  const n = Number(process.env.BENCH_INSIGHTS_N || 40);
  const results: DashboardResult[] = [];
  const yearFrom = addDays(today, -364);
  const monthFrom = addDays(today, -29);
  const cases = [
    { name: "dashboard: Amanah, 30 days", actor: mayor, q: { level: "amanah", from: monthFrom, to: today } },
    { name: "dashboard: Amanah, 1 year", actor: mayor, q: { level: "amanah", from: yearFrom, to: today } },
    { name: "dashboard: municipality, 30 days", actor: dammam, q: { from: monthFrom, to: today } },
    { name: "dashboard: municipality, 1 year", actor: dammam, q: { from: yearFrom, to: today } },
    { name: "dashboard: department, 30 days", actor: mayor, q: { level: "department", d: dept.code, from: monthFrom, to: today } },
    { name: "dashboard: department, 1 year", actor: mayor, q: { level: "department", d: dept.code, from: yearFrom, to: today } },
  ];
  for (const c of cases) {
    await loadDashboard(c.actor, c.q); // warm-up
    const lat: number[] = [];
    for (let i = 0; i < n; i++) {
      const s = performance.now();
      await loadDashboard(c.actor, c.q);
      lat.push(performance.now() - s);
    }
    lat.sort((a, b) => a - b);
    results.push({ name: c.name, count: n, p50: pct(lat, 50), p95: pct(lat, 95), target: 300 });
  }
  return { results, lines };
}
