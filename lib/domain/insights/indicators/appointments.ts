import { Prisma } from "@/lib/generated/prisma/client";
import type { DbOrTx } from "@/lib/db";
import { BOOKING_HORIZON_DAYS } from "@/lib/domain/appointments/rules";
import { addDays, eachDay, type Period } from "@/lib/domain/insights/days";
import { bucketsOf, key, namesOf, nameOr } from "@/lib/domain/insights/names";
import { series, sums, total } from "@/lib/domain/insights/read";
import { daySql, inPeriod, scopeSqlFor } from "@/lib/domain/insights/sql";
import type { DrillFilter, Indicator, SectionQuery } from "@/lib/domain/insights/types";

/**
 * Appointments (issue 13), on the day of their slot, by service (dimA) and branch (dimB), with the service's
 * department: booked (not cancelled), attended (checked in) and no-shows. A branch of the Amanah's own building
 * has no municipality: its rows count at the Amanah level only (municipalityId "", amanahId of the branch).
 */
const MEASURES = ["booked", "attended", "noShow"] as const;
const FILTER = {
  booked: Prisma.sql`a.status <> 'CANCELLED'`,
  attended: Prisma.sql`a.status = 'CHECKED_IN'`,
  noShow: Prisma.sql`a.status = 'NO_SHOW'`,
} as const;

/** One query, unpivoted into a row per measure (only the measures with a count). */
function daily(p: Period): Prisma.Sql[] {
  return [
    Prisma.sql`
    SELECT v.metric, x.day, x.m, x.am, x.d, x.s AS a, x.b, v.n AS count, 0::bigint AS amount, NULL::jsonb AS hist
      FROM (
        SELECT ${daySql('sl."startsAt"')} AS day, COALESCE(br."municipalityId", '') AS m, br."amanahId" AS am, COALESCE(sv."departmentId", '') AS d, sv.id AS s, br.id AS b,
               count(*) FILTER (WHERE ${FILTER.booked})::int AS booked, count(*) FILTER (WHERE ${FILTER.attended})::int AS attended,
               count(*) FILTER (WHERE ${FILTER.noShow})::int AS "noShow"
          FROM "Appointment" a JOIN "AppointmentSlot" sl ON sl.id = a."slotId" JOIN "AppointmentService" sv ON sv.id = a."serviceId" JOIN "Branch" br ON br.id = sv."branchId"
         WHERE ${inPeriod('sl."startsAt"', p)}
         GROUP BY 1, 2, 3, 4, 5, 6) x
     CROSS JOIN LATERAL (VALUES (${`appointments.${MEASURES[0]}`}::text, x.booked), (${`appointments.${MEASURES[1]}`}::text, x.attended), (${`appointments.${MEASURES[2]}`}::text, x."noShow")) v(metric, n)
     WHERE v.n > 0`,
  ];
}

/**
 * An appointment changed since `since` touches the day of its slot; a rescheduled one also left an older slot,
 * which is not recorded: every day it could have been on (from the day it was booked to the booking horizon).
 */
async function touchedDays(db: DbOrTx, since: Date): Promise<string[]> {
  const rows = await db.$queryRaw<{ slot: string; created: string; rescheduled: boolean }[]>`
    SELECT ${daySql('sl."startsAt"')} AS slot, ${daySql('a."createdAt"')} AS created, a."rescheduledAt" IS NOT NULL AND a."rescheduledAt" > ${since} AS rescheduled
      FROM "Appointment" a JOIN "AppointmentSlot" sl ON sl.id = a."slotId" WHERE a."updatedAt" > ${since}`;
  const days = new Set<string>();
  for (const r of rows) {
    days.add(r.slot);
    if (r.rescheduled) for (const d of eachDay({ from: r.created, to: addDays(r.created, BOOKING_HORIZON_DAYS + 1) })) days.add(d);
  }
  return [...days];
}

async function firstDay(db: DbOrTx): Promise<string | null> {
  const rows = await db.$queryRaw<{ day: string | null }[]>`
    SELECT ${daySql('min(sl."startsAt")')} AS day FROM "Appointment" a JOIN "AppointmentSlot" sl ON sl.id = a."slotId"`;
  return rows[0]?.day ?? null;
}

/** No-shows among the appointments that were due (attended + no-show), in percent. */
const noShowRate = (attended: number, noShow: number) => (attended + noShow ? Math.round((noShow / (attended + noShow)) * 1000) / 10 : null);

async function section(q: SectionQuery) {
  const { db, scope, period, comparison, bucket } = q;
  const [now, before, byService, trends] = await Promise.all([
    Promise.all(MEASURES.map((m) => total(db, scope, `appointments.${m}`, period))),
    Promise.all(MEASURES.map((m) => total(db, scope, `appointments.${m}`, comparison))),
    Promise.all(MEASURES.map((m) => sums(db, scope, `appointments.${m}`, period, "dimA"))),
    Promise.all(MEASURES.map((m) => series(db, scope, `appointments.${m}`, period, bucket))),
  ]);
  const ids = [...new Set(byService.flat().map((r) => r.key))];
  const services = await namesOf(db, "service", ids);
  const get = (i: number, id: string) => byService[i]!.find((r) => r.key === id)?.count ?? 0;
  return {
    key: "appointments",
    title: key("insights:appointments.title"),
    figures: [
      { key: "booked", label: key("insights:appointments.booked"), format: "count" as const, value: now[0]!.count, previous: before[0]!.count, drill: { indicator: "appointments", list: "booked" } },
      { key: "attended", label: key("insights:appointments.attended"), format: "count" as const, value: now[1]!.count, previous: before[1]!.count, drill: { indicator: "appointments", list: "attended" } },
      { key: "noShow", label: key("insights:appointments.noShow"), format: "count" as const, better: "down" as const, value: now[2]!.count, previous: before[2]!.count, drill: { indicator: "appointments", list: "noShow" } },
      { key: "noShowRate", label: key("insights:appointments.noShowRate"), format: "percent" as const, better: "down" as const, value: noShowRate(now[1]!.count, now[2]!.count), previous: noShowRate(before[1]!.count, before[2]!.count) },
    ],
    trend: {
      series: MEASURES.map((m) => ({ key: m, label: key(`insights:appointments.${m}`), format: "count" as const })),
      points: bucketsOf(period, bucket).map((d) => ({ day: d, values: Object.fromEntries(MEASURES.map((m, i) => [m, trends[i]!.get(d)?.count ?? 0])) })),
    },
    breakdowns: [
      {
        key: "byService",
        title: key("insights:appointments.byService"),
        dimension: key("insights:dims.service"),
        columns: [
          ...MEASURES.map((m) => ({ key: m, label: key(`insights:appointments.${m}`), format: "count" as const })),
          { key: "noShowRate", label: key("insights:appointments.noShowRate"), format: "percent" as const },
        ],
        rows: ids
          .map((id) => ({
            id,
            label: nameOr(services, id),
            values: { booked: get(0, id), attended: get(1, id), noShow: get(2, id), noShowRate: noShowRate(get(1, id), get(2, id)) },
            drill: { indicator: "appointments", list: "booked", dimA: id },
          }))
          .sort((a, b) => b.values.booked - a.values.booked),
      },
    ],
  };
}

function list(m: (typeof MEASURES)[number]) {
  return async (db: DbOrTx, f: DrillFilter, page: { skip: number; take: number }) => {
    // The Amanah's own branches have no municipality: they are in an Amanah-wide scope only.
    const scope =
      f.scope.municipalityIds === null && !f.municipalityId
        ? Prisma.sql`br."amanahId" = ANY(${f.scope.amanahIds}::text[])`
        : scopeSqlFor(f, 'br."municipalityId"');
    const where = Prisma.sql`${FILTER[m]} AND ${inPeriod('sl."startsAt"', f.period)} AND ${scope}
      ${f.scope.departmentId ? Prisma.sql`AND sv."departmentId" = ${f.scope.departmentId}` : Prisma.empty}
      ${f.dimA ? Prisma.sql`AND sv.id = ${f.dimA}` : Prisma.empty} ${f.dimB ? Prisma.sql`AND br.id = ${f.dimB}` : Prisma.empty}`;
    const from = Prisma.sql`"Appointment" a JOIN "AppointmentSlot" sl ON sl.id = a."slotId" JOIN "AppointmentService" sv ON sv.id = a."serviceId" JOIN "Branch" br ON br.id = sv."branchId"`;
    const [rows, count] = await Promise.all([
      db.$queryRaw<{ number: string; svAr: string; svEn: string; brAr: string; brEn: string; status: string; startsAt: Date }[]>`
        SELECT a.number, sv."nameAr" AS "svAr", sv."nameEn" AS "svEn", br."nameAr" AS "brAr", br."nameEn" AS "brEn", a.status::text AS status, sl."startsAt"
          FROM ${from} WHERE ${where} ORDER BY sl."startsAt" DESC, a.id LIMIT ${page.take} OFFSET ${page.skip}`,
      db.$queryRaw<{ n: bigint }[]>`SELECT count(*) AS n FROM ${from} WHERE ${where}`,
    ]);
    return {
      title: key(`insights:appointments.list.${m}`),
      columns: [
        { key: "number", label: key("insights:cols.number") },
        { key: "service", label: key("insights:dims.service"), kind: "label" as const },
        { key: "branch", label: key("insights:dims.branch"), kind: "label" as const },
        { key: "status", label: key("insights:cols.status"), kind: "label" as const },
        { key: "startsAt", label: key("insights:cols.appointmentAt"), kind: "date" as const },
      ],
      rows: rows.map((r) => ({
        number: r.number,
        service: { nameAr: r.svAr, nameEn: r.svEn },
        branch: { nameAr: r.brAr, nameEn: r.brEn },
        status: key(`insights:appointments.status.${r.status}`),
        startsAt: r.startsAt.toISOString(),
      })),
      total: Number(count[0]?.n ?? 0),
    };
  };
}

export const appointmentsIndicator: Indicator = {
  key: "appointments",
  title: key("insights:appointments.title"),
  levels: ["amanah", "municipality", "department"],
  daily,
  touchedDays,
  firstDay,
  section,
  lists: { booked: list("booked"), attended: list("attended"), noShow: list("noShow") },
};
