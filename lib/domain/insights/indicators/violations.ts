import { Prisma } from "@/lib/generated/prisma/client";
import type { DbOrTx } from "@/lib/db";
import type { Period } from "@/lib/domain/insights/days";
import { bucketsOf, key, namesOf, nameOr } from "@/lib/domain/insights/names";
import { series, sums, total } from "@/lib/domain/insights/read";
import { daySql, distinctDays, inPeriod, measureSql, scopeSqlFor } from "@/lib/domain/insights/sql";
import type { DrillFilter, Indicator, SectionQuery } from "@/lib/domain/insights/types";

/**
 * Violations by article (dimA): issued (day recorded; amount = the fines), objected (day the objection was filed)
 * and collected (day the bank says the fine was paid; amount = what was paid). A payment the bank notifies late
 * lands on the day it was paid: touchedDays finds it by the day it was received.
 */
function daily(p: Period): Prisma.Sql[] {
  return [
    measureSql(
      "violations.issued",
      Prisma.sql`
      SELECT ${daySql('v."createdAt"')} AS day, v."municipalityId" AS m, v."articleId" AS a, count(*)::int AS count, sum(v."fineHalalas")::bigint AS amount
        FROM "Violation" v WHERE ${inPeriod('v."createdAt"', p)} GROUP BY 1, 2, 3`,
      ["a", "amount"],
    ),
    measureSql(
      "violations.objected",
      Prisma.sql`
      SELECT ${daySql('o."filedAt"')} AS day, v."municipalityId" AS m, v."articleId" AS a, count(*)::int AS count
        FROM "Objection" o JOIN "Violation" v ON v.id = o."violationId" WHERE ${inPeriod('o."filedAt"', p)} GROUP BY 1, 2, 3`,
      ["a"],
    ),
    measureSql(
      "violations.collected",
      Prisma.sql`
      SELECT ${daySql('p."paidAt"')} AS day, v."municipalityId" AS m, v."articleId" AS a, count(*)::int AS count, sum(p."amountHalalas")::bigint AS amount
        FROM "Payment" p JOIN "Bill" b ON b.id = p."billId" JOIN "Violation" v ON v.id = b."subjectId"
       WHERE b."subjectType" = 'Violation' AND ${inPeriod('p."paidAt"', p)} GROUP BY 1, 2, 3`,
      ["a", "amount"],
    ),
  ];
}

async function touchedDays(db: DbOrTx, since: Date): Promise<string[]> {
  const rows = await db.$queryRaw<{ day: string | null }[]>`
    SELECT ${daySql('"createdAt"')} AS day FROM "Violation" WHERE "createdAt" > ${since}
    UNION SELECT ${daySql('"filedAt"')} FROM "Objection" WHERE "filedAt" > ${since}
    UNION SELECT ${daySql('p."paidAt"')} FROM "Payment" p JOIN "Bill" b ON b.id = p."billId" WHERE b."subjectType" = 'Violation' AND p."receivedAt" > ${since}`;
  return distinctDays(rows);
}

async function firstDay(db: DbOrTx): Promise<string | null> {
  const rows = await db.$queryRaw<{ day: string | null }[]>`SELECT ${daySql('min("createdAt")')} AS day FROM "Violation"`;
  return rows[0]?.day ?? null;
}

const MEASURES = ["issued", "objected", "collected"] as const;

async function section(q: SectionQuery) {
  const { db, scope, period, comparison, bucket } = q;
  const [now, before, byArticle, trends] = await Promise.all([
    Promise.all(MEASURES.map((m) => total(db, scope, `violations.${m}`, period))),
    Promise.all(MEASURES.map((m) => total(db, scope, `violations.${m}`, comparison))),
    Promise.all(MEASURES.map((m) => sums(db, scope, `violations.${m}`, period, "dimA"))),
    Promise.all(MEASURES.map((m) => series(db, scope, `violations.${m}`, period, bucket))),
  ]);
  const ids = [...new Set(byArticle.flat().map((r) => r.key))];
  const articles = await namesOf(db, "article", ids);
  const get = (i: number, id: string) => byArticle[i]!.find((r) => r.key === id);
  return {
    key: "violations",
    title: key("insights:violations.title"),
    figures: [
      { key: "issued", label: key("insights:violations.issued"), format: "count" as const, better: "neither" as const, value: now[0]!.count, previous: before[0]!.count, drill: { indicator: "violations", list: "issued" } },
      { key: "fines", label: key("insights:violations.fines"), format: "halalas" as const, better: "neither" as const, value: now[0]!.amount, previous: before[0]!.amount, drill: { indicator: "violations", list: "issued" } },
      { key: "objected", label: key("insights:violations.objected"), format: "count" as const, better: "neither" as const, value: now[1]!.count, previous: before[1]!.count, drill: { indicator: "violations", list: "objected" } },
      { key: "collected", label: key("insights:violations.collected"), format: "halalas" as const, value: now[2]!.amount, previous: before[2]!.amount, drill: { indicator: "violations", list: "collected" } },
    ],
    trend: {
      series: MEASURES.map((m) => ({ key: m, label: key(`insights:violations.${m}`), format: "count" as const })),
      points: bucketsOf(period, bucket).map((d) => ({ day: d, values: Object.fromEntries(MEASURES.map((m, i) => [m, trends[i]!.get(d)?.count ?? 0])) })),
    },
    breakdowns: [
      {
        key: "byArticle",
        title: key("insights:violations.byArticle"),
        dimension: key("insights:dims.article"),
        columns: [
          { key: "issued", label: key("insights:violations.issued"), format: "count" as const },
          { key: "fines", label: key("insights:violations.fines"), format: "halalas" as const },
          { key: "objected", label: key("insights:violations.objected"), format: "count" as const },
          { key: "collected", label: key("insights:violations.collected"), format: "halalas" as const },
        ],
        rows: ids.map((id) => ({
          id,
          label: nameOr(articles, id),
          values: { issued: get(0, id)?.count ?? 0, fines: get(0, id)?.amount ?? 0, objected: get(1, id)?.count ?? 0, collected: get(2, id)?.amount ?? 0 },
          drill: { indicator: "violations", list: "issued", dimA: id },
        })),
      },
    ],
  };
}

const LISTS = {
  issued: { column: 'v."createdAt"', join: Prisma.empty, cond: Prisma.empty },
  objected: { column: 'o."filedAt"', join: Prisma.sql`JOIN "Objection" o ON o."violationId" = v.id`, cond: Prisma.empty },
  collected: {
    column: 'p."paidAt"',
    join: Prisma.sql`JOIN "Bill" b ON b."subjectId" = v.id AND b."subjectType" = 'Violation' JOIN "Payment" p ON p."billId" = b.id`,
    cond: Prisma.empty,
  },
} as const;

function list(m: keyof typeof LISTS) {
  return async (db: DbOrTx, f: DrillFilter, page: { skip: number; take: number }) => {
    const { column, join } = LISTS[m];
    const where = Prisma.sql`${inPeriod(column, f.period)} AND ${scopeSqlFor(f, 'v."municipalityId"')} ${f.dimA ? Prisma.sql`AND v."articleId" = ${f.dimA}` : Prisma.empty}`;
    const [rows, count] = await Promise.all([
      db.$queryRaw<{ number: string; status: string; titleAr: string; titleEn: string; trade: string; fine: number; at: Date }[]>`
        SELECT v.number, v.status::text AS status, a."titleAr", a."titleEn", e."tradeNameAr" AS trade, v."fineHalalas" AS fine, ${Prisma.raw(column)} AS at
          FROM "Violation" v ${join} JOIN "ViolationArticle" a ON a.id = v."articleId" JOIN "Establishment" e ON e.id = v."establishmentId"
         WHERE ${where} ORDER BY ${Prisma.raw(column)} DESC, v.id LIMIT ${page.take} OFFSET ${page.skip}`,
      db.$queryRaw<{ n: bigint }[]>`SELECT count(*) AS n FROM "Violation" v ${join} WHERE ${where}`,
    ]);
    return {
      title: key(`insights:violations.list.${m}`),
      columns: [
        { key: "number", label: key("insights:cols.number") },
        { key: "article", label: key("insights:dims.article"), kind: "label" as const },
        { key: "tradeName", label: key("insights:cols.tradeName") },
        { key: "fine", label: key("insights:violations.fines"), kind: "halalas" as const },
        { key: "status", label: key("insights:cols.status"), kind: "label" as const },
        { key: "at", label: key("insights:cols.date"), kind: "date" as const },
      ],
      rows: rows.map((r) => ({ number: r.number, article: { nameAr: r.titleAr, nameEn: r.titleEn }, tradeName: r.trade, fine: r.fine, status: key(`insights:violationStatus.${r.status}`), at: r.at.toISOString() })),
      total: Number(count[0]?.n ?? 0),
    };
  };
}

export const violationsIndicator: Indicator = {
  key: "violations",
  title: key("insights:violations.title"),
  levels: ["amanah", "municipality"],
  daily,
  touchedDays,
  firstDay,
  section,
  lists: { issued: list("issued"), objected: list("objected"), collected: list("collected") },
};
