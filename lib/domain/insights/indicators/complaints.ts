import { Prisma } from "@/lib/generated/prisma/client";
import type { DbOrTx } from "@/lib/db";
import type { Period } from "@/lib/domain/insights/days";
import { bucketsOf, key, namesOf, nameOr } from "@/lib/domain/insights/names";
import { medians, series, sums, total } from "@/lib/domain/insights/read";
import { daySql, distinctDays, hoursSql, inPeriod, measureSql, scopeSqlFor } from "@/lib/domain/insights/sql";
import type { Breakdown, DrillFilter, Indicator, SectionQuery } from "@/lib/domain/insights/types";

/**
 * Complaints by department, category (dimA) and district (dimB): received (day filed), resolved (day resolved,
 * with a histogram of hours to resolve), overdue (day the SLA passed) and rated (count, sum of the 1–5 ratings).
 */
const MEASURES = {
  received: { column: 'c."createdAt"', hist: false, amount: "0" },
  resolved: { column: 'c."resolvedAt"', hist: true, amount: "0" },
  overdue: { column: 'c."overdueAt"', hist: false, amount: "0" },
  rated: { column: 'c."ratedAt"', hist: false, amount: "COALESCE(c.rating, 0)" },
} as const;
type Measure = keyof typeof MEASURES;

function measure(p: Period, m: Measure): Prisma.Sql {
  const { column, hist, amount } = MEASURES[m];
  const cond = m === "rated" ? Prisma.sql`AND c.rating IS NOT NULL` : Prisma.empty;
  return hist
    ? measureSql(
        `complaints.${m}`,
        Prisma.sql`
        WITH x AS (
          SELECT ${daySql(column)} AS day, c."municipalityId" AS m, c."departmentId" AS d, c."categoryId" AS a, COALESCE(c."districtId", '') AS b,
                 ${hoursSql('c."createdAt"', column)} AS h, count(*)::int AS n
            FROM "Complaint" c WHERE ${Prisma.raw(column)} IS NOT NULL AND ${inPeriod(column, p)} ${cond}
           GROUP BY 1, 2, 3, 4, 5, 6)
        SELECT day, m, d, a, b, sum(n)::int AS count, jsonb_object_agg(h::text, n) AS hist FROM x GROUP BY 1, 2, 3, 4, 5`,
        ["d", "a", "b", "hist"],
      )
    : measureSql(
        `complaints.${m}`,
        Prisma.sql`
        SELECT ${daySql(column)} AS day, c."municipalityId" AS m, c."departmentId" AS d, c."categoryId" AS a, COALESCE(c."districtId", '') AS b,
               count(*)::int AS count, sum(${Prisma.raw(amount)})::bigint AS amount
          FROM "Complaint" c WHERE ${Prisma.raw(column)} IS NOT NULL AND ${inPeriod(column, p)} ${cond}
         GROUP BY 1, 2, 3, 4, 5`,
        ["d", "a", "b", "amount"],
      );
}

function daily(p: Period): Prisma.Sql[] {
  return (Object.keys(MEASURES) as Measure[]).map((m) => measure(p, m));
}

/**
 * A complaint changed since `since` touches the days of its dates and of its events: a reopened complaint loses
 * its resolvedAt, and the day it had been resolved must be counted again (its RESOLVED event keeps that day).
 */
async function touchedDays(db: DbOrTx, since: Date): Promise<string[]> {
  const rows = await db.$queryRaw<{ day: string | null }[]>`
    WITH t AS (SELECT id, "createdAt", "resolvedAt", "overdueAt", "ratedAt" FROM "Complaint" WHERE "updatedAt" > ${since})
    SELECT ${daySql('"createdAt"')} AS day FROM t
    UNION SELECT ${daySql('"resolvedAt"')} FROM t
    UNION SELECT ${daySql('"overdueAt"')} FROM t
    UNION SELECT ${daySql('"ratedAt"')} FROM t
    UNION SELECT ${daySql("e.at")} FROM "ComplaintEvent" e WHERE e."complaintId" IN (SELECT id FROM t)`;
  return distinctDays(rows);
}

async function firstDay(db: DbOrTx): Promise<string | null> {
  const rows = await db.$queryRaw<{ day: string | null }[]>`SELECT ${daySql('min("createdAt")')} AS day FROM "Complaint"`;
  return rows[0]?.day ?? null;
}

const COLUMNS = [
  { key: "received", label: key("insights:complaints.received"), format: "count" as const },
  { key: "resolved", label: key("insights:complaints.resolved"), format: "count" as const },
  { key: "overdue", label: key("insights:complaints.overdue"), format: "count" as const },
  { key: "median", label: key("insights:complaints.median"), format: "hours" as const },
  { key: "rating", label: key("insights:complaints.rating"), format: "rating" as const },
];

async function section(q: SectionQuery) {
  const { db, scope, period, comparison, bucket } = q;
  const metrics = ["received", "resolved", "overdue", "rated"] as const;
  const avg = (t: { count: number; amount: number }) => (t.count ? Math.round((t.amount / t.count) * 10) / 10 : null);

  const by = async (col: "dimA" | "dimB", table: "category" | "district", titleKey: string, dimKey: string): Promise<Breakdown> => {
    const [sumsBy, med] = await Promise.all([Promise.all(metrics.map((m) => sums(db, scope, `complaints.${m}`, period, col))), medians(db, scope, "complaints.resolved", period, col)]);
    const ids = [...new Set(sumsBy.flat().map((r) => r.key))];
    const names = await namesOf(db, table, ids);
    const get = (i: number, id: string) => sumsBy[i]!.find((r) => r.key === id);
    return {
      key: titleKey,
      title: key(`insights:complaints.${titleKey}`),
      dimension: key(`insights:dims.${dimKey}`),
      columns: COLUMNS,
      rows: ids
        .map((id) => ({
          id,
          label: nameOr(names, id),
          values: {
            received: get(0, id)?.count ?? 0,
            resolved: get(1, id)?.count ?? 0,
            overdue: get(2, id)?.count ?? 0,
            median: med.get(id) ?? null,
            rating: (() => { const r = get(3, id); return r && r.count ? Math.round((r.amount / r.count) * 10) / 10 : null; })(),
          },
          drill: { indicator: "complaints", list: "received", [col]: id },
        }))
        .sort((a, b) => (b.values.received ?? 0) - (a.values.received ?? 0)),
    };
  };
  // The breakdowns' reads start in the same turn as the totals', so the batching joins them (one round of queries).
  const [[totNow, totBefore, medNow, medBefore, trends], breakdowns] = await Promise.all([
    Promise.all([
      Promise.all(metrics.map((m) => total(db, scope, `complaints.${m}`, period))),
      Promise.all(metrics.map((m) => total(db, scope, `complaints.${m}`, comparison))),
      medians(db, scope, "complaints.resolved", period),
      medians(db, scope, "complaints.resolved", comparison),
      Promise.all((["received", "resolved", "overdue"] as const).map((m) => series(db, scope, `complaints.${m}`, period, bucket))),
    ]),
    Promise.all([by("dimA", "category", "byCategory", "category"), by("dimB", "district", "byDistrict", "district")]),
  ]);
  return {
    key: "complaints",
    title: key("insights:complaints.title"),
    figures: [
      { key: "received", label: key("insights:complaints.received"), format: "count" as const, better: "neither" as const, value: totNow[0]!.count, previous: totBefore[0]!.count, drill: { indicator: "complaints", list: "received" } },
      { key: "resolved", label: key("insights:complaints.resolved"), format: "count" as const, value: totNow[1]!.count, previous: totBefore[1]!.count, drill: { indicator: "complaints", list: "resolved" } },
      { key: "overdue", label: key("insights:complaints.overdue"), format: "count" as const, better: "down" as const, value: totNow[2]!.count, previous: totBefore[2]!.count, drill: { indicator: "complaints", list: "overdue" } },
      { key: "median", label: key("insights:complaints.median"), format: "hours" as const, better: "down" as const, value: medNow.get("") ?? null, previous: medBefore.get("") ?? null, drill: { indicator: "complaints", list: "resolved" } },
      { key: "rating", label: key("insights:complaints.rating"), format: "rating" as const, value: avg(totNow[3]!), previous: avg(totBefore[3]!), drill: { indicator: "complaints", list: "rated" } },
    ],
    trend: {
      series: (["received", "resolved", "overdue"] as const).map((m) => ({ key: m, label: key(`insights:complaints.${m}`), format: "count" as const })),
      points: bucketsOf(period, bucket).map((d) => ({
        day: d,
        values: { received: trends[0]!.get(d)?.count ?? 0, resolved: trends[1]!.get(d)?.count ?? 0, overdue: trends[2]!.get(d)?.count ?? 0 },
      })),
    },
    breakdowns,
  };
}

function list(m: Measure) {
  return async (db: DbOrTx, f: DrillFilter, page: { skip: number; take: number }) => {
    const column = MEASURES[m].column;
    const where = Prisma.sql`${Prisma.raw(column)} IS NOT NULL AND ${inPeriod(column, f.period)} AND ${scopeSqlFor(f, 'c."municipalityId"', 'c."departmentId"')}
      ${f.dimA ? Prisma.sql`AND c."categoryId" = ${f.dimA}` : Prisma.empty}
      ${f.dimB !== undefined ? Prisma.sql`AND COALESCE(c."districtId", '') = ${f.dimB}` : Prisma.empty}
      ${m === "rated" ? Prisma.sql`AND c.rating IS NOT NULL` : Prisma.empty}`;
    const [rows, count] = await Promise.all([
      db.$queryRaw<{ reference: string; status: string; catAr: string; catEn: string; disAr: string | null; disEn: string | null; createdAt: Date; resolvedAt: Date | null; overdueAt: Date | null; rating: number | null }[]>`
        SELECT c.reference, c.status::text AS status, k."nameAr" AS "catAr", k."nameEn" AS "catEn", d."nameAr" AS "disAr", d."nameEn" AS "disEn",
               c."createdAt", c."resolvedAt", c."overdueAt", c.rating
          FROM "Complaint" c JOIN "ComplaintCategory" k ON k.id = c."categoryId" LEFT JOIN "District" d ON d.id = c."districtId"
         WHERE ${where} ORDER BY ${Prisma.raw(column)} DESC, c.id LIMIT ${page.take} OFFSET ${page.skip}`,
      db.$queryRaw<{ n: bigint }[]>`SELECT count(*) AS n FROM "Complaint" c WHERE ${where}`,
    ]);
    return {
      title: key(`insights:complaints.list.${m}`),
      columns: [
        { key: "reference", label: key("insights:cols.reference") },
        { key: "category", label: key("insights:dims.category"), kind: "label" as const },
        { key: "district", label: key("insights:dims.district"), kind: "label" as const },
        { key: "status", label: key("insights:cols.status"), kind: "label" as const },
        { key: "createdAt", label: key("insights:cols.createdAt"), kind: "date" as const },
        { key: "resolvedAt", label: key("insights:cols.resolvedAt"), kind: "date" as const },
        { key: "rating", label: key("insights:complaints.rating") },
      ],
      rows: rows.map((r) => ({
        reference: r.reference,
        category: { nameAr: r.catAr, nameEn: r.catEn },
        district: r.disAr ? { nameAr: r.disAr, nameEn: r.disEn ?? r.disAr } : key("insights:unknown"),
        status: key(`complaintsStaff:status.${r.status}`),
        createdAt: r.createdAt.toISOString(),
        resolvedAt: r.resolvedAt?.toISOString() ?? null,
        rating: r.rating,
      })),
      total: Number(count[0]?.n ?? 0),
    };
  };
}

export const complaintsIndicator: Indicator = {
  key: "complaints",
  title: key("insights:complaints.title"),
  levels: ["amanah", "municipality", "department"],
  daily,
  touchedDays,
  firstDay,
  section,
  lists: { received: list("received"), resolved: list("resolved"), overdue: list("overdue"), rated: list("rated") },
};
