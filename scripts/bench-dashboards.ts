/**
 * Only the dashboard part of `npm run bench` (scripts/lib/bench-insights.ts), for profiling the decision-support
 * reads: a database `amanah_bench_dashboards` migrated and demo-seeded once (BENCH_FRESH=1 rebuilds it), then the
 * same cases and target as the full bench. `npx tsx scripts/bench-dashboards.ts`.
 */
import { TEST_SERVER } from "../tests/setup/global-db";
import { databaseExists, ensureDatabase, recreateDatabase, withDatabase } from "./lib/database";
import { migrateDeploy, seed } from "./lib/tasks";

async function main() {
  const server = await ensureDatabase({ ...TEST_SERVER, database: "postgres", fast: true, log: () => {} });
  const name = "amanah_bench_dashboards";
  let url = withDatabase(server.adminUrl, name);
  if (process.env.BENCH_FRESH === "1" || !(await databaseExists(server.adminUrl, name))) {
    url = await recreateDatabase(server.adminUrl, name);
    await migrateDeploy(url);
    await seed(url, { quiet: true, demo: true });
  } else {
    await migrateDeploy(url);
  }
  process.env.DATABASE_URL = url;
  await import("./lib/server-only-hook");
  const { benchDashboards } = await import("./lib/bench-insights");
  const { results, lines } = await benchDashboards();
  for (const l of lines) console.log(l);
  let missed = 0;
  for (const r of results) {
    const ok = r.p95 <= r.target;
    if (!ok) missed++;
    console.log(`${r.name.padEnd(36)} n=${r.count}  p50 ${r.p50.toFixed(0).padStart(5)} ms  p95 ${r.p95.toFixed(0).padStart(5)} ms  target ${r.target}  ${ok ? "ok" : "MISSED"}`);
  }
  const { db } = await import("../lib/db");
  await db.$disconnect();
  await server.stop();
  process.exit(missed ? 1 : 0);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
