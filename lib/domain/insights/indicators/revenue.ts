import { Prisma } from "@/lib/generated/prisma/client";
import type { DbOrTx } from "@/lib/db";
import type { Period } from "@/lib/domain/insights/days";
import { bucketsOf, changePercent, key } from "@/lib/domain/insights/names";
import { series, sums, total } from "@/lib/domain/insights/read";
import { daySql, distinctDays, inPeriod, measureSql, scopeSqlFor } from "@/lib/domain/insights/sql";
import type { DrillFilter, Indicator, SectionQuery } from "@/lib/domain/insights/types";
import arInsights from "@/locales/ar/insights.json";
import enInsights from "@/locales/en/insights.json";

/** "Fees — license applications": both languages from the dictionaries (codes the dictionary lacks stay codes). */
function typeName(kind: string, subject: string) {
  const part = (d: typeof arInsights, group: "kind" | "subject", code: string) => (d.revenue[group] as Record<string, string>)[code] ?? code;
  return {
    nameAr: `${part(arInsights, "kind", kind)} — ${part(arInsights, "subject", subject)}`,
    nameEn: `${part(enInsights, "kind", kind)} — ${part(enInsights, "subject", subject)}`,
  };
}

/**
 * Revenue collected, by line kind (dimA: FEE, FINE, LATE_FEE) and what the bill pays for (dimB: LicenseApplication,
 * LicenseRenewal, Violation, OfficePenalty …), on the day the bank says it was paid. Count = bills.
 */
function daily(p: Period): Prisma.Sql[] {
  return [
    measureSql(
      "revenue.paid",
      Prisma.sql`
      SELECT ${daySql('p."paidAt"')} AS day, b."municipalityId" AS m, l.kind::text AS a, b."subjectType" AS b,
             count(DISTINCT b.id)::int AS count, sum(l."amountHalalas")::bigint AS amount
        FROM "Payment" p JOIN "Bill" b ON b.id = p."billId" JOIN "BillLine" l ON l."billId" = b.id
       WHERE ${inPeriod('p."paidAt"', p)} GROUP BY 1, 2, 3, 4`,
      ["a", "b", "amount"],
    ),
  ];
}

/** A payment received after `since` for an older bill touches the day it was paid (late data). */
async function touchedDays(db: DbOrTx, since: Date): Promise<string[]> {
  const rows = await db.$queryRaw<{ day: string | null }[]>`SELECT DISTINCT ${daySql('"paidAt"')} AS day FROM "Payment" WHERE "receivedAt" > ${since}`;
  return distinctDays(rows);
}

async function firstDay(db: DbOrTx): Promise<string | null> {
  const rows = await db.$queryRaw<{ day: string | null }[]>`SELECT ${daySql('min("paidAt")')} AS day FROM "Payment"`;
  return rows[0]?.day ?? null;
}

/** Amount and count per line kind and bill subject (read like every figure: roll-up months, daily edge days). */
async function byType(db: DbOrTx, q: SectionQuery, p: Period) {
  const rows = await sums(db, q.scope, "revenue.paid", p, "dimAB");
  return rows.map((r) => {
    const [a = "", b = ""] = r.key.split("|");
    return { a, b, amount: r.amount, count: r.count };
  });
}

async function section(q: SectionQuery) {
  const { db, scope, period, comparison, bucket } = q;
  const [now, before, typesNow, typesBefore, trendNow, trendBefore] = await Promise.all([
    total(db, scope, "revenue.paid", period),
    total(db, scope, "revenue.paid", comparison),
    byType(db, q, period),
    byType(db, q, comparison),
    series(db, scope, "revenue.paid", period, bucket),
    series(db, scope, "revenue.paid", comparison, bucket),
  ]);
  const sumKind = (rows: typeof typesNow, kind: string) => rows.filter((r) => r.a === kind).reduce((s, r) => s + Number(r.amount), 0);
  const ids = [...new Set([...typesNow, ...typesBefore].map((r) => `${r.a}|${r.b}`))].sort();
  const amountOf = (rows: typeof typesNow, id: string) => Number(rows.find((r) => `${r.a}|${r.b}` === id)?.amount ?? 0);
  // The comparison trend is lined up bucket by bucket (the n-th bucket of each period).
  const nowBuckets = bucketsOf(period, bucket);
  const beforeBuckets = bucketsOf(comparison, bucket);
  return {
    key: "revenue",
    title: key("insights:revenue.title"),
    figures: [
      { key: "total", label: key("insights:revenue.total"), format: "halalas" as const, value: now.amount, previous: before.amount, drill: { indicator: "revenue", list: "payments" } },
      { key: "fees", label: key("insights:revenue.kind.FEE"), format: "halalas" as const, value: sumKind(typesNow, "FEE"), previous: sumKind(typesBefore, "FEE"), drill: { indicator: "revenue", list: "payments", dimA: "FEE" } },
      { key: "fines", label: key("insights:revenue.kind.FINE"), format: "halalas" as const, value: sumKind(typesNow, "FINE"), previous: sumKind(typesBefore, "FINE"), drill: { indicator: "revenue", list: "payments", dimA: "FINE" } },
      { key: "bills", label: key("insights:revenue.bills"), format: "count" as const, value: now.count, previous: before.count },
    ],
    trend: {
      series: [
        { key: "current", label: key("insights:revenue.current"), format: "halalas" as const },
        { key: "previous", label: key("insights:revenue.previous"), format: "halalas" as const },
      ],
      points: nowBuckets.map((d, i) => ({ day: d, values: { current: trendNow.get(d)?.amount ?? 0, previous: beforeBuckets[i] ? (trendBefore.get(beforeBuckets[i]!)?.amount ?? 0) : null } })),
    },
    breakdowns: [
      {
        key: "byType",
        title: key("insights:revenue.byType"),
        dimension: key("insights:dims.revenueType"),
        columns: [
          { key: "current", label: key("insights:revenue.current"), format: "halalas" as const },
          { key: "previous", label: key("insights:revenue.previous"), format: "halalas" as const },
          { key: "change", label: key("insights:revenue.change"), format: "percent" as const },
        ],
        rows: ids.map((id) => {
          const [a, b] = id.split("|") as [string, string];
          const cur = amountOf(typesNow, id);
          const prev = amountOf(typesBefore, id);
          return {
            id,
            label: typeName(a, b),
            values: { current: cur, previous: prev, change: changePercent(cur, prev) },
            drill: { indicator: "revenue", list: "payments", dimA: a, dimB: b },
          };
        }),
      },
    ],
  };
}

async function payments(db: DbOrTx, f: DrillFilter, page: { skip: number; take: number }) {
  const where = Prisma.sql`${inPeriod('p."paidAt"', f.period)} AND ${scopeSqlFor(f, 'b."municipalityId"')}
    ${f.dimB ? Prisma.sql`AND b."subjectType" = ${f.dimB}` : Prisma.empty}
    ${f.dimA ? Prisma.sql`AND EXISTS (SELECT 1 FROM "BillLine" l WHERE l."billId" = b.id AND l.kind::text = ${f.dimA})` : Prisma.empty}`;
  const [rows, count] = await Promise.all([
    db.$queryRaw<{ number: string; subject: string; receipt: string; amount: number; paidAt: Date; mAr: string; mEn: string }[]>`
      SELECT b.number, b."subjectType" AS subject, p."receiptCode" AS receipt, p."amountHalalas" AS amount, p."paidAt", m."nameAr" AS "mAr", m."nameEn" AS "mEn"
        FROM "Payment" p JOIN "Bill" b ON b.id = p."billId" JOIN "Municipality" m ON m.id = b."municipalityId"
       WHERE ${where} ORDER BY p."paidAt" DESC, p.id LIMIT ${page.take} OFFSET ${page.skip}`,
    db.$queryRaw<{ n: bigint }[]>`SELECT count(*) AS n FROM "Payment" p JOIN "Bill" b ON b.id = p."billId" WHERE ${where}`,
  ]);
  return {
    title: key("insights:revenue.listPayments"),
    columns: [
      { key: "number", label: key("insights:cols.billNumber") },
      { key: "receipt", label: key("insights:cols.receipt") },
      { key: "subject", label: key("insights:cols.subject"), kind: "label" as const },
      { key: "municipality", label: key("insights:dims.municipality"), kind: "label" as const },
      { key: "amount", label: key("insights:cols.amount"), kind: "halalas" as const },
      { key: "paidAt", label: key("insights:cols.paidAt"), kind: "date" as const },
    ],
    rows: rows.map((r) => ({ number: r.number, receipt: r.receipt, subject: key(`insights:revenue.subject.${r.subject}`), municipality: { nameAr: r.mAr, nameEn: r.mEn }, amount: r.amount, paidAt: r.paidAt.toISOString() })),
    total: Number(count[0]?.n ?? 0),
  };
}

export const revenueIndicator: Indicator = {
  key: "revenue",
  title: key("insights:revenue.title"),
  levels: ["amanah", "municipality"],
  daily,
  touchedDays,
  firstDay,
  section,
  lists: { payments },
};
