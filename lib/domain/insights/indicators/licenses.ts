import { Prisma } from "@/lib/generated/prisma/client";
import type { DbOrTx } from "@/lib/db";
import type { Period } from "@/lib/domain/insights/days";
import { bucketsOf, key, namesOf, nameOr } from "@/lib/domain/insights/names";
import { medians, series, sums, total } from "@/lib/domain/insights/read";
import { daySql, distinctDays, hoursSql, inPeriod, measureSql, scopeSqlFor } from "@/lib/domain/insights/sql";
import type { DrillFilter, Indicator, SectionQuery } from "@/lib/domain/insights/types";

/**
 * Licenses issued and the time from application to license (the "five months to one day" figure): per day of
 * issue, by license kind (dimA) and office (dimB), with a histogram of whole hours from submission to issue.
 */
function daily(p: Period): Prisma.Sql[] {
  return [
    measureSql(
      "licenses.issued",
      Prisma.sql`
      WITH x AS (
        SELECT ${daySql('a."issuedAt"')} AS day, a."municipalityId" AS m, a.kind::text AS k, COALESCE(a."officeId", '') AS o,
               ${hoursSql('a."submittedAt"', 'a."issuedAt"')} AS h, count(*)::int AS n
          FROM "LicenseApplication" a
         WHERE a."issuedAt" IS NOT NULL AND a."submittedAt" IS NOT NULL AND a."municipalityId" IS NOT NULL AND ${inPeriod('a."issuedAt"', p)}
         GROUP BY 1, 2, 3, 4, 5)
      SELECT day, m, k AS a, o AS b, sum(n)::int AS count, jsonb_object_agg(h::text, n) AS hist FROM x GROUP BY 1, 2, 3, 4`,
      ["a", "b", "hist"],
    ),
    measureSql(
      "licenses.submitted",
      Prisma.sql`
      SELECT ${daySql('a."submittedAt"')} AS day, a."municipalityId" AS m, a.kind::text AS a, COALESCE(a."officeId", '') AS b, count(*)::int AS count
        FROM "LicenseApplication" a
       WHERE a."submittedAt" IS NOT NULL AND a."municipalityId" IS NOT NULL AND ${inPeriod('a."submittedAt"', p)}
       GROUP BY 1, 2, 3, 4`,
      ["a", "b"],
    ),
  ];
}

async function touchedDays(db: DbOrTx, since: Date): Promise<string[]> {
  const rows = await db.$queryRaw<{ day: string | null }[]>`
    SELECT ${daySql('"issuedAt"')} AS day FROM "LicenseApplication" WHERE "updatedAt" > ${since} AND "issuedAt" IS NOT NULL
    UNION SELECT ${daySql('"submittedAt"')} FROM "LicenseApplication" WHERE "updatedAt" > ${since} AND "submittedAt" IS NOT NULL`;
  return distinctDays(rows);
}

async function firstDay(db: DbOrTx): Promise<string | null> {
  const rows = await db.$queryRaw<{ day: string | null }[]>`SELECT ${daySql('min("submittedAt")')} AS day FROM "LicenseApplication"`;
  return rows[0]?.day ?? null;
}

async function section(q: SectionQuery) {
  const { db, scope, period, comparison, bucket } = q;
  const [now, before, medNow, medBefore, subNow, subBefore, byMunicipality, medByMunicipality, byOffice, medByOffice, trendIssued, trendSubmitted] = await Promise.all([
    total(db, scope, "licenses.issued", period),
    total(db, scope, "licenses.issued", comparison),
    medians(db, scope, "licenses.issued", period),
    medians(db, scope, "licenses.issued", comparison),
    total(db, scope, "licenses.submitted", period),
    total(db, scope, "licenses.submitted", comparison),
    sums(db, scope, "licenses.issued", period, "municipalityId"),
    medians(db, scope, "licenses.issued", period, "municipalityId"),
    sums(db, scope, "licenses.issued", period, "dimB"),
    medians(db, scope, "licenses.issued", period, "dimB"),
    series(db, scope, "licenses.issued", period, bucket),
    series(db, scope, "licenses.submitted", period, bucket),
  ]);
  const [municipalities, offices] = await Promise.all([
    namesOf(db, "municipality", byMunicipality.map((r) => r.key)),
    namesOf(db, "office", byOffice.map((r) => r.key)),
  ]);
  const breakdowns = [];
  if (scope.level === "amanah") {
    breakdowns.push({
      key: "byMunicipality",
      title: key("insights:licenses.byMunicipality"),
      dimension: key("insights:dims.municipality"),
      columns: [
        { key: "issued", label: key("insights:licenses.issued"), format: "count" as const },
        { key: "median", label: key("insights:licenses.median"), format: "hours" as const },
      ],
      rows: byMunicipality.map((r) => ({
        id: r.key,
        label: nameOr(municipalities, r.key),
        values: { issued: r.count, median: medByMunicipality.get(r.key) ?? null },
        drill: { indicator: "licenses", list: "issued", municipalityId: r.key },
      })),
    });
  }
  breakdowns.push({
    key: "byOffice",
    title: key("insights:licenses.byOffice"),
    dimension: key("insights:dims.office"),
    columns: [
      { key: "issued", label: key("insights:licenses.issued"), format: "count" as const },
      { key: "median", label: key("insights:licenses.median"), format: "hours" as const },
    ],
    rows: byOffice.map((r) => ({
      id: r.key,
      label: nameOr(offices, r.key),
      values: { issued: r.count, median: medByOffice.get(r.key) ?? null },
      drill: { indicator: "licenses", list: "issued", dimB: r.key },
    })),
  });
  return {
    key: "licenses",
    title: key("insights:licenses.title"),
    figures: [
      { key: "issued", label: key("insights:licenses.issued"), format: "count" as const, value: now.count, previous: before.count, drill: { indicator: "licenses", list: "issued" } },
      { key: "median", label: key("insights:licenses.median"), format: "hours" as const, better: "down" as const, value: medNow.get("") ?? null, previous: medBefore.get("") ?? null, drill: { indicator: "licenses", list: "issued" } },
      { key: "submitted", label: key("insights:licenses.submitted"), format: "count" as const, value: subNow.count, previous: subBefore.count },
    ],
    trend: {
      series: [
        { key: "issued", label: key("insights:licenses.issued"), format: "count" as const },
        { key: "submitted", label: key("insights:licenses.submitted"), format: "count" as const },
      ],
      points: bucketsOf(period, bucket).map((d) => ({ day: d, values: { issued: trendIssued.get(d)?.count ?? 0, submitted: trendSubmitted.get(d)?.count ?? 0 } })),
    },
    breakdowns,
  };
}

/** The issued applications behind the numbers (scope, period of issue, kind, office, municipality). */
async function issuedList(db: DbOrTx, f: DrillFilter, page: { skip: number; take: number }) {
  const where = Prisma.sql`a."issuedAt" IS NOT NULL AND a."submittedAt" IS NOT NULL AND ${inPeriod('a."issuedAt"', f.period)}
    AND ${scopeSqlFor(f)} ${f.dimA ? Prisma.sql`AND a.kind::text = ${f.dimA}` : Prisma.empty}
    ${f.dimB !== undefined ? Prisma.sql`AND COALESCE(a."officeId", '') = ${f.dimB}` : Prisma.empty}`;
  const [rows, count] = await Promise.all([
    db.$queryRaw<{ number: string; tradeNameAr: string | null; nameAr: string; nameEn: string; officeAr: string | null; officeEn: string | null; submittedAt: Date; issuedAt: Date; hours: number }[]>`
      SELECT a.number, a."tradeNameAr", m."nameAr", m."nameEn", o."nameAr" AS "officeAr", o."nameEn" AS "officeEn", a."submittedAt", a."issuedAt",
             ${hoursSql('a."submittedAt"', 'a."issuedAt"')} AS hours
        FROM "LicenseApplication" a JOIN "Municipality" m ON m.id = a."municipalityId" LEFT JOIN "LicensingOffice" o ON o.id = a."officeId"
       WHERE ${where} ORDER BY a."issuedAt" DESC, a.id LIMIT ${page.take} OFFSET ${page.skip}`,
    db.$queryRaw<{ n: bigint }[]>`SELECT count(*) AS n FROM "LicenseApplication" a JOIN "Municipality" m ON m.id = a."municipalityId" WHERE ${where}`,
  ]);
  return {
    title: key("insights:licenses.listIssued"),
    columns: [
      { key: "number", label: key("insights:cols.number") },
      { key: "tradeName", label: key("insights:cols.tradeName") },
      { key: "municipality", label: key("insights:dims.municipality"), kind: "label" as const },
      { key: "office", label: key("insights:dims.office"), kind: "label" as const },
      { key: "submittedAt", label: key("insights:cols.submittedAt"), kind: "date" as const },
      { key: "issuedAt", label: key("insights:cols.issuedAt"), kind: "date" as const },
      { key: "hours", label: key("insights:cols.duration") },
    ],
    rows: rows.map((r) => ({
      number: r.number,
      tradeName: r.tradeNameAr ?? "",
      municipality: { nameAr: r.nameAr, nameEn: r.nameEn },
      office: r.officeAr ? { nameAr: r.officeAr, nameEn: r.officeEn ?? r.officeAr } : key("insights:unknown"),
      submittedAt: r.submittedAt.toISOString(),
      issuedAt: r.issuedAt.toISOString(),
      hours: r.hours,
    })),
    total: Number(count[0]?.n ?? 0),
  };
}

export const licensesIndicator: Indicator = {
  key: "licenses",
  title: key("insights:licenses.title"),
  levels: ["amanah", "municipality"],
  daily,
  touchedDays,
  firstDay,
  section,
  lists: { issued: issuedList },
};
