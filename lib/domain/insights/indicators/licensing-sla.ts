import { Prisma } from "@/lib/generated/prisma/client";
import type { DbOrTx } from "@/lib/db";
import type { Period } from "@/lib/domain/insights/days";
import { STATE_SLA_HOURS } from "@/lib/domain/licensing/workflow";
import { bucketsOf, key, namesOf, nameOr } from "@/lib/domain/insights/names";
import { series, sums, total } from "@/lib/domain/insights/read";
import { daySql, distinctDays, inPeriod, measureSql, scopeSqlFor } from "@/lib/domain/insights/sql";
import type { DrillFilter, Indicator, SectionQuery } from "@/lib/domain/insights/types";

/**
 * SLA compliance of the licensing steps, per step (dimA: the state the office held) and office (dimB): a step is
 * counted on the day it ended (the next history row); `amount` counts the steps that ended within the state's
 * SLA (STATE_SLA_HOURS in lib/domain/licensing/workflow.ts — the same table the SLA job uses).
 */
const SLA = JSON.stringify(STATE_SLA_HOURS);

/** Steps that ended in the period: one row per step, from the append-only application history. */
const stepsSql = (p: Period) => Prisma.sql`
  WITH touched AS (SELECT DISTINCT "applicationId" FROM "ApplicationHistory" WHERE ${inPeriod("at", p)}),
  steps AS (
    SELECT h."applicationId", h."toStatus"::text AS state, h.at AS entered,
           lead(h.at) OVER (PARTITION BY h."applicationId" ORDER BY h.at, h.id) AS ended
      FROM "ApplicationHistory" h WHERE h."applicationId" IN (SELECT "applicationId" FROM touched))
  SELECT s.*, a."municipalityId" AS m, COALESCE(a."officeId", '') AS o, a.number,
         (extract(epoch from (s.ended - s.entered)) <= (${SLA}::jsonb ->> s.state)::float8 * 3600) AS within
    FROM steps s JOIN "LicenseApplication" a ON a.id = s."applicationId"
   WHERE s.ended IS NOT NULL AND (${SLA}::jsonb ? s.state) AND a."municipalityId" IS NOT NULL AND ${inPeriod("s.ended", p)}`;

function daily(p: Period): Prisma.Sql[] {
  return [
    measureSql(
      "sla.steps",
      Prisma.sql`
      SELECT ${daySql("x.ended")} AS day, x.m, x.state AS a, x.o AS b, count(*)::int AS count, count(*) FILTER (WHERE x.within)::int AS amount
        FROM (${stepsSql(p)}) x GROUP BY 1, 2, 3, 4`,
      ["a", "b", "amount"],
    ),
  ];
}

async function touchedDays(db: DbOrTx, since: Date): Promise<string[]> {
  const rows = await db.$queryRaw<{ day: string | null }[]>`SELECT DISTINCT ${daySql("at")} AS day FROM "ApplicationHistory" WHERE at > ${since}`;
  return distinctDays(rows);
}

async function firstDay(db: DbOrTx): Promise<string | null> {
  const rows = await db.$queryRaw<{ day: string | null }[]>`SELECT ${daySql("min(at)")} AS day FROM "ApplicationHistory"`;
  return rows[0]?.day ?? null;
}

const pct = (r: { count: number; amount: number } | undefined) => (r && r.count ? Math.round((r.amount / r.count) * 1000) / 10 : null);

async function section(q: SectionQuery) {
  const { db, scope, period, comparison, bucket } = q;
  const [now, before, bySteps, byOffice, trend] = await Promise.all([
    total(db, scope, "sla.steps", period),
    total(db, scope, "sla.steps", comparison),
    sums(db, scope, "sla.steps", period, "dimA"),
    sums(db, scope, "sla.steps", period, "dimB"),
    series(db, scope, "sla.steps", period, bucket),
  ]);
  const offices = await namesOf(db, "office", byOffice.map((r) => r.key));
  const columns = [
    { key: "steps", label: key("insights:sla.steps"), format: "count" as const },
    { key: "within", label: key("insights:sla.within"), format: "count" as const },
    { key: "compliance", label: key("insights:sla.compliance"), format: "percent" as const },
  ];
  const values = (r: { count: number; amount: number }) => ({ steps: r.count, within: r.amount, compliance: pct(r) });
  return {
    key: "sla",
    title: key("insights:sla.title"),
    figures: [
      { key: "compliance", label: key("insights:sla.compliance"), format: "percent" as const, value: pct(now), previous: pct(before), drill: { indicator: "sla", list: "steps" } },
      { key: "steps", label: key("insights:sla.steps"), format: "count" as const, value: now.count, previous: before.count, drill: { indicator: "sla", list: "steps" } },
      { key: "late", label: key("insights:sla.late"), format: "count" as const, better: "down" as const, value: now.count - now.amount, previous: before.count - before.amount, drill: { indicator: "sla", list: "late" } },
    ],
    trend: {
      series: [{ key: "compliance", label: key("insights:sla.compliance"), format: "percent" as const }],
      points: bucketsOf(period, bucket).map((d) => ({ day: d, values: { compliance: pct(trend.get(d)) } })),
    },
    breakdowns: [
      {
        key: "byStep",
        title: key("insights:sla.byStep"),
        dimension: key("insights:dims.step"),
        columns,
        rows: Object.keys(STATE_SLA_HOURS).map((s) => ({ id: s, label: key(`insights:steps.${s}`), values: values(bySteps.find((r) => r.key === s) ?? { count: 0, amount: 0 }), drill: { indicator: "sla", list: "steps", dimA: s } })),
      },
      {
        key: "byOffice",
        title: key("insights:sla.byOffice"),
        dimension: key("insights:dims.office"),
        columns,
        rows: byOffice.map((r) => ({ id: r.key, label: nameOr(offices, r.key), values: values(r), drill: { indicator: "sla", list: "steps", dimB: r.key } })),
      },
    ],
  };
}

function list(onlyLate: boolean) {
  return async (db: DbOrTx, f: DrillFilter, page: { skip: number; take: number }) => {
    const where = Prisma.sql`${scopeSqlFor(f, "x.m")} ${f.dimA ? Prisma.sql`AND x.state = ${f.dimA}` : Prisma.empty}
      ${f.dimB !== undefined ? Prisma.sql`AND x.o = ${f.dimB}` : Prisma.empty} ${onlyLate ? Prisma.sql`AND NOT x.within` : Prisma.empty}`;
    const [rows, count] = await Promise.all([
      db.$queryRaw<{ number: string; state: string; entered: Date; ended: Date; within: boolean; oAr: string | null; oEn: string | null }[]>`
        SELECT x.number, x.state, x.entered, x.ended, x.within, o."nameAr" AS "oAr", o."nameEn" AS "oEn"
          FROM (${stepsSql(f.period)}) x LEFT JOIN "LicensingOffice" o ON o.id = x.o
         WHERE ${where} ORDER BY x.ended DESC, x.number LIMIT ${page.take} OFFSET ${page.skip}`,
      db.$queryRaw<{ n: bigint }[]>`SELECT count(*) AS n FROM (${stepsSql(f.period)}) x WHERE ${where}`,
    ]);
    return {
      title: key(onlyLate ? "insights:sla.listLate" : "insights:sla.listSteps"),
      columns: [
        { key: "number", label: key("insights:cols.number") },
        { key: "step", label: key("insights:dims.step"), kind: "label" as const },
        { key: "office", label: key("insights:dims.office"), kind: "label" as const },
        { key: "entered", label: key("insights:cols.entered"), kind: "date" as const },
        { key: "ended", label: key("insights:cols.ended"), kind: "date" as const },
        { key: "within", label: key("insights:sla.withinCol"), kind: "label" as const },
      ],
      rows: rows.map((r) => ({
        number: r.number,
        step: key(`insights:steps.${r.state}`),
        office: r.oAr ? { nameAr: r.oAr, nameEn: r.oEn ?? r.oAr } : key("insights:unknown"),
        entered: r.entered.toISOString(),
        ended: r.ended.toISOString(),
        within: key(r.within ? "insights:yes" : "insights:no"),
      })),
      total: Number(count[0]?.n ?? 0),
    };
  };
}

export const slaIndicator: Indicator = {
  key: "sla",
  title: key("insights:sla.title"),
  levels: ["amanah", "municipality"],
  daily,
  touchedDays,
  firstDay,
  section,
  lists: { steps: list(false), late: list(true) },
};
