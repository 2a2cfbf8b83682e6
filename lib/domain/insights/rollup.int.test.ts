/**
 * The monthly roll-up and the day totals against a direct count on the same data (real PostgreSQL,
 * docs/decisions/026-insights-rollup.md): complaints spread over three months and across Riyadh midnights; the figures
 * the dashboards read (sums, medians, trends — whole months from "InsightMonthly", edge days from "InsightDaily",
 * trends from "InsightDayTotal") equal counts over the Complaint table for periods with and without whole months;
 * breakdowns by category and district with their medians for the Amanah, a municipality and a department (the
 * Amanah-wide and per-municipality grains, "After the grains"); the roll-up rows equal a GROUP BY of the daily rows
 * at every grain, histograms included (at the grains a median reads); a late correction of an old day corrects its month.
 */
import { randomBytes } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { refreshAggregates } from "@/lib/domain/insights/aggregate";
import { riyadhDay } from "@/lib/kernel/riyadh-days";
import { addDays, splitPeriod, type Period } from "@/lib/domain/insights/days";
import { histogramMedian } from "@/lib/domain/insights/median";
import { medians, series, sums, total } from "@/lib/domain/insights/read";
import type { Scope } from "@/lib/domain/insights/types";
import { MUNICIPALITY_CODES } from "@/prisma/seed/places";

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const NOW = new Date();
const TODAY = riyadhDay(NOW);
const firstOfMonth = (day: string, back: number) => {
  const [y, m] = day.split("-").map(Number) as [number, number];
  const d = new Date(Date.UTC(y, m - 1 - back, 1));
  return d.toISOString().slice(0, 10);
};

let municipalityId: string;
let amanahId: string;
let categoryId: string;
let departmentId: string;
let late: { id: string; createdAt: Date };

/** Riyadh-day bounds of a period, as instants. */
const bounds = (p: Period) => [new Date(`${p.from}T00:00:00+03:00`), new Date(`${p.to}T00:00:00+03:00`)] as const;

async function directCount(column: "createdAt" | "resolvedAt", p: Period, scope: Scope): Promise<number> {
  const [from, to] = bounds(p);
  const where = scope.municipalityIds === null ? { municipality: { amanahId: { in: scope.amanahIds } } } : { municipalityId: { in: scope.municipalityIds } };
  return db.complaint.count({ where: { ...where, ...(scope.departmentId ? { departmentId: scope.departmentId } : {}), [column]: { gte: from, lt: to } } });
}

beforeAll(async () => {
  const m = await db.municipality.findUniqueOrThrow({ where: { code: MUNICIPALITY_CODES.DAMMAM_CENTRAL } });
  municipalityId = m.id;
  amanahId = m.amanahId;
  const category = await db.complaintCategory.findFirstOrThrow({ orderBy: { code: "asc" } });
  categoryId = category.id;
  departmentId = category.departmentId;
  // One complaint every ~19 hours over the last ~100 days (so days of three months and more), resolved after a
  // varying number of hours; some around Riyadh midnight.
  const start = new Date(`${firstOfMonth(TODAY, 3)}T20:30:00Z`).getTime();
  const data = [];
  for (let i = 0, t = start; t < NOW.getTime() - DAY; i++, t += 19 * HOUR) {
    const createdAt = new Date(t);
    const resolved = i % 3 !== 0;
    data.push({
      reference: `R${randomBytes(6).toString("hex").slice(0, 12)}`,
      categoryId,
      departmentId,
      municipalityId,
      description: "اختبار التجميع الشهري",
      slaDueAt: new Date(t + 48 * HOUR),
      createdAt,
      status: resolved ? ("RESOLVED" as const) : ("NEW" as const),
      resolvedAt: resolved ? new Date(t + ((i * 7) % 90) * HOUR + 30 * 60_000) : null,
    });
  }
  await db.complaint.createMany({ data });
  const first = await db.complaint.findFirstOrThrow({ where: { municipalityId, description: "اختبار التجميع الشهري", resolvedAt: null }, orderBy: { createdAt: "asc" } });
  late = { id: first.id, createdAt: first.createdAt };
  await db.$executeRaw`DELETE FROM "InsightDaily"`;
  await db.$executeRaw`DELETE FROM "InsightMonthly"`;
  await db.$executeRaw`DELETE FROM "InsightDayTotal"`;
  await db.$executeRaw`DELETE FROM "InsightWatermark"`;
  await refreshAggregates(db, NOW);
});

const periods = (): Period[] => [
  { from: addDays(TODAY, -29), to: addDays(TODAY, 1) }, // the default: usually one edge piece, or a month and edges
  { from: firstOfMonth(TODAY, 2), to: firstOfMonth(TODAY, 0) }, // exactly two whole months
  { from: addDays(firstOfMonth(TODAY, 3), 5), to: addDays(firstOfMonth(TODAY, 0), 3) }, // edge, two months, edge
  { from: addDays(TODAY, -364), to: addDays(TODAY, 1) }, // a year
];

describe("the roll-up answers like a direct count", () => {
  it("the periods used exercise whole months and edge days", () => {
    expect(splitPeriod(periods()[1]!).days).toEqual([]);
    const third = splitPeriod(periods()[2]!);
    expect(third.months).not.toBeNull();
    expect(third.days).toHaveLength(2);
  });

  it("received and resolved complaints per period, for the municipality, the Amanah and the department", async () => {
    const scopes: Scope[] = [
      { level: "municipality", amanahIds: [amanahId], municipalityIds: [municipalityId], departmentId: null },
      { level: "amanah", amanahIds: [amanahId], municipalityIds: null, departmentId: null },
      { level: "department", amanahIds: [amanahId], municipalityIds: [municipalityId], departmentId },
    ];
    for (const scope of scopes) {
      for (const p of periods()) {
        const [received, resolved] = await Promise.all([total(db, scope, "complaints.received", p), total(db, scope, "complaints.resolved", p)]);
        expect(received.count, `${scope.level} ${p.from}…${p.to}`).toBe(await directCount("createdAt", p, scope));
        expect(resolved.count, `${scope.level} ${p.from}…${p.to}`).toBe(await directCount("resolvedAt", p, scope));
      }
    }
  });

  it("breakdowns by category and medians of time to resolve", async () => {
    const scope: Scope = { level: "municipality", amanahIds: [amanahId], municipalityIds: [municipalityId], departmentId: null };
    for (const p of periods()) {
      const [from, to] = bounds(p);
      const byCategory = await sums(db, scope, "complaints.received", p, "dimA");
      const direct = await db.complaint.groupBy({ by: ["categoryId"], where: { municipalityId, createdAt: { gte: from, lt: to } }, _count: true });
      expect(new Map(byCategory.map((r) => [r.key, r.count]))).toEqual(new Map(direct.map((r) => [r.categoryId, r._count])));
      const hours = await db.$queryRaw<{ h: number }[]>`
        SELECT floor(extract(epoch from ("resolvedAt" - "createdAt")) / 3600)::int AS h FROM "Complaint"
         WHERE "municipalityId" = ${municipalityId} AND "resolvedAt" >= ${from} AND "resolvedAt" < ${to}`;
      const hist = hours.reduce<Record<string, number>>((acc, { h }) => ({ ...acc, [h]: (acc[h] ?? 0) + 1 }), {});
      expect((await medians(db, scope, "complaints.resolved", p)).get("") ?? null, `${p.from}…${p.to}`).toBe(histogramMedian(hist));
    }
  });

  it("breakdowns by category and by district with their medians, for the Amanah, a municipality and a department", async () => {
    const scopes: Scope[] = [
      { level: "amanah", amanahIds: [amanahId], municipalityIds: null, departmentId: null },
      { level: "municipality", amanahIds: [amanahId], municipalityIds: [municipalityId], departmentId: null },
      { level: "department", amanahIds: [amanahId], municipalityIds: null, departmentId },
      { level: "department", amanahIds: [amanahId], municipalityIds: [municipalityId], departmentId },
    ];
    for (const scope of scopes) {
      const where =
        scope.municipalityIds === null
          ? Prisma.sql`m."amanahId" = ${amanahId}`
          : Prisma.sql`c."municipalityId" = ANY(${scope.municipalityIds}::text[])`;
      const dep = scope.departmentId ? Prisma.sql`AND c."departmentId" = ${scope.departmentId}` : Prisma.empty;
      for (const p of periods()) {
        const [from, to] = bounds(p);
        for (const [col, column] of [["dimA", Prisma.sql`c."categoryId"`], ["dimB", Prisma.sql`COALESCE(c."districtId", '')`]] as const) {
          const label = `${scope.level} ${scope.municipalityIds ? "m" : "all"} ${col} ${p.from}…${p.to}`;
          const received = await sums(db, scope, "complaints.received", p, col);
          const direct = await db.$queryRaw<{ k: string; n: number }[]>`
            SELECT ${column} AS k, count(*)::int AS n FROM "Complaint" c JOIN "Municipality" m ON m.id = c."municipalityId"
             WHERE ${where} ${dep} AND c."createdAt" >= ${from} AND c."createdAt" < ${to} GROUP BY 1`;
          expect(new Map(received.map((r) => [r.key, r.count])), label).toEqual(new Map(direct.map((r) => [r.k, r.n])));
          const hours = await db.$queryRaw<{ k: string; h: number }[]>`
            SELECT ${column} AS k, floor(extract(epoch from (c."resolvedAt" - c."createdAt")) / 3600)::int AS h
              FROM "Complaint" c JOIN "Municipality" m ON m.id = c."municipalityId"
             WHERE ${where} ${dep} AND c."resolvedAt" >= ${from} AND c."resolvedAt" < ${to}`;
          const hists = new Map<string, Record<string, number>>();
          for (const { k, h } of hours) hists.set(k, { ...hists.get(k), [h]: (hists.get(k)?.[h] ?? 0) + 1 });
          const med = await medians(db, scope, "complaints.resolved", p, col);
          expect(new Map([...med].filter(([, v]) => v !== null)), label).toEqual(new Map([...hists].map(([k, h]) => [k, histogramMedian(h)])));
        }
      }
    }
  });

  it("trend buckets (days and weeks) from the day totals", async () => {
    const scope: Scope = { level: "municipality", amanahIds: [amanahId], municipalityIds: [municipalityId], departmentId: null };
    const p = periods()[2]!;
    const days = await series(db, scope, "complaints.received", p, "day");
    const direct = await db.$queryRaw<{ day: string; n: number }[]>`
      SELECT to_char(("createdAt" AT TIME ZONE 'Asia/Riyadh')::date, 'YYYY-MM-DD') AS day, count(*)::int AS n FROM "Complaint"
       WHERE "municipalityId" = ${municipalityId} AND "createdAt" >= ${bounds(p)[0]} AND "createdAt" < ${bounds(p)[1]} GROUP BY 1`;
    expect(new Map([...days].map(([d, v]) => [d, v.count]))).toEqual(new Map(direct.map((r) => [r.day, r.n])));
    const weeks = await series(db, scope, "complaints.received", p, "week");
    expect([...weeks.values()].reduce((s, v) => s + v.count, 0)).toBe(direct.reduce((s, r) => s + r.n, 0));
  });

  it("the roll-up tables equal a GROUP BY of the daily rows, at each grain", async () => {
    // Rows of `roll` that a GROUP BY of the daily rows does not give, and the other way round: none.
    const differ = async (roll: string, daily: string) =>
      Number((await db.$queryRawUnsafe<{ n: bigint }[]>(`SELECT count(*) AS n FROM (((${daily}) EXCEPT (${roll})) UNION ALL ((${roll}) EXCEPT (${daily}))) x`))[0]!.n);
    const COLS = { M: '"municipalityId"', D: '"departmentId"', A: '"dimA"', B: '"dimB"' } as const;
    const sumCols = `sum(count)::int, sum(amount)::bigint`;
    // Every grain: the columns it keeps, and "*" for the others (the GROUP BY of the daily rows names them so too).
    const kept = (grain: string) => (Object.keys(COLS) as (keyof typeof COLS)[]).map((c) => (grain.includes(c) ? COLS[c] : `'*'`));
    const monthGrains = ["MDAB", "MDA", "MDB", "MD", "MAB", "MA", "MB", "M", "DAB", "DA", "DB", "D", "AB", "A", "B", ""];
    for (const grain of monthGrains) {
      const cols = kept(grain);
      expect(
        await differ(
          `SELECT metric, month, "amanahId", "municipalityId", "departmentId", "dimA", "dimB", count, amount FROM "InsightMonthly" WHERE grain = '${grain}'`,
          `SELECT metric, date_trunc('month', day)::date, "amanahId", ${cols.join(", ")}, ${sumCols} FROM "InsightDaily" GROUP BY 1, 2, 3, ${cols.map((c, k) => (c === "'*'" ? null : k + 4)).filter(Boolean).join(", ") || "3"}`,
        ),
        `monthly grain "${grain}"`,
      ).toBe(0);
    }
    // Day roll-up: (municipality, department), (municipality, *), (*, department), (*, *) without breakdowns, and the
    // whole Amanah by dimA or by dimB.
    for (const grain of ["MD", "M", "D", "", "A", "B"]) {
      const cols = kept(grain);
      expect(
        await differ(
          `SELECT metric, day, "amanahId", "municipalityId", "departmentId", "dimA", "dimB", count, amount FROM "InsightDayTotal" WHERE grain = '${grain}'`,
          `SELECT metric, day, "amanahId", ${cols.join(", ")}, ${sumCols} FROM "InsightDaily" GROUP BY 1, 2, 3, ${cols.map((c, k) => (c === "'*'" ? null : k + 4)).filter(Boolean).join(", ") || "3"}`,
        ),
        `day grain "${grain}"`,
      ).toBe(0);
    }
    // No other grain is stored, and each row's grain names exactly its columns that are not "*" (the indexes the
    // reads use start with it).
    const grains = await db.$queryRaw<{ t: string; grain: string }[]>`
      SELECT DISTINCT 'M' AS t, grain FROM "InsightMonthly" UNION SELECT DISTINCT 'D', grain FROM "InsightDayTotal"`;
    expect(grains.filter((g) => g.t === "M").map((g) => g.grain).sort()).toEqual([...monthGrains].sort());
    expect(grains.filter((g) => g.t === "D").map((g) => g.grain).sort()).toEqual(["", "A", "B", "D", "M", "MD"]);
    const named = `CASE WHEN "municipalityId" <> '*' THEN 'M' ELSE '' END || CASE WHEN "departmentId" <> '*' THEN 'D' ELSE '' END || CASE WHEN "dimA" <> '*' THEN 'A' ELSE '' END || CASE WHEN "dimB" <> '*' THEN 'B' ELSE '' END`;
    const misnamed = await db.$queryRawUnsafe<{ n: bigint }[]>(
      `SELECT (SELECT count(*) FROM "InsightMonthly" WHERE grain <> ${named}) + (SELECT count(*) FROM "InsightDayTotal" WHERE grain <> ${named}) AS n`,
    );
    expect(Number(misnamed[0]!.n)).toBe(0);
    expect(await db.insightMonthly.count()).toBeGreaterThan(0);
  });

  it("histograms of every grain merge to the daily rows' (the medians read them)", async () => {
    // Per metric, month and grain, the hours of all rows merged equal those of the month's daily rows.
    const merged = async (sql: string) =>
      new Map(
        (await db.$queryRawUnsafe<{ k: string; h: string; n: bigint }[]>(`SELECT k, x.key AS h, sum(x.value::int)::bigint AS n FROM (${sql}) r, jsonb_each_text(r.hist) x GROUP BY 1, 2`)).map(
          (r) => [`${r.k}|${r.h}`, Number(r.n)],
        ),
      );
    const daily = await merged(`SELECT metric || to_char(day, 'YYYY-MM') AS k, hist FROM "InsightDaily" WHERE hist IS NOT NULL`);
    expect(daily.size).toBeGreaterThan(0);
    for (const grain of ["MDA", "MDB", "MA", "DB", "B", "D", ""]) {
      expect(await merged(`SELECT metric || to_char(month, 'YYYY-MM') AS k, hist FROM "InsightMonthly" WHERE grain = '${grain}' AND hist IS NOT NULL`), `monthly "${grain}"`).toEqual(daily);
    }
    // No median is read by both breakdowns at once: those grains keep their sums, not a histogram.
    const both = await db.$queryRaw<{ grain: string; rows: bigint; hists: bigint }[]>`
      SELECT grain, count(*) AS rows, count(hist) AS hists FROM "InsightMonthly" WHERE grain LIKE '%AB' GROUP BY grain ORDER BY grain`;
    expect(both.map((r) => r.grain)).toEqual(["AB", "DAB", "MAB", "MDAB"]);
    for (const r of both) expect([r.grain, Number(r.rows) > 0, Number(r.hists)]).toEqual([r.grain, true, 0]);
    for (const grain of ["MD", "", "A", "B"]) {
      expect(await merged(`SELECT metric || to_char(day, 'YYYY-MM') AS k, hist FROM "InsightDayTotal" WHERE grain = '${grain}' AND hist IS NOT NULL`), `day "${grain}"`).toEqual(daily);
    }
  });

  it("resolving an old complaint now corrects its day, its day total and its month", async () => {
    const scope: Scope = { level: "municipality", amanahIds: [amanahId], municipalityIds: [municipalityId], departmentId: null };
    const resolvedAt = new Date(late.createdAt.getTime() + 5 * HOUR);
    const month = `${riyadhDay(resolvedAt).slice(0, 7)}-01`;
    const wholeMonth = { from: month, to: addDays(`${addDays(month, 32).slice(0, 7)}-01`, 0) };
    expect(splitPeriod(wholeMonth)).toEqual({ months: wholeMonth, days: [] });
    const before = await total(db, scope, "complaints.resolved", wholeMonth);
    await db.complaint.update({ where: { id: late.id }, data: { status: "RESOLVED", resolvedAt } });
    const ran = await refreshAggregates(db, new Date());
    expect(ran.complaints).toBeGreaterThan(3);
    const after = await total(db, scope, "complaints.resolved", wholeMonth);
    expect(after.count).toBe(before.count + 1);
    expect(after.count).toBe(await directCount("resolvedAt", wholeMonth, scope));
    const day = riyadhDay(resolvedAt);
    const trend = await series(db, scope, "complaints.resolved", { from: day, to: addDays(day, 1) }, "day");
    expect(trend.get(day)?.count).toBe(await directCount("resolvedAt", { from: day, to: addDays(day, 1) }, scope));
  });

  it("a backfill (no watermark) also rolls up daily rows older than the first record, as they stand", async () => {
    // Rows kept from before a migration that adds a grain, or a demo history: not recomputed, but rolled up.
    const day = addDays(TODAY, -3 * 365);
    await db.$executeRaw`
      INSERT INTO "InsightDaily" (metric, day, "amanahId", "municipalityId", "departmentId", "dimA", "dimB", count, amount, hist)
      VALUES ('complaints.resolved', ${day}::date, ${amanahId}, ${municipalityId}, ${departmentId}, ${categoryId}, '', 3, 0, '{"5": 2, "9": 1}'::jsonb)`;
    const amanah: Scope = { level: "amanah", amanahIds: [amanahId], municipalityIds: null, departmentId: null };
    const month = `${day.slice(0, 7)}-01`;
    const wholeMonth = { from: month, to: `${addDays(month, 32).slice(0, 7)}-01` };
    expect((await total(db, amanah, "complaints.resolved", wholeMonth)).count).toBe(0);
    await db.$executeRaw`DELETE FROM "InsightWatermark" WHERE indicator = 'complaints'`;
    await refreshAggregates(db, new Date());
    expect((await total(db, amanah, "complaints.resolved", wholeMonth)).count).toBe(3);
    expect((await sums(db, amanah, "complaints.resolved", { from: day, to: addDays(day, 1) }, "dimA")).find((r) => r.key === categoryId)?.count).toBe(3);
    expect((await medians(db, amanah, "complaints.resolved", wholeMonth, "dimA")).get(categoryId)).toBe(5);
  });
});
