/**
 * `npm run seed:scale` (issue 16, "national scale"): a database holding SCALE × (10 M licenses, 20 M complaints,
 * 10 M bills) across every seeded municipality — with their establishments, renewals, bill lines and payments —
 * loaded by COPY (scripts/lib/scale-data.ts), then ANALYZEd and the dashboards' pre-aggregates rebuilt from it.
 *
 *   SCALE=0.01 npm run seed:scale            a fresh database `amanah_scale` (SCALE_DB) on an embedded cluster of
 *                                             its own (.data/pg-scale, port SCALE_PG_PORT or 5645; never the tests'
 *                                             cluster) or the DATABASE_URL server: migrated, seeded with the demo
 *                                             (staff, offices) and loaded
 *   SCALE_REFERENCE_ONLY=1                    reference data only (no demo offices or staff: licenses get no office)
 *   SCALE_KEEP_INDEXES=1                      keep the secondary indexes during the load (to compare)
 *   SCALE_INSIGHTS=0                          skip the rebuild of the dashboards' aggregates (slow: see the ADR)
 *
 * Prints rows/s per table and the total; the staff pages' bench (`BENCH_ONLY=staff npm run bench`) reads this
 * database when it exists. The scale seed is a benchmark, not part of CI.
 */
import { performance } from "node:perf_hooks";
import pg from "pg";
import { ensureDatabase, quoteIdent, recreateDatabase, SCALE_SERVER } from "./lib/database";
import { migrateDeploy, seed } from "./lib/tasks";
import { COPY_LANES, inParallel, loadScaleData, withoutSecondaryIndexes } from "./lib/scale-data";

export const SCALE_DB = process.env.SCALE_DB || "amanah_scale";

/** The tables the insights rebuild writes: their secondary indexes are dropped for it and built again after. */
const INSIGHT_TABLES = ["InsightDaily", "InsightDayTotal", "InsightMonthly"] as const;

/**
 * Rebuilds the dashboards' daily aggregates (and their roll-ups) of the indicators fed by the loaded tables, over
 * their whole history, with the job's own queries (`insertDaily`, `rollUpDays`, `rollUpMonths`) — one pass per
 * measure, not the job's 31-day chunks. A bulk write, shaped for the two cores: the insight tables' secondary
 * indexes are built once at the end; the measures' daily rows are computed two at a time; then each indicator's two
 * roll-ups (days, months), which read only the daily rows, run two at a time.
 */
export async function rebuildInsights(url: string, log: (m: string) => void): Promise<number> {
  await import("./lib/server-only-hook");
  const { db } = await import("../lib/db");
  const { insertDaily } = await import("../lib/domain/insights/aggregate");
  const { rollUpDays, rollUpMonths } = await import("../lib/domain/insights/rollup");
  const { INDICATORS } = await import("../lib/domain/insights/indicators");
  const { addDays } = await import("../lib/domain/insights/days");
  const { riyadhDay } = await import("../lib/kernel/riyadh-days");
  const t0 = performance.now();
  const end = addDays(riyadhDay(new Date()), 1);
  const LONG_TRANSACTION = { timeout: 60 * 60_000, maxWait: 30_000 }; // years of history in one pass
  const built: { key: string; from: string; startedAt: Date }[] = [];
  const pool = new pg.Pool({ connectionString: url, max: 2 });
  pool.on("error", () => undefined);
  try {
    await withoutSecondaryIndexes(pool, INSIGHT_TABLES, log, async () => {
      // Every measure of every indicator on its own, two at a time: complaints' four measures each read the whole
      // table, and one connection holding an indicator's measures left the second core idle. The job's
      // `recompute` writes the same rows (one transaction per indicator; scale-explain.int.test.ts compares).
      const measures: (() => Promise<void>)[] = [];
      for (const key of ["complaints", "revenue", "violations"]) {
        const indicator = INDICATORS.find((i) => i.key === key);
        const first = indicator ? await indicator.firstDay(db) : null;
        if (!indicator || !first || first >= end) continue;
        built.push({ key, from: first, startedAt: new Date() });
        await db.$executeRaw`DELETE FROM "InsightDaily" WHERE metric LIKE ${`${key}.%`} AND day >= ${first}::date AND day < ${end}::date`;
        const queries = indicator.daily({ from: first, to: end });
        queries.forEach((query, k) =>
          measures.push(async () => {
            const t = performance.now();
            const rows = await db.$transaction((tx) => insertDaily(tx, query), LONG_TRANSACTION);
            log(`insights ${`${key} ${k + 1}/${queries.length}`.padEnd(15)} ${rows.toLocaleString("en").padStart(9)} daily rows from ${first} in ${((performance.now() - t) / 1000).toFixed(1)} s`);
          }),
        );
      }
      await inParallel(2, measures);
      const t = performance.now();
      await inParallel(
        2,
        built.flatMap(({ key, from }) =>
          [rollUpDays, rollUpMonths].map((rollUp) => () => db.$transaction((tx) => rollUp(tx, `${key}.%`, { from, to: end }), LONG_TRANSACTION)),
        ),
      );
      log(`insights roll-ups in ${((performance.now() - t) / 1000).toFixed(1)} s`);
    });
    // The watermarks last: the aggregates job starts from here instead of backfilling the whole history again.
    for (const { key, startedAt } of built) await db.insightWatermark.upsert({ where: { indicator: key }, create: { indicator: key, lastRunAt: startedAt }, update: { lastRunAt: startedAt } });
    for (const table of INSIGHT_TABLES) await pool.query(`VACUUM (ANALYZE) "${table}"`);
  } finally {
    await pool.end();
    await db.$disconnect();
  }
  return (performance.now() - t0) / 1000;
}

/**
 * Runs `fn` with the database's work_mem raised for the connections it opens (the rebuild's GROUP BYs over millions
 * of rows otherwise spill to disk at the default 4 MB), then puts the default back: the portal's own connections,
 * and the staff pages' bench reading this database, keep the server's setting.
 */
export async function withWorkMem<T>(adminUrl: string, database: string, workMem: string, fn: () => Promise<T>): Promise<T> {
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await admin.query(`ALTER DATABASE ${quoteIdent(database)} SET work_mem = '${workMem.replace(/[^0-9A-Za-z]/g, "")}'`);
    return await fn();
  } finally {
    await admin.query(`ALTER DATABASE ${quoteIdent(database)} RESET work_mem`).catch(() => {});
    await admin.end();
  }
}

async function main() {
  const scale = Number(process.env.SCALE ?? 1);
  if (!(scale > 0)) throw new Error("SCALE must be a positive number (1 = 10 M licenses, 20 M complaints, 10 M bills)");
  const log = (m: string) => console.log(`[seed:scale] ${m}`);
  const server = await ensureDatabase({ ...SCALE_SERVER, database: "postgres", fast: true, log: () => {} });
  const t0 = performance.now();
  try {
    const url = await recreateDatabase(server.adminUrl, SCALE_DB);
    await migrateDeploy(url);
    await seed(url, { quiet: true, demo: process.env.SCALE_REFERENCE_ONLY !== "1" });
    log(`database ${SCALE_DB} migrated and seeded in ${((performance.now() - t0) / 1000).toFixed(1)} s; loading SCALE=${scale}`);
    const pool = new pg.Pool({ connectionString: url, max: 3 });
    const walLevel = (await pool.query<{ wal_level: string }>("SHOW wal_level")).rows[0]?.wal_level;
    if (walLevel !== "minimal" && !process.env.DATABASE_URL) log(`the scale cluster was already running with wal_level = ${walLevel}: stop it for a faster load (SCALE_SERVER's settings apply when this starts it)`);
    // When a step fails, the server is stopped before the error is printed: a connection it cuts must not crash the
    // process first (that hid "could not create unique index … is duplicated" behind "Connection terminated").
    pool.on("error", () => undefined);
    const report = await loadScaleData(pool, { scale, log, dropIndexes: process.env.SCALE_KEEP_INDEXES !== "1" });
    await pool.end();
    process.env.DATABASE_URL = url;
    const insightsSeconds = process.env.SCALE_INSIGHTS === "0" ? 0 : await withWorkMem(server.adminUrl, SCALE_DB, "1GB", () => rebuildInsights(url, log));
    const rows = report.tables.reduce((n, t) => n + t.rows, 0);
    const { copySeconds } = report;
    console.log(`\nNational scale data set (SCALE=${scale}) in ${SCALE_DB}`);
    console.log(`table              rows   span (s)     rows/s   (${COPY_LANES} COPY streams at a time: spans overlap)`);
    for (const t of report.tables) console.log(`${t.table.padEnd(15)} ${t.rows.toLocaleString("en").padStart(12)} ${t.seconds.toFixed(1).padStart(8)} ${Math.round(t.rows / t.seconds).toLocaleString("en").padStart(10)}`);
    console.log(`COPY ${rows.toLocaleString("en")} rows in ${copySeconds.toFixed(1)} s (${Math.round(rows / copySeconds).toLocaleString("en")} rows/s); indexes ${report.indexSeconds.toFixed(1)} s; VACUUM ANALYZE ${report.analyzeSeconds.toFixed(1)} s; insights ${insightsSeconds.toFixed(1)} s`);
    const total = (performance.now() - t0) / 1000;
    const target = 15 * 60 * scale;
    console.log(`total ${total.toFixed(1)} s (target at SCALE=1: 900 s; pro rata for SCALE=${scale}: ${target.toFixed(0)} s) ${total <= target ? "ok" : "MISSED"}`);
  } finally {
    await server.stop();
  }
}

if (process.argv[1] && import.meta.url === new URL(`file://${process.argv[1]}`).href) {
  main().catch((err) => {
    console.error(err);
    process.exit(1);
  });
}
