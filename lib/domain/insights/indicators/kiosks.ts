import { Prisma } from "@/lib/generated/prisma/client";
import type { DbOrTx } from "@/lib/db";
import type { Period } from "@/lib/domain/insights/days";
import { bucketsOf, key, namesOf, nameOr } from "@/lib/domain/insights/names";
import { series, sums, total } from "@/lib/domain/insights/read";
import { daySql, distinctDays, inPeriod, measureSql, scopeSqlFor } from "@/lib/domain/insights/sql";
import type { DrillFilter, Indicator, SectionQuery } from "@/lib/domain/insights/types";

/**
 * Self-service kiosks (issue 14), per kiosk (dimA): sessions (day opened), uses of a service (day used; the
 * service in dimB) and confirmed card payments (day confirmed; amount = halalas paid).
 */
function daily(p: Period): Prisma.Sql[] {
  return [
    measureSql(
      "kiosks.sessions",
      Prisma.sql`
      SELECT ${daySql('s."createdAt"')} AS day, k."municipalityId" AS m, k.id AS a, count(*)::int AS count
        FROM "KioskSession" s JOIN "KioskDevice" k ON k.id = s."deviceId" WHERE ${inPeriod('s."createdAt"', p)} GROUP BY 1, 2, 3`,
      ["a"],
    ),
    measureSql(
      "kiosks.uses",
      Prisma.sql`
      SELECT ${daySql("u.at")} AS day, k."municipalityId" AS m, k.id AS a, u.service::text AS b, count(*)::int AS count
        FROM "KioskUsage" u JOIN "KioskDevice" k ON k.id = u."deviceId" WHERE ${inPeriod("u.at", p)} GROUP BY 1, 2, 3, 4`,
      ["a", "b"],
    ),
    measureSql(
      "kiosks.payments",
      Prisma.sql`
      SELECT ${daySql('pm."completedAt"')} AS day, k."municipalityId" AS m, k.id AS a, count(*)::int AS count, sum(pm."amountHalalas")::bigint AS amount
        FROM "KioskPayment" pm JOIN "KioskDevice" k ON k.id = pm."deviceId"
       WHERE pm.status = 'CONFIRMED' AND pm."completedAt" IS NOT NULL AND ${inPeriod('pm."completedAt"', p)} GROUP BY 1, 2, 3`,
      ["a", "amount"],
    ),
  ];
}

async function touchedDays(db: DbOrTx, since: Date): Promise<string[]> {
  const rows = await db.$queryRaw<{ day: string | null }[]>`
    SELECT ${daySql('"createdAt"')} AS day FROM "KioskSession" WHERE "createdAt" > ${since}
    UNION SELECT ${daySql("at")} FROM "KioskUsage" WHERE at > ${since}
    UNION SELECT ${daySql('"completedAt"')} FROM "KioskPayment" WHERE "completedAt" > ${since}`;
  return distinctDays(rows);
}

async function firstDay(db: DbOrTx): Promise<string | null> {
  const rows = await db.$queryRaw<{ day: string | null }[]>`
    SELECT ${daySql("min(at)")} AS day FROM (SELECT min("createdAt") AS at FROM "KioskSession" UNION ALL SELECT min(at) FROM "KioskUsage") x`;
  return rows[0]?.day ?? null;
}

const MEASURES = ["sessions", "uses", "payments"] as const;

async function section(q: SectionQuery) {
  const { db, scope, period, comparison, bucket } = q;
  const [now, before, byKiosk, trends] = await Promise.all([
    Promise.all(MEASURES.map((m) => total(db, scope, `kiosks.${m}`, period))),
    Promise.all(MEASURES.map((m) => total(db, scope, `kiosks.${m}`, comparison))),
    Promise.all(MEASURES.map((m) => sums(db, scope, `kiosks.${m}`, period, "dimA"))),
    Promise.all(MEASURES.map((m) => series(db, scope, `kiosks.${m}`, period, bucket))),
  ]);
  const ids = [...new Set(byKiosk.flat().map((r) => r.key))];
  const kiosks = await namesOf(db, "kiosk", ids);
  const get = (i: number, id: string) => byKiosk[i]!.find((r) => r.key === id);
  return {
    key: "kiosks",
    title: key("insights:kiosks.title"),
    figures: [
      { key: "sessions", label: key("insights:kiosks.sessions"), format: "count" as const, value: now[0]!.count, previous: before[0]!.count, drill: { indicator: "kiosks", list: "sessions" } },
      { key: "uses", label: key("insights:kiosks.uses"), format: "count" as const, value: now[1]!.count, previous: before[1]!.count },
      { key: "payments", label: key("insights:kiosks.payments"), format: "count" as const, value: now[2]!.count, previous: before[2]!.count, drill: { indicator: "kiosks", list: "payments" } },
      { key: "paid", label: key("insights:kiosks.paid"), format: "halalas" as const, value: now[2]!.amount, previous: before[2]!.amount, drill: { indicator: "kiosks", list: "payments" } },
    ],
    trend: {
      series: MEASURES.map((m) => ({ key: m, label: key(`insights:kiosks.${m}`), format: "count" as const })),
      points: bucketsOf(period, bucket).map((d) => ({ day: d, values: Object.fromEntries(MEASURES.map((m, i) => [m, trends[i]!.get(d)?.count ?? 0])) })),
    },
    breakdowns: [
      {
        key: "byKiosk",
        title: key("insights:kiosks.byKiosk"),
        dimension: key("insights:dims.kiosk"),
        columns: [
          { key: "sessions", label: key("insights:kiosks.sessions"), format: "count" as const },
          { key: "uses", label: key("insights:kiosks.uses"), format: "count" as const },
          { key: "payments", label: key("insights:kiosks.payments"), format: "count" as const },
          { key: "paid", label: key("insights:kiosks.paid"), format: "halalas" as const },
        ],
        rows: ids
          .map((id) => ({
            id,
            label: nameOr(kiosks, id),
            values: { sessions: get(0, id)?.count ?? 0, uses: get(1, id)?.count ?? 0, payments: get(2, id)?.count ?? 0, paid: get(2, id)?.amount ?? 0 },
            drill: { indicator: "kiosks", list: "sessions", dimA: id },
          }))
          .sort((a, b) => b.values.sessions - a.values.sessions),
      },
    ],
  };
}

async function sessionsList(db: DbOrTx, f: DrillFilter, page: { skip: number; take: number }) {
  const where = Prisma.sql`${inPeriod('s."createdAt"', f.period)} AND ${scopeSqlFor(f, 'k."municipalityId"')} ${f.dimA ? Prisma.sql`AND k.id = ${f.dimA}` : Prisma.empty}`;
  const [rows, count] = await Promise.all([
    db.$queryRaw<{ code: string; nameAr: string; nameEn: string; createdAt: Date; endedAt: Date | null; verified: boolean; payments: number }[]>`
      SELECT k.code, k."nameAr", k."nameEn", s."createdAt", s."endedAt", s."verifiedAt" IS NOT NULL AS verified,
             (SELECT count(*) FROM "KioskPayment" pm WHERE pm."sessionId" = s.id AND pm.status = 'CONFIRMED')::int AS payments
        FROM "KioskSession" s JOIN "KioskDevice" k ON k.id = s."deviceId"
       WHERE ${where} ORDER BY s."createdAt" DESC, s.id LIMIT ${page.take} OFFSET ${page.skip}`,
    db.$queryRaw<{ n: bigint }[]>`SELECT count(*) AS n FROM "KioskSession" s JOIN "KioskDevice" k ON k.id = s."deviceId" WHERE ${where}`,
  ]);
  return {
    title: key("insights:kiosks.list.sessions"),
    columns: [
      { key: "kiosk", label: key("insights:dims.kiosk"), kind: "label" as const },
      { key: "code", label: key("insights:cols.kioskCode") },
      { key: "createdAt", label: key("insights:cols.sessionStart"), kind: "date" as const },
      { key: "endedAt", label: key("insights:cols.sessionEnd"), kind: "date" as const },
      { key: "verified", label: key("insights:kiosks.verified"), kind: "label" as const },
      { key: "payments", label: key("insights:kiosks.payments") },
    ],
    rows: rows.map((r) => ({
      kiosk: { nameAr: r.nameAr, nameEn: r.nameEn },
      code: r.code,
      createdAt: r.createdAt.toISOString(),
      endedAt: r.endedAt?.toISOString() ?? null,
      verified: key(r.verified ? "insights:yes" : "insights:no"),
      payments: r.payments,
    })),
    total: Number(count[0]?.n ?? 0),
  };
}

async function paymentsList(db: DbOrTx, f: DrillFilter, page: { skip: number; take: number }) {
  const where = Prisma.sql`pm.status = 'CONFIRMED' AND pm."completedAt" IS NOT NULL AND ${inPeriod('pm."completedAt"', f.period)} AND ${scopeSqlFor(f, 'k."municipalityId"')}
    ${f.dimA ? Prisma.sql`AND k.id = ${f.dimA}` : Prisma.empty}`;
  const [rows, count] = await Promise.all([
    db.$queryRaw<{ reference: string; nameAr: string; nameEn: string; billNumber: string; amount: number; completedAt: Date }[]>`
      SELECT pm.reference, k."nameAr", k."nameEn", pm."billNumber", pm."amountHalalas" AS amount, pm."completedAt"
        FROM "KioskPayment" pm JOIN "KioskDevice" k ON k.id = pm."deviceId"
       WHERE ${where} ORDER BY pm."completedAt" DESC, pm.id LIMIT ${page.take} OFFSET ${page.skip}`,
    db.$queryRaw<{ n: bigint }[]>`SELECT count(*) AS n FROM "KioskPayment" pm JOIN "KioskDevice" k ON k.id = pm."deviceId" WHERE ${where}`,
  ]);
  return {
    title: key("insights:kiosks.list.payments"),
    columns: [
      { key: "reference", label: key("insights:cols.kioskReference") },
      { key: "kiosk", label: key("insights:dims.kiosk"), kind: "label" as const },
      { key: "billNumber", label: key("insights:cols.billNumber") },
      { key: "amount", label: key("insights:cols.amount"), kind: "halalas" as const },
      { key: "paidAt", label: key("insights:cols.paidAt"), kind: "date" as const },
    ],
    rows: rows.map((r) => ({ reference: r.reference, kiosk: { nameAr: r.nameAr, nameEn: r.nameEn }, billNumber: r.billNumber, amount: r.amount, paidAt: r.completedAt.toISOString() })),
    total: Number(count[0]?.n ?? 0),
  };
}

export const kiosksIndicator: Indicator = {
  key: "kiosks",
  title: key("insights:kiosks.title"),
  levels: ["amanah", "municipality"],
  daily,
  touchedDays,
  firstDay,
  section,
  lists: { sessions: sessionsList, payments: paymentsList },
};
