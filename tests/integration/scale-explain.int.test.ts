/**
 * Issue 16, national scale: the hot staff and citizen queries read the big tables through indexes, never by a
 * sequential scan. The test loads the scale data set with the same generator as `npm run seed:scale`
 * (scripts/lib/scale-data.ts) at a small SCALE (SCALE_EXPLAIN, default 0.005: 50,000 licenses, 100,000 complaints,
 * 50,000 bills with their establishments, applications, renewals, lines, payments), ANALYZEs it, then calls each
 * page's query function as the page does, with the app's Prisma client replaced by one that records every SQL
 * statement it sends (with its parameters), and EXPLAINs (FORMAT JSON) each recorded statement: no "Seq Scan" node
 * on License, Complaint, Bill, LicenseApplication, Establishment or Payment anywhere in the plan tree.
 *
 * At this size the planner already prefers an index only when one serves the query (the tables are far larger than a
 * few pages); the same queries on the full data set are timed by `BENCH_ONLY=staff npm run bench`.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import pg from "pg";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/auth/actor";
import { FIGURE_TABLES, loadScaleData, scaleCounts } from "../../scripts/lib/scale-data";

const BIG_TABLES = ["License", "Complaint", "Bill", "LicenseApplication", "Establishment", "Payment"];
const SCALE = Number(process.env.SCALE_EXPLAIN || 0.005);

type Captured = { query: string; params: unknown[] };
const captured: Captured[] = [];
let pool: pg.Pool;
let recording: PrismaClient;
let actorOf: (userId: string) => Promise<Actor>;

/** Runs `fn` and returns the statements the app's client sent meanwhile (transaction control left out). */
async function statementsOf(fn: () => Promise<unknown>): Promise<Captured[]> {
  captured.length = 0;
  await fn();
  return captured.filter((c) => /^\s*(SELECT|WITH)/i.test(c.query));
}

type PlanNode = { "Node Type": string; "Relation Name"?: string; "Index Name"?: string; Plans?: PlanNode[] };
function walk(node: PlanNode, out: PlanNode[] = []): PlanNode[] {
  out.push(node);
  for (const child of node.Plans ?? []) walk(child, out);
  return out;
}

/** EXPLAIN (FORMAT JSON) of each statement; returns the sequential scans of big tables and the indexes used. */
async function explain(statements: Captured[]): Promise<{ seqScans: string[]; indexes: string[]; tables: string[] }> {
  const seqScans: string[] = [];
  const indexes: string[] = [];
  const tables: string[] = [];
  for (const s of statements) {
    const { rows } = await pool.query(`EXPLAIN (FORMAT JSON) ${s.query}`, s.params);
    const nodes = walk((rows[0]["QUERY PLAN"] as { Plan: PlanNode }[])[0]!.Plan);
    for (const n of nodes) {
      if (n["Relation Name"]) tables.push(n["Relation Name"]);
      if (n["Index Name"]) indexes.push(n["Index Name"]);
      if (n["Node Type"] === "Seq Scan" && BIG_TABLES.includes(n["Relation Name"] ?? "")) seqScans.push(`${n["Relation Name"]} in: ${s.query.slice(0, 300)}`);
    }
  }
  return { seqScans, indexes, tables };
}

async function userId(where: string, param: string): Promise<string> {
  const { rows } = await pool.query(`SELECT id FROM "User" WHERE ${where} = $1`, [param]);
  if (!rows[0]) throw new Error(`no user ${param}`);
  return rows[0].id as string;
}

beforeAll(async () => {
  pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 3 });
  await loadScaleData(pool, { scale: SCALE, vacuum: true });
  // The app's client (lib/db.ts keeps it on globalThis): one that records every statement with its parameters.
  recording = new PrismaClient({ adapter: new PrismaPg({ connectionString: process.env.DATABASE_URL! }), log: [{ emit: "event", level: "query" }] });
  (recording as unknown as { $on(event: "query", cb: (e: { query: string; params: string }) => void): void }).$on("query", (e) =>
    captured.push({ query: e.query, params: JSON.parse(e.params) as unknown[] }),
  );
  (globalThis as { __amanahDb?: PrismaClient }).__amanahDb = recording;
  ({ actorOf } = await import("@/lib/domain/offices/test-support"));
}, 300_000);

afterAll(async () => {
  await recording?.$disconnect();
  await pool?.end();
});

describe("the hot queries at scale read the big tables through indexes", () => {
  it("loaded the data set", async () => {
    const { rows } = await pool.query(`SELECT (SELECT count(*) FROM "License")::int AS l, (SELECT count(*) FROM "Complaint")::int AS c, (SELECT count(*) FROM "Bill")::int AS b`);
    expect(rows[0].l).toBeGreaterThanOrEqual(10_000_000 * SCALE);
    expect(rows[0].c).toBeGreaterThanOrEqual(20_000_000 * SCALE);
    expect(rows[0].b).toBeGreaterThanOrEqual(10_000_000 * SCALE);
    // Loaded as parts on several connections at once: every generated row exactly once (ids are unique, so a part
    // loaded twice fails the load; this catches a row no part covered).
    const planned = scaleCounts(SCALE);
    const generated = (await pool.query(
      `SELECT (SELECT count(*) FROM "License" WHERE id LIKE 'sl%')::int AS l, (SELECT count(*) FROM "Complaint" WHERE id LIKE 'sc%')::int AS c,
              (SELECT count(*) FROM "Bill" WHERE id LIKE 'sb%')::int AS b, (SELECT count(*) FROM "Establishment" WHERE id LIKE 'se%')::int AS e`,
    )).rows[0];
    expect(generated).toEqual({ l: planned.licenses, c: planned.complaints, b: planned.bills, e: planned.establishments });
    // The generator's fast number formatting writes the numbers the portal's own check-digit rules accept.
    const { isValidCheckDigitNumber } = await import("@/lib/kernel/check-digits");
    const { isValidBillNumber } = await import("@/lib/domain/payments/bill-number");
    const nums = (await pool.query(`SELECT (SELECT number FROM "License" WHERE id = 'sl777') AS l, (SELECT reference FROM "Complaint" WHERE id = 'sc777') AS c,
      (SELECT number FROM "Bill" WHERE id = 'sb777') AS b, (SELECT number FROM "LicenseApplication" WHERE id = 'sa${Math.round(10_000_000 * SCALE) + 5}') AS a`)).rows[0];
    expect(isValidCheckDigitNumber("L", nums.l)).toBe(true);
    expect(isValidCheckDigitNumber("C", nums.c)).toBe(true);
    expect(isValidCheckDigitNumber("A", nums.a)).toBe(true);
    expect(isValidBillNumber(nums.b)).toBe(true);
  });

  it("rebuilt the figures the triggers keep, which the load bypassed (decision 044)", async () => {
    for (const table of FIGURE_TABLES) {
      const scratch = `${table[0]!.toLowerCase()}${table.slice(1)}FromScratch`;
      const { rows } = await pool.query(
        `SELECT (SELECT count(*) FROM "${table}")::int AS kept,
                (SELECT count(*) FROM (SELECT * FROM "${table}" EXCEPT SELECT * FROM "${scratch}"()) x)::int AS extra,
                (SELECT count(*) FROM (SELECT * FROM "${scratch}"() EXCEPT SELECT * FROM "${table}") x)::int AS missing`,
      );
      expect(rows[0], table).toEqual({ kept: expect.any(Number), extra: 0, missing: 0 });
      expect(rows[0].kept, table).toBeGreaterThan(0);
    }
  });

  /** `figures`: the query reads these pre-aggregated tables and no big table at all. */
  const cases: { name: string; run: () => Promise<unknown>; expectIndex?: RegExp; figures?: string[] }[] = [
    {
      name: "staff complaint queue (open, oldest SLA first) and its counters",
      run: async () => {
        const { staffQueue, queueCounters } = await import("@/lib/domain/complaints/queries/staff");
        const { parseQueueFilters } = await import("@/lib/domain/complaints/staff-schemas");
        const a = await actorOf(await userId("username", "staff.complaints"));
        await staffQueue(a, parseQueueFilters({}));
        await queueCounters(a);
      },
      // The counters read the partial index of open complaints (migration 20261205050000): at 10 M complaints they
      // read a heap row per open complaint without it (1.1 s).
      expectIndex: /Complaint_open_queue_idx/,
    },
    {
      name: "staff complaint queue over every status",
      run: async () => {
        const { staffQueue } = await import("@/lib/domain/complaints/queries/staff");
        const { parseQueueFilters } = await import("@/lib/domain/complaints/staff-schemas");
        const a = await actorOf(await userId("username", "staff.complaints"));
        await staffQueue(a, parseQueueFilters({ status: "all", page: "3" }));
      },
      // At this size the planner would also manage without it (a sort of the scope's rows); at 1 M complaints it
      // chose a parallel Seq Scan of the table (489 ms): the index the page needs is asserted by name.
      expectIndex: /Complaint_municipalityId_slaDueAt_idx/,
    },
    {
      name: "staff complaint search by reference",
      run: async () => {
        const { staffQueue } = await import("@/lib/domain/complaints/queries/staff");
        const { parseQueueFilters } = await import("@/lib/domain/complaints/staff-schemas");
        const a = await actorOf(await userId("username", "staff.complaints"));
        const { rows } = await pool.query(`SELECT reference FROM "Complaint" WHERE id = 'sc1234'`);
        await staffQueue(a, parseQueueFilters({ q: String(rows[0].reference).slice(0, 6), status: "all" }));
      },
      expectIndex: /Complaint_reference/,
    },
    {
      name: "staff complaint map",
      run: async () => {
        const { mapComplaints } = await import("@/lib/domain/complaints/queries/staff");
        const { parseQueueFilters } = await import("@/lib/domain/complaints/staff-schemas");
        const a = await actorOf(await userId("username", "staff.complaints"));
        const { page: _p, status: _s, ...f } = parseQueueFilters({});
        await mapComplaints(a, f);
      },
    },
    {
      name: "office license queue and its counts",
      run: async () => {
        const { officeQueue, officeQueueCounts } = await import("@/lib/domain/licensing/queries/office-queue");
        const a = await actorOf(await userId("username", "office.manager"));
        await officeQueue(a, {});
        await officeQueueCounts(a);
      },
    },
    {
      name: "violations look-up by the owner's national ID",
      run: async () => {
        const { lookupViolations } = await import("@/lib/domain/violations/queries/lookup");
        const a = await actorOf(await userId("username", "staff.inspector"));
        await lookupViolations(a, { q: "2000000123" });
      },
    },
    {
      name: "bills: finance reconciliation of a month",
      run: async () => {
        const { reconciliationReport } = await import("@/lib/domain/payments/queries/reconciliation");
        const a = await actorOf(await userId("username", "staff.finance"));
        const to = new Date().toISOString().slice(0, 10);
        const from = new Date(Date.now() - 30 * 86_400_000).toISOString().slice(0, 10);
        await reconciliationReport(a, { from, to });
      },
      // Issued, paid and expired each from its Bill(municipalityId, <time>, totalHalalas) index (index-only scans).
      expectIndex: /Bill_municipalityId_paidAt_totalHalalas_idx/,
    },
    {
      // The page's default period. 90 days cover a quarter of the portal-era applications of every office the
      // committee supervises: no index could serve that, so the figures come from "OfficeDayFigures", kept by
      // triggers (docs/decisions/044-office-figures-kept-by-triggers.md), and no big table is read at all.
      name: "office scorecards (90 days) and the public ranking",
      figures: ["OfficeDayFigures"],
      run: async () => {
        const { staffScorecards } = await import("@/lib/domain/offices/queries/scorecards");
        const { municipalityRanking } = await import("@/lib/domain/offices/scorecard");
        const { db } = await import("@/lib/db");
        const a = await actorOf(await userId("username", "staff.committee"));
        // The load bypassed the triggers and rebuilt the figures: they hold the loaded applications.
        expect((await staffScorecards(a, 90)).reduce((n, c) => n + c.applications, 0)).toBeGreaterThan(0);
        const { rows } = await pool.query(`SELECT "municipalityId" AS id FROM "OfficeCoverage" LIMIT 1`);
        await municipalityRanking(db, rows[0].id as string);
      },
    },
    {
      name: "licensing KPIs, all time (the page) and of the last 90 days",
      figures: ["LicensingDayFigures", "LicensingStatusCounts"],
      run: async () => {
        const { licensingKpi } = await import("@/lib/domain/licensing/queries/kpi");
        const a = await actorOf(await userId("username", "staff.reviewer"));
        expect((await licensingKpi(a)).issued).toBeGreaterThan(0);
        await licensingKpi(a, { from: new Date(Date.now() - 90 * 86_400_000), to: new Date() });
      },
    },
    {
      name: "the insights job's changed-since scans (complaints, licensing)",
      run: async () => {
        const { complaintsIndicator } = await import("@/lib/domain/insights/indicators/complaints");
        const { licensesIndicator } = await import("@/lib/domain/insights/indicators/licenses");
        const { db } = await import("@/lib/db");
        const since = new Date(Date.now() - 10 * 60_000);
        await complaintsIndicator.touchedDays(db, since);
        await licensesIndicator.touchedDays(db, since);
      },
      expectIndex: /Complaint_updatedAt_idx/,
    },
    {
      name: "the citizen's lists: licenses, applications, bills, complaints",
      run: async () => {
        const { listMyLicenses, listMyApplications } = await import("@/lib/domain/licensing/queries/citizen");
        const { listMyBills } = await import("@/lib/domain/payments/queries/my-bills");
        const { listMyComplaints } = await import("@/lib/domain/complaints/queries/citizen");
        const a = await actorOf(await userId('"nationalId"', "1087654321"));
        await listMyLicenses(a);
        await listMyApplications(a, { page: 1 });
        await listMyBills(a);
        await listMyComplaints(a, { page: 1 });
      },
      expectIndex: /License_holderNationalId/,
    },
  ];

  it("the open-complaints index holds exactly the open statuses of the workflow", async () => {
    const { OPEN_STATUSES } = await import("@/lib/domain/complaints/workflow");
    const { rows } = await pool.query(`SELECT pg_get_expr(i.indpred, i.indrelid) AS pred FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid WHERE c.relname = 'Complaint_open_queue_idx'`);
    const statuses = [...String(rows[0]?.pred ?? "").matchAll(/'([A-Z_]+)'/g)].map((m) => m[1]).sort();
    expect(statuses).toEqual([...OPEN_STATUSES].sort());
  });

  it("the complaint queue counts up to its cap, and says so", async () => {
    const { staffQueue, QUEUE_COUNT_CAP } = await import("@/lib/domain/complaints/queries/staff");
    const { parseQueueFilters } = await import("@/lib/domain/complaints/staff-schemas");
    const { visibleMunicipalityIds } = await import("@/lib/auth/scope");
    const a = await actorOf(await userId("username", "staff.complaints"));
    const ids = await visibleMunicipalityIds(recording, a);
    const actual = Number((await pool.query(`SELECT count(*) AS n FROM "Complaint" WHERE "municipalityId" = ANY($1)`, [ids])).rows[0].n);
    expect(actual).toBeGreaterThan(QUEUE_COUNT_CAP);
    const all = await staffQueue(a, parseQueueFilters({ status: "all" }));
    expect(all).toMatchObject({ total: QUEUE_COUNT_CAP, totalCapped: true });
    expect(all.rows).toHaveLength(20);
    const open = await staffQueue(a, parseQueueFilters({}));
    const openActual = Number((await pool.query(`SELECT count(*) AS n FROM "Complaint" WHERE "municipalityId" = ANY($1) AND status IN ('NEW', 'IN_PROGRESS')`, [ids])).rows[0].n);
    expect(openActual).toBeLessThan(QUEUE_COUNT_CAP);
    expect(open).toMatchObject({ total: openActual, totalCapped: false });
  });

  for (const c of cases) {
    it(c.name, async () => {
      const statements = await statementsOf(c.run);
      expect(statements.length).toBeGreaterThan(0);
      const { seqScans, indexes, tables } = await explain(statements);
      if (c.figures) {
        for (const f of c.figures) expect(tables).toContain(f);
        expect(tables.filter((t) => BIG_TABLES.includes(t))).toEqual([]);
      } else expect(tables.some((t) => BIG_TABLES.includes(t))).toBe(true);
      expect(seqScans).toEqual([]);
      if (c.expectIndex) expect(indexes.join(" ")).toMatch(c.expectIndex);
    }, 60_000);
  }
});

describe("seed:scale's bulk rebuild of the dashboards' aggregates", () => {
  const KEYS = ["complaints", "revenue", "violations"];
  const OF_KEYS = `metric ~ '^(complaints|revenue|violations)\\.'`;
  const COLUMNS: Record<string, string> = {
    InsightDaily: `metric, day, "amanahId", "municipalityId", "departmentId", "dimA", "dimB", count, amount, hist`,
    InsightDayTotal: `metric, day, "amanahId", "municipalityId", "departmentId", "dimA", "dimB", grain, count, amount, hist`,
    InsightMonthly: `metric, month, "amanahId", "municipalityId", "departmentId", "dimA", "dimB", grain, count, amount, hist`,
  };
  const indexesOf = async () =>
    (await pool.query(`SELECT indexdef FROM pg_indexes WHERE tablename IN ('InsightDaily', 'InsightDayTotal', 'InsightMonthly') ORDER BY indexdef`)).rows.map((r) => r.indexdef as string);

  it("writes exactly the rows the aggregates job writes, and puts every index back", async () => {
    const { rebuildInsights } = await import("../../scripts/seed-scale");
    const indexes = await indexesOf();
    // The bulk path: indexes dropped, daily rows on two connections, the two roll-ups of each indicator side by side.
    await rebuildInsights(process.env.DATABASE_URL!, () => {});
    expect(await indexesOf()).toEqual(indexes);
    // One connection for the temporary copies (a temporary table lives in its session).
    const c = await pool.connect();
    try {
      for (const [table, cols] of Object.entries(COLUMNS)) await c.query(`CREATE TEMP TABLE "bulk${table}" AS SELECT ${cols} FROM "${table}" WHERE ${OF_KEYS}`);
      await compareWithTheJob(c);
    } finally {
      c.release();
    }
  }, 600_000);

  async function compareWithTheJob(c: pg.PoolClient) {
    const { refreshAggregates } = await import("@/lib/domain/insights/aggregate");
    const { INDICATORS } = await import("@/lib/domain/insights/indicators");
    const { db } = await import("@/lib/db");
    const indicators = INDICATORS.filter((i) => KEYS.includes(i.key));
    // The job's path from nothing: a backfill in 31-day chunks from each indicator's first record, each chunk in one
    // transaction with its roll-ups. Daily rows before that day (the demo's history) are not computed by either path.
    for (const indicator of indicators) {
      await c.query(`DELETE FROM "InsightDaily" WHERE metric LIKE $1 AND day >= $2::date`, [`${indicator.key}.%`, await indicator.firstDay(db)]);
    }
    for (const table of ["InsightDayTotal", "InsightMonthly"]) await c.query(`DELETE FROM "${table}" WHERE ${OF_KEYS}`);
    await c.query(`DELETE FROM "InsightWatermark" WHERE indicator = ANY($1)`, [KEYS]);
    await refreshAggregates(db, new Date(), indicators);
    for (const [table, cols] of Object.entries(COLUMNS)) {
      const { rows } = await c.query(
        `SELECT (SELECT count(*) FROM "bulk${table}")::int AS bulk,
                (SELECT count(*) FROM (SELECT * FROM "bulk${table}" EXCEPT SELECT ${cols} FROM "${table}" WHERE ${OF_KEYS}) x)::int AS extra,
                (SELECT count(*) FROM (SELECT ${cols} FROM "${table}" WHERE ${OF_KEYS} EXCEPT SELECT * FROM "bulk${table}") x)::int AS missing`,
      );
      expect(rows[0], table).toEqual({ bulk: expect.any(Number), extra: 0, missing: 0 });
      expect(rows[0].bulk, table).toBeGreaterThan(1_000);
    }
  }
});
