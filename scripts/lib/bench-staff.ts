/**
 * `npm run bench`, staff pages at national scale (issue 16): on the scale database (`npm run seed:scale`, database
 * amanah_scale on the bench's PostgreSQL), the query functions behind the staff queues, searches, map, KPI page,
 * scorecards and the citizen's lists, called as their pages call them, BENCH_STAFF_N (20) times each, one after
 * the other: p50 and p95 against the target, 300 ms p95. Exit code 1 on a miss.
 *
 *   BENCH_ONLY=staff npm run bench        this part alone
 *   BENCH_STAFF=0                          skip it in the full bench
 *   BENCH_STAFF_SCALE=0.05                 when amanah_scale does not exist, load it at this SCALE first (no insights)
 *
 * It runs as a child process (`runStaffBench`) so that lib/db.ts connects to the scale database, not the bench's.
 */
import { spawn } from "node:child_process";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { fileURLToPath } from "node:url";
import pg from "pg";
import { databaseExists, recreateDatabase, withDatabase } from "./database";
import { migrateDeploy, NODE, seed } from "./tasks";
import { loadScaleData } from "./scale-data";

export const STAFF_TARGET_MS = 300;
const SCALE_DB = process.env.SCALE_DB || "amanah_scale";

/** Makes sure the scale database exists (loading it at BENCH_STAFF_SCALE when not), then runs the bench in a child. */
export async function runStaffBench(adminUrl: string, log: (m: string) => void = console.log): Promise<{ ok: boolean; lines: string[] }> {
  let url = withDatabase(adminUrl, SCALE_DB);
  if (!(await databaseExists(adminUrl, SCALE_DB))) {
    const scale = Number(process.env.BENCH_STAFF_SCALE || 0.05);
    log(`[bench-staff] no ${SCALE_DB}: loading the scale data set at SCALE=${scale} (npm run seed:scale loads the full one)`);
    url = await recreateDatabase(adminUrl, SCALE_DB);
    await migrateDeploy(url);
    await seed(url, { quiet: true, demo: true });
    const pool = new pg.Pool({ connectionString: url, max: 3 });
    await loadScaleData(pool, { scale, log: (m) => log(`[bench-staff] ${m}`) });
    await pool.end();
  } else {
    await migrateDeploy(url);
  }
  const self = fileURLToPath(import.meta.url);
  const child = spawn(NODE, ["--import", "tsx", self], { env: { ...process.env, DATABASE_URL: url, BENCH_STAFF_CHILD: "1" }, stdio: ["ignore", "pipe", "inherit"], cwd: path.resolve(path.dirname(self), "..", "..") });
  let out = "";
  child.stdout!.on("data", (d) => (out += d));
  const code = await new Promise<number>((r) => child.on("exit", (c) => r(c ?? 1)));
  return { ok: code === 0, lines: out.trimEnd().split("\n") };
}

type Case = { name: string; run: (i: number) => Promise<unknown> };
const pct = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;

async function child(): Promise<number> {
  await import("./server-only-hook");
  const { db } = await import("../../lib/db");
  const { loadActor } = await import("../../lib/auth/load-actor");
  const complaints = await import("../../lib/domain/complaints/queries/staff");
  const { parseQueueFilters } = await import("../../lib/domain/complaints/staff-schemas");
  const { officeQueue, officeQueueCounts } = await import("../../lib/domain/licensing/queries/office-queue");
  const { lookupViolations } = await import("../../lib/domain/violations/queries/lookup");
  const { reconciliationReport } = await import("../../lib/domain/payments/queries/reconciliation");
  const { staffScorecards } = await import("../../lib/domain/offices/queries/scorecards");
  const { municipalityRanking } = await import("../../lib/domain/offices/scorecard");
  const { licensingKpi } = await import("../../lib/domain/licensing/queries/kpi");
  const { listMyLicenses, listMyApplications } = await import("../../lib/domain/licensing/queries/citizen");
  const { listMyBills } = await import("../../lib/domain/payments/queries/my-bills");
  const { listMyComplaints } = await import("../../lib/domain/complaints/queries/citizen");

  const actor = async (where: { username?: string; nationalId?: string }) => {
    const u = await db.user.findFirstOrThrow({ where, select: { id: true } });
    const a = await loadActor(db, u.id);
    if (!a) throw new Error(`bench-staff: no actor ${JSON.stringify(where)}`);
    return a;
  };
  const [officer, manager, inspector, finance, committee, reviewer, citizen] = await Promise.all([
    actor({ username: "staff.complaints" }),
    actor({ username: "office.manager" }),
    actor({ username: "staff.inspector" }),
    actor({ username: "staff.finance" }),
    actor({ username: "staff.committee" }),
    actor({ username: "staff.reviewer" }),
    actor({ nationalId: "1087654321" }),
  ]);
  const counts = await db.$queryRaw<{ l: bigint; c: bigint; b: bigint; a: bigint }[]>`
    SELECT (SELECT reltuples FROM pg_class WHERE relname = 'License')::bigint AS l, (SELECT reltuples FROM pg_class WHERE relname = 'Complaint')::bigint AS c,
           (SELECT reltuples FROM pg_class WHERE relname = 'Bill')::bigint AS b, (SELECT reltuples FROM pg_class WHERE relname = 'LicenseApplication')::bigint AS a`;
  const refs = (await db.complaint.findMany({ where: { id: { in: Array.from({ length: 40 }, (_, i) => `sc${i * 997}`) } }, select: { reference: true } })).map((r) => r.reference);
  const ranked = await db.municipality.findFirst({ where: { offices: { some: { office: { status: "ACTIVE" } } } }, select: { id: true } });
  const month = { from: new Date(Date.now() - 30 * 86_400_000).toISOString().slice(0, 10), to: new Date().toISOString().slice(0, 10) };
  const open = parseQueueFilters({});
  const { page: _p, status: _s, ...mapFilters } = open;

  const cases: Case[] = [
    { name: "complaint queue (open) + counters", run: async (i) => Promise.all([complaints.staffQueue(officer, { ...open, page: 1 + (i % 3) }), complaints.queueCounters(officer)]) },
    { name: "complaint queue, all statuses", run: async (i) => complaints.staffQueue(officer, parseQueueFilters({ status: "all", page: String(1 + (i % 3)) })) },
    { name: "complaint search by reference", run: async (i) => complaints.staffQueue(officer, parseQueueFilters({ status: "all", q: (refs[i % Math.max(1, refs.length)] ?? "C1").slice(0, 6 + (i % 4)) })) },
    { name: "complaint map (500 markers)", run: async () => complaints.mapComplaints(officer, mapFilters) },
    { name: "office license queue + counts", run: async (i) => Promise.all([officeQueue(manager, { page: 1 + (i % 3) }), officeQueueCounts(manager)]) },
    { name: "violations look-up", run: async (i) => lookupViolations(inspector, { q: i % 2 ? "" : String(2_000_000_000 + i * 37), page: 1 }) },
    { name: "finance reconciliation (30 days)", run: async () => reconciliationReport(finance, month) },
    { name: "office scorecards (90 days)", run: async () => staffScorecards(committee, 90) },
    { name: "office scorecards (last year)", run: async () => staffScorecards(committee, 365) },
    { name: "public office ranking (90 days)", run: async () => (ranked ? municipalityRanking(db, ranked.id) : []) },
    { name: "licensing KPIs (page: all time)", run: async () => licensingKpi(reviewer) },
    { name: "licensing KPIs (last 90 days)", run: async () => licensingKpi(reviewer, { from: new Date(Date.now() - 90 * 86_400_000), to: new Date() }) },
    {
      name: "citizen: licenses, applications, bills, complaints",
      run: async () => Promise.all([listMyLicenses(citizen, { page: 1 }), listMyApplications(citizen, { page: 1 }), listMyBills(citizen), listMyComplaints(citizen, { page: 1 })]),
    },
  ];
  const n = Number(process.env.BENCH_STAFF_N || 20);
  console.log(
    `\nStaff pages at national scale (issue 16): ${Number(counts[0]!.l).toLocaleString("en")} licenses, ${Number(counts[0]!.c).toLocaleString("en")} complaints, ` +
      `${Number(counts[0]!.b).toLocaleString("en")} bills, ${Number(counts[0]!.a).toLocaleString("en")} applications; n=${n} each, target p95 ≤ ${STAFF_TARGET_MS} ms`,
  );
  console.log("page query                                          p50 ms   p95 ms");
  let missed = 0;
  for (const c of cases) {
    await c.run(0); // warm: the first call pays for the plan cache and the pool
    const lat: number[] = [];
    for (let i = 0; i < n; i++) {
      const t0 = performance.now();
      await c.run(i + 1);
      lat.push(performance.now() - t0);
    }
    lat.sort((a, b) => a - b);
    const ok = pct(lat, 95) <= STAFF_TARGET_MS;
    if (!ok) missed++;
    console.log(`${c.name.padEnd(50)} ${pct(lat, 50).toFixed(1).padStart(7)} ${pct(lat, 95).toFixed(1).padStart(8)}  ${ok ? "ok" : "MISSED"}`);
  }
  await db.$disconnect();
  return missed ? 1 : 0;
}

if (process.env.BENCH_STAFF_CHILD === "1") {
  child().then(
    (code) => process.exit(code),
    (err) => {
      console.error(err);
      process.exit(1);
    },
  );
}
