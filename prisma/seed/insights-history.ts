/**
 * A year of demo history for the decision-support dashboards (issue 15): daily aggregate rows ("InsightDaily",
 * with their roll-ups) for each indicator, over the days BEFORE its first real record and at least 91 days back,
 * so a newcomer signing in as the mayor sees trends, comparisons with last year and charts, not zeros. DEMO data
 * only. The rows name real places, categories, offices, articles, services and kiosks so breakdowns read well;
 * there are no records behind them (a drill-down into those days lists nothing), which is why they stop before the
 * real data: the aggregates job backfills each indicator from its first real day and never touches these days, and
 * the last 90 days (what the demo journeys drill into) are real records only. Insert-only, like every seed part.
 */
import type { Prisma } from "../../lib/generated/prisma/client";
import { rollUp } from "../../lib/domain/insights/rollup";
import type { SeedPart } from "./parts";

const HISTORY_DAYS = 395;
/** History stops at least this many days back: periods of the last 90 days are made of real records only. */
const REAL_ONLY_DAYS = 91;

/** The first Riyadh day of each indicator's real data (the same columns as each indicator's `firstDay`). */
const FIRST_DAY: Record<string, string> = {
  licenses: `SELECT min("submittedAt") AS at FROM "LicenseApplication"`,
  sla: `SELECT min(at) AS at FROM "ApplicationHistory"`,
  complaints: `SELECT min("createdAt") AS at FROM "Complaint"`,
  violations: `SELECT min("createdAt") AS at FROM "Violation"`,
  revenue: `SELECT min("paidAt") AS at FROM "Payment"`,
  permits: `SELECT least((SELECT min("submittedAt") FROM "Permit"), (SELECT min("decidedAt") FROM "PermitReviewStep")) AS at`,
  appointments: `SELECT min(sl."startsAt") AS at FROM "Appointment" a JOIN "AppointmentSlot" sl ON sl.id = a."slotId"`,
  kiosks: `SELECT least((SELECT min("createdAt") FROM "KioskSession"), (SELECT min(at) FROM "KioskUsage")) AS at`,
};

type Spec = {
  metric: string;
  /** Rows of (m, am, dep, a, b, w): municipality, Amanah, department, breakdowns and the mean count per day. */
  dims: string;
  amount?: string;
  hist?: string;
};

/** Per indicator: the metrics and what they break down by (real ids, so names resolve). */
const SPECS: Record<string, Spec[]> = (() => {
  const m = `SELECT id AS m, "amanahId" AS am FROM "Municipality"`;
  const offices = `(SELECT id FROM "LicensingOffice" ORDER BY code LIMIT 3)`;
  const licenses = `SELECT x.m, x.am, '' AS dep, k.kind AS a, o.id AS b, 0.35 AS w FROM (${m}) x, (VALUES ('COMMERCIAL'), ('HEALTH')) k(kind), ${offices} o`;
  const sla = `SELECT x.m, x.am, '' AS dep, s.step AS a, o.id AS b, 0.6 AS w FROM (${m}) x, (VALUES ('SUBMITTED'), ('OFFICE_REVIEW'), ('FIELD_INSPECTION'), ('OFFICE_APPROVAL')) s(step), ${offices} o`;
  const complaints = (w: number) =>
    `SELECT x.m, x.am, c."departmentId" AS dep, c.id AS a, COALESCE(d.id, '') AS b, ${w} AS w FROM (${m}) x
       CROSS JOIN (SELECT id, "departmentId" FROM "ComplaintCategory" ORDER BY code LIMIT 3) c
       LEFT JOIN LATERAL (SELECT id FROM "District" WHERE "municipalityId" = x.m ORDER BY "nameEn", id LIMIT 2) d ON true`;
  const articles = (w: number) => `SELECT x.m, x.am, '' AS dep, a.id AS a, '' AS b, ${w} AS w FROM (${m}) x, (SELECT id FROM "ViolationArticle" ORDER BY code LIMIT 4) a`;
  const revenue = `SELECT x.m, x.am, '' AS dep, r.a, r.b, r.w FROM (${m}) x, (VALUES ('FEE', 'LicenseApplication', 0.8), ('FEE', 'LicenseRenewal', 0.6), ('FINE', 'Violation', 0.4)) r(a, b, w)`;
  const permits = (w: number) => `SELECT x.m, x.am, '' AS dep, k.id AS a, o.id AS b, ${w} AS w FROM (${m}) x, (SELECT id FROM "PermitKind" ORDER BY code LIMIT 2) k, ${offices} o`;
  const steps = `SELECT x.m, x.am, d.id AS dep, d.id AS a, '' AS b, 0.7 AS w FROM (${m}) x, (SELECT DISTINCT "departmentId" AS id FROM "PermitKindDepartment") d`;
  const appointments = (w: number) =>
    `SELECT COALESCE(b."municipalityId", '') AS m, b."amanahId" AS am, COALESCE(s."departmentId", '') AS dep, s.id AS a, b.id AS b, ${w} AS w
       FROM "AppointmentService" s JOIN "Branch" b ON b.id = s."branchId"`;
  const kiosks = (w: number) => `SELECT k."municipalityId" AS m, x."amanahId" AS am, '' AS dep, k.id AS a, '' AS b, ${w} AS w FROM "KioskDevice" k JOIN "Municipality" x ON x.id = k."municipalityId"`;
  const hours = (max: number, min = 1) => `jsonb_build_object(((abs(hashtext(d.day::text || x.a || x.b || x.m || 'h')) % ${max}) + ${min})::text, c.n)`;
  return {
    licenses: [
      { metric: "licenses.issued", dims: licenses, hist: hours(60, 2) },
      { metric: "licenses.submitted", dims: licenses.replace("0.35 AS w", "0.42 AS w") },
    ],
    sla: [{ metric: "sla.steps", dims: sla, amount: `greatest(0, c.n - (abs(hashtext(d.day::text || x.a || x.m)) % 3 = 0)::int)` }],
    complaints: [
      { metric: "complaints.received", dims: complaints(0.9) },
      { metric: "complaints.resolved", dims: complaints(0.8), hist: hours(120, 3) },
      { metric: "complaints.overdue", dims: complaints(0.12) },
      { metric: "complaints.rated", dims: complaints(0.4), amount: `c.n * (3 + abs(hashtext(d.day::text || x.a)) % 3)` },
    ],
    violations: [
      { metric: "violations.issued", dims: articles(0.5), amount: "c.n * 50000" },
      { metric: "violations.objected", dims: articles(0.06) },
      { metric: "violations.collected", dims: articles(0.35), amount: "c.n * 50000" },
    ],
    revenue: [{ metric: "revenue.paid", dims: revenue, amount: `c.n * (20000 + abs(hashtext(d.day::text || x.b || x.m)) % 180000)` }],
    permits: [
      { metric: "permits.issued", dims: permits(0.12), hist: hours(25, 3) },
      { metric: "permits.submitted", dims: permits(0.15) },
      { metric: "permits.steps", dims: steps, amount: `greatest(0, c.n - (abs(hashtext(d.day::text || x.a || x.m)) % 4 = 0)::int)` },
    ],
    appointments: [
      { metric: "appointments.booked", dims: appointments(3) },
      { metric: "appointments.attended", dims: appointments(2.4) },
      { metric: "appointments.noShow", dims: appointments(0.35) },
    ],
    kiosks: [
      { metric: "kiosks.sessions", dims: kiosks(6) },
      { metric: "kiosks.uses", dims: kiosks(9) },
      { metric: "kiosks.payments", dims: kiosks(2), amount: `c.n * (15000 + abs(hashtext(d.day::text || x.a)) % 60000)` },
    ],
  };
})();

/** Count on a day: the mean, a yearly wave, quiet weekends (Friday, Saturday) and a fixed pseudo-random spread. */
const COUNT = `greatest(0, round(x.w * (1.1 + 0.3 * sin(extract(doy FROM d.day) / 58.0)) * (CASE WHEN extract(isodow FROM d.day) IN (5, 6) THEN 0.25 ELSE 1 END)
  * (0.3 + (abs(hashtext(d.day::text || x.a || x.b || x.m)) % 140) / 100.0)))::int`;

export const INSIGHTS_HISTORY_SEED: SeedPart = {
  name: "insightsHistory",
  demo: true,
  async missing(query) {
    const rows = await query(`SELECT EXISTS (SELECT 1 FROM "InsightDaily" WHERE day < (now() AT TIME ZONE 'Asia/Riyadh')::date - ${REAL_ONLY_DAYS}) AS has`, []);
    return !rows[0]?.has;
  },
  async run(tx: Prisma.TransactionClient) {
    const today = ((await tx.$queryRawUnsafe<{ d: string }[]>(`SELECT to_char((now() AT TIME ZONE 'Asia/Riyadh')::date, 'YYYY-MM-DD') AS d`))[0]!).d;
    const from = new Date(Date.parse(`${today}T00:00:00Z`) - HISTORY_DAYS * 86_400_000).toISOString().slice(0, 10);
    const realOnly = new Date(Date.parse(`${today}T00:00:00Z`) - REAL_ONLY_DAYS * 86_400_000).toISOString().slice(0, 10);
    let inserted = 0;
    for (const [indicator, specs] of Object.entries(SPECS)) {
      const first = (await tx.$queryRawUnsafe<{ d: string | null }[]>(`SELECT to_char((at AT TIME ZONE 'Asia/Riyadh')::date, 'YYYY-MM-DD') AS d FROM (${FIRST_DAY[indicator]}) f`))[0]?.d ?? null;
      const to = first && first < realOnly ? first : realOnly;
      if (to <= from) continue;
      for (const s of specs) {
        inserted += await tx.$executeRawUnsafe(
          `INSERT INTO "InsightDaily" (metric, day, "amanahId", "municipalityId", "departmentId", "dimA", "dimB", count, amount, hist)
           SELECT $1, d.day, x.am, x.m, x.dep, x.a, x.b, c.n, ${s.amount ?? "0"}, ${s.hist ?? "NULL::jsonb"}
             FROM generate_series($2::date, $3::date - 1, interval '1 day') d(day)
            CROSS JOIN (${s.dims}) x
            CROSS JOIN LATERAL (SELECT ${COUNT} AS n) c
            WHERE c.n > 0
           ON CONFLICT DO NOTHING`,
          s.metric,
          from,
          to,
        );
      }
      // The roll-ups of those days and of every month they overlap: the aggregates job's own code.
      await rollUp(tx, `${indicator}.%`, { from, to });
    }
    return inserted;
  },
};
