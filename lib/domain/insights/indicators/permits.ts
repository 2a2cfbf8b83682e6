import { Prisma } from "@/lib/generated/prisma/client";
import type { DbOrTx } from "@/lib/db";
import type { Period } from "@/lib/domain/insights/days";
import { bucketsOf, key, namesOf, nameOr } from "@/lib/domain/insights/names";
import { medians, series, sums, total } from "@/lib/domain/insights/read";
import { daySql, distinctDays, inPeriod, measureSql, scopeSqlFor } from "@/lib/domain/insights/sql";
import type { DrillFilter, Indicator, SectionQuery } from "@/lib/domain/insights/types";

/**
 * Building permits (issue 12): submitted (day submitted) and issued (day issued) by permit kind (dimA) and office
 * (dimB), the issued ones with a histogram of WORKING days from submission to issue (Riyadh days after the day of
 * submission up to the day of issue, Fridays, Saturdays and the Holiday table's days left out); and the review
 * steps each department decided (day decided, department in departmentId and dimA; amount = decided by their due
 * time), for SLA compliance per department.
 */
const riyadhDate = (col: string) => `(${col} AT TIME ZONE 'Asia/Riyadh')::date`;
/** Working days from the Riyadh day of `from` (excluded) to that of `to` (included). */
const workingDaysSql = (from: string, to: string) =>
  Prisma.raw(`(SELECT count(*) FROM generate_series(${riyadhDate(from)} + 1, ${riyadhDate(to)}, interval '1 day') g(d)
     WHERE extract(isodow FROM g.d) NOT IN (5, 6) AND NOT EXISTS (SELECT 1 FROM "Holiday" hd WHERE g.d::date BETWEEN hd."startDate" AND hd."endDate"))::int`);

function daily(p: Period): Prisma.Sql[] {
  return [
    measureSql(
      "permits.issued",
      Prisma.sql`
      WITH x AS (
        SELECT ${daySql('p."issuedAt"')} AS day, p."municipalityId" AS m, p."kindId" AS k, p."officeId" AS o, ${workingDaysSql('p."submittedAt"', 'p."issuedAt"')} AS w, count(*)::int AS n
          FROM "Permit" p WHERE p."issuedAt" IS NOT NULL AND p."submittedAt" IS NOT NULL AND ${inPeriod('p."issuedAt"', p)}
         GROUP BY 1, 2, 3, 4, 5)
      SELECT day, m, k AS a, o AS b, sum(n)::int AS count, jsonb_object_agg(w::text, n) AS hist FROM x GROUP BY 1, 2, 3, 4`,
      ["a", "b", "hist"],
    ),
    measureSql(
      "permits.submitted",
      Prisma.sql`
      SELECT ${daySql('p."submittedAt"')} AS day, p."municipalityId" AS m, p."kindId" AS a, p."officeId" AS b, count(*)::int AS count
        FROM "Permit" p WHERE p."submittedAt" IS NOT NULL AND ${inPeriod('p."submittedAt"', p)} GROUP BY 1, 2, 3, 4`,
      ["a", "b"],
    ),
    measureSql(
      "permits.steps",
      Prisma.sql`
      SELECT ${daySql('s."decidedAt"')} AS day, p."municipalityId" AS m, s."departmentId" AS d, s."departmentId" AS a, count(*)::int AS count,
             count(*) FILTER (WHERE s."decidedAt" <= s."dueAt")::bigint AS amount
        FROM "PermitReviewStep" s JOIN "Permit" p ON p.id = s."permitId"
       WHERE s."decidedAt" IS NOT NULL AND s.decision <> 'CLOSED' AND ${inPeriod('s."decidedAt"', p)} GROUP BY 1, 2, 3, 4`,
      ["d", "a", "amount"],
    ),
  ];
}

async function touchedDays(db: DbOrTx, since: Date): Promise<string[]> {
  const rows = await db.$queryRaw<{ day: string | null }[]>`
    SELECT ${daySql('"issuedAt"')} AS day FROM "Permit" WHERE "updatedAt" > ${since} AND "issuedAt" IS NOT NULL
    UNION SELECT ${daySql('"submittedAt"')} FROM "Permit" WHERE "updatedAt" > ${since} AND "submittedAt" IS NOT NULL
    UNION SELECT ${daySql('"decidedAt"')} FROM "PermitReviewStep" WHERE "decidedAt" > ${since}`;
  return distinctDays(rows);
}

async function firstDay(db: DbOrTx): Promise<string | null> {
  const rows = await db.$queryRaw<{ day: string | null }[]>`
    SELECT ${daySql('min(at)')} AS day FROM (SELECT min("submittedAt") AS at FROM "Permit" UNION ALL SELECT min("decidedAt") FROM "PermitReviewStep") x`;
  return rows[0]?.day ?? null;
}

const pct = (t: { count: number; amount: number } | undefined) => (t && t.count ? Math.round((t.amount / t.count) * 1000) / 10 : null);

async function section(q: SectionQuery) {
  const { db, scope, period, comparison, bucket } = q;
  const [issued, issuedBefore, submitted, submittedBefore, med, medBefore, steps, stepsBefore, byDept, byKind, medByKind, trendIssued, trendSubmitted] = await Promise.all([
    total(db, scope, "permits.issued", period),
    total(db, scope, "permits.issued", comparison),
    total(db, scope, "permits.submitted", period),
    total(db, scope, "permits.submitted", comparison),
    medians(db, scope, "permits.issued", period),
    medians(db, scope, "permits.issued", comparison),
    total(db, scope, "permits.steps", period),
    total(db, scope, "permits.steps", comparison),
    sums(db, scope, "permits.steps", period, "dimA"),
    sums(db, scope, "permits.issued", period, "dimA"),
    medians(db, scope, "permits.issued", period, "dimA"),
    series(db, scope, "permits.issued", period, bucket),
    series(db, scope, "permits.submitted", period, bucket),
  ]);
  const [departments, kinds] = await Promise.all([namesOf(db, "department", byDept.map((r) => r.key)), namesOf(db, "permitKind", byKind.map((r) => r.key))]);
  return {
    key: "permits",
    title: key("insights:permits.title"),
    figures: [
      { key: "issued", label: key("insights:permits.issued"), format: "count" as const, value: issued.count, previous: issuedBefore.count, drill: { indicator: "permits", list: "issued" } },
      { key: "median", label: key("insights:permits.median"), format: "days" as const, better: "down" as const, value: med.get("") ?? null, previous: medBefore.get("") ?? null, drill: { indicator: "permits", list: "issued" } },
      { key: "submitted", label: key("insights:permits.submitted"), format: "count" as const, value: submitted.count, previous: submittedBefore.count },
      { key: "sla", label: key("insights:permits.sla"), format: "percent" as const, value: pct(steps), previous: pct(stepsBefore), drill: { indicator: "permits", list: "steps" } },
    ],
    trend: {
      series: [
        { key: "issued", label: key("insights:permits.issued"), format: "count" as const },
        { key: "submitted", label: key("insights:permits.submitted"), format: "count" as const },
      ],
      points: bucketsOf(period, bucket).map((d) => ({ day: d, values: { issued: trendIssued.get(d)?.count ?? 0, submitted: trendSubmitted.get(d)?.count ?? 0 } })),
    },
    breakdowns: [
      {
        key: "byDepartment",
        title: key("insights:permits.byDepartment"),
        dimension: key("insights:dims.department"),
        columns: [
          { key: "steps", label: key("insights:permits.steps"), format: "count" as const },
          { key: "within", label: key("insights:permits.within"), format: "count" as const },
          { key: "sla", label: key("insights:permits.sla"), format: "percent" as const },
        ],
        rows: byDept
          .map((r) => ({ id: r.key, label: nameOr(departments, r.key), values: { steps: r.count, within: r.amount, sla: pct(r) }, drill: { indicator: "permits", list: "steps", dimA: r.key } }))
          .sort((a, b) => b.values.steps - a.values.steps),
      },
      {
        key: "byKind",
        title: key("insights:permits.byKind"),
        dimension: key("insights:dims.permitKind"),
        columns: [
          { key: "issued", label: key("insights:permits.issued"), format: "count" as const },
          { key: "median", label: key("insights:permits.median"), format: "days" as const },
        ],
        rows: byKind.map((r) => ({ id: r.key, label: nameOr(kinds, r.key), values: { issued: r.count, median: medByKind.get(r.key) ?? null }, drill: { indicator: "permits", list: "issued", dimA: r.key } })),
      },
    ],
  };
}

/** The permits issued in the period (kind, office, municipality), with their working days from submission. */
async function issuedList(db: DbOrTx, f: DrillFilter, page: { skip: number; take: number }) {
  const where = Prisma.sql`p."issuedAt" IS NOT NULL AND p."submittedAt" IS NOT NULL AND ${inPeriod('p."issuedAt"', f.period)} AND ${scopeSqlFor(f, 'p."municipalityId"')}
    ${f.dimA ? Prisma.sql`AND p."kindId" = ${f.dimA}` : Prisma.empty} ${f.dimB ? Prisma.sql`AND p."officeId" = ${f.dimB}` : Prisma.empty}`;
  const [rows, count] = await Promise.all([
    db.$queryRaw<{ number: string; kindAr: string; kindEn: string; officeAr: string; officeEn: string; submittedAt: Date; issuedAt: Date; days: number }[]>`
      SELECT p.number, k."nameAr" AS "kindAr", k."nameEn" AS "kindEn", o."nameAr" AS "officeAr", o."nameEn" AS "officeEn", p."submittedAt", p."issuedAt",
             ${workingDaysSql('p."submittedAt"', 'p."issuedAt"')} AS days
        FROM "Permit" p JOIN "PermitKind" k ON k.id = p."kindId" JOIN "LicensingOffice" o ON o.id = p."officeId"
       WHERE ${where} ORDER BY p."issuedAt" DESC, p.id LIMIT ${page.take} OFFSET ${page.skip}`,
    db.$queryRaw<{ n: bigint }[]>`SELECT count(*) AS n FROM "Permit" p WHERE ${where}`,
  ]);
  return {
    title: key("insights:permits.list.issued"),
    columns: [
      { key: "number", label: key("insights:cols.number") },
      { key: "kind", label: key("insights:dims.permitKind"), kind: "label" as const },
      { key: "office", label: key("insights:dims.office"), kind: "label" as const },
      { key: "submittedAt", label: key("insights:cols.submittedAt"), kind: "date" as const },
      { key: "issuedAt", label: key("insights:cols.issuedAt"), kind: "date" as const },
      { key: "days", label: key("insights:cols.workingDays") },
    ],
    rows: rows.map((r) => ({
      number: r.number,
      kind: { nameAr: r.kindAr, nameEn: r.kindEn },
      office: { nameAr: r.officeAr, nameEn: r.officeEn },
      submittedAt: r.submittedAt.toISOString(),
      issuedAt: r.issuedAt.toISOString(),
      days: r.days,
    })),
    total: Number(count[0]?.n ?? 0),
  };
}

/** The review steps decided in the period (by department), each with whether it met its due time. */
async function stepsList(db: DbOrTx, f: DrillFilter, page: { skip: number; take: number }) {
  const where = Prisma.sql`s."decidedAt" IS NOT NULL AND s.decision <> 'CLOSED' AND ${inPeriod('s."decidedAt"', f.period)} AND ${scopeSqlFor(f, 'p."municipalityId"')}
    ${f.dimA ? Prisma.sql`AND s."departmentId" = ${f.dimA}` : Prisma.empty}`;
  const [rows, count] = await Promise.all([
    db.$queryRaw<{ number: string; deptAr: string; deptEn: string; decision: string; arrivedAt: Date; dueAt: Date; decidedAt: Date }[]>`
      SELECT p.number, d."nameAr" AS "deptAr", d."nameEn" AS "deptEn", s.decision::text AS decision, s."arrivedAt", s."dueAt", s."decidedAt"
        FROM "PermitReviewStep" s JOIN "Permit" p ON p.id = s."permitId" JOIN "Department" d ON d.id = s."departmentId"
       WHERE ${where} ORDER BY s."decidedAt" DESC, s.id LIMIT ${page.take} OFFSET ${page.skip}`,
    db.$queryRaw<{ n: bigint }[]>`SELECT count(*) AS n FROM "PermitReviewStep" s JOIN "Permit" p ON p.id = s."permitId" WHERE ${where}`,
  ]);
  return {
    title: key("insights:permits.list.steps"),
    columns: [
      { key: "number", label: key("insights:cols.number") },
      { key: "department", label: key("insights:dims.department"), kind: "label" as const },
      { key: "decision", label: key("insights:cols.decision"), kind: "label" as const },
      { key: "arrivedAt", label: key("insights:cols.entered"), kind: "date" as const },
      { key: "dueAt", label: key("insights:cols.dueAt"), kind: "date" as const },
      { key: "decidedAt", label: key("insights:cols.ended"), kind: "date" as const },
      { key: "onTime", label: key("insights:permits.within"), kind: "label" as const },
    ],
    rows: rows.map((r) => ({
      number: r.number,
      department: { nameAr: r.deptAr, nameEn: r.deptEn },
      decision: key(`insights:permits.decision.${r.decision}`),
      arrivedAt: r.arrivedAt.toISOString(),
      dueAt: r.dueAt.toISOString(),
      decidedAt: r.decidedAt.toISOString(),
      onTime: key(r.decidedAt <= r.dueAt ? "insights:yes" : "insights:no"),
    })),
    total: Number(count[0]?.n ?? 0),
  };
}

export const permitsIndicator: Indicator = {
  key: "permits",
  title: key("insights:permits.title"),
  levels: ["amanah", "municipality"],
  daily,
  touchedDays,
  firstDay,
  section,
  lists: { issued: issuedList, steps: stepsList },
};
