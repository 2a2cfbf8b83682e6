import { Prisma } from "@/lib/generated/prisma/client";
import type { Period } from "@/lib/domain/insights/days";
import type { DrillFilter } from "@/lib/domain/insights/types";

/** SQL pieces the indicators share when they compute daily rows (the job only). Columns are code, never input. */

/** The Riyadh day of a timestamptz column, as "YYYY-MM-DD". */
export const daySql = (column: string) => Prisma.raw(`to_char((${column} AT TIME ZONE 'Asia/Riyadh')::date, 'YYYY-MM-DD')`);

/** `column` falls in the Riyadh days of the period. */
export const inPeriod = (column: string, p: Period) =>
  Prisma.sql`${Prisma.raw(column)} >= ((${p.from}::date)::timestamp AT TIME ZONE 'Asia/Riyadh') AND ${Prisma.raw(column)} < ((${p.to}::date)::timestamp AT TIME ZONE 'Asia/Riyadh')`;

/** Whole hours between two timestamptz columns (the histogram bucket). */
export const hoursSql = (from: string, to: string) => Prisma.raw(`floor(extract(epoch from (${to} - ${from})) / 3600)::int`);

/** The optional columns of a measure's query (see measureSql); the required ones are day, m and count. */
type Optional = "am" | "d" | "a" | "b" | "amount" | "hist";

/**
 * One measure's daily rows as the aggregates job inserts them, in SQL (never through Node): the columns
 * (metric, day, m, am, d, a, b, count, amount, hist) from `query`, which names its own columns day ("YYYY-MM-DD"),
 * m (municipality), count, and those of `has` among am (the Amanah of a row without a municipality), d
 * (department), a and b (the breakdowns), amount and hist; a column it lacks is NULL, "" or 0.
 */
export function measureSql(metric: string, query: Prisma.Sql, has: readonly Optional[] = []): Prisma.Sql {
  const col = (c: Optional, otherwise: string) => Prisma.raw(has.includes(c) ? `q.${c}` : otherwise);
  return Prisma.sql`
    SELECT ${metric}::text AS metric, q.day, q.m, ${col("am", "NULL::text")} AS am, ${col("d", "''")} AS d, ${col("a", "''")} AS a,
           ${col("b", "''")} AS b, q.count::int AS count, ${col("amount", "0")}::bigint AS amount, ${col("hist", "NULL")}::jsonb AS hist
      FROM (${query}) q`;
}

/** Distinct Riyadh days of a column over rows matching `where` (for touchedDays). */
export function distinctDays(rows: { day: string | null }[]): string[] {
  return [...new Set(rows.map((r) => r.day).filter((d): d is string => !!d))];
}

/** The scope of a drill-down list on an operational table: its municipality column (and department column). */
export function scopeSqlFor(f: DrillFilter, municipalityColumn = 'a."municipalityId"', departmentColumn?: string): Prisma.Sql {
  const parts: Prisma.Sql[] = [
    f.scope.municipalityIds === null
      ? Prisma.sql`${Prisma.raw(municipalityColumn)} IN (SELECT id FROM "Municipality" WHERE "amanahId" = ANY(${f.scope.amanahIds}::text[]))`
      : Prisma.sql`${Prisma.raw(municipalityColumn)} = ANY(${f.scope.municipalityIds}::text[])`,
  ];
  if (f.municipalityId) parts.push(Prisma.sql`${Prisma.raw(municipalityColumn)} = ${f.municipalityId}`);
  if (f.scope.departmentId && departmentColumn) parts.push(Prisma.sql`${Prisma.raw(departmentColumn)} = ${f.scope.departmentId}`);
  return Prisma.join(parts, " AND ");
}

