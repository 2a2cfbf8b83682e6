import { TEST_SERVER } from "../tests/setup/global-db";
import { ensureDatabase, withDatabase } from "./lib/database";
import { performance } from "node:perf_hooks";

async function main() {
  const server = await ensureDatabase({ ...TEST_SERVER, database: "postgres", fast: true, log: () => {} });
  process.env.DATABASE_URL = withDatabase(server.adminUrl, "amanah_bench_dashboards");
  await import("./lib/server-only-hook");
  const { db } = await import("../lib/db");
  const { Prisma } = await import("../lib/generated/prisma/client");
  const { loadDashboard } = await import("../lib/domain/insights/queries/dashboard");
  const { loadActor } = await import("../lib/auth/load-actor");
  const { addDays, riyadhDay } = await import("../lib/domain/insights/days");
  const log: { ms: number; sql: InstanceType<typeof Prisma.Sql> }[] = [];
  const orig = db.$queryRaw.bind(db) as (q: unknown, ...v: unknown[]) => Promise<unknown>;
  (db as unknown as { $queryRaw: unknown }).$queryRaw = (q: unknown, ...v: unknown[]) => {
    const sql = q instanceof Prisma.Sql ? q : Prisma.sql(q as TemplateStringsArray, ...v);
    const t0 = performance.now();
    const p = orig(sql);
    return (p as Promise<unknown>).then((r) => { log.push({ ms: performance.now() - t0, sql }); return r; });
  };
  const mayor = (await loadActor(db, (await db.user.findUniqueOrThrow({ where: { username: "mayor" } })).id))!;
  const today = riyadhDay(new Date());
  const level = process.env.LEVEL ?? "amanah";
  const q = { level, from: addDays(today, -Number(process.env.DAYS ?? 364)), to: today };
  await loadDashboard(mayor, q);
  log.length = 0;
  const t0 = performance.now();
  await loadDashboard(mayor, q);
  console.log(`total ${(performance.now() - t0).toFixed(0)} ms, ${log.length} queries`);
  log.sort((a, b) => b.ms - a.ms);
  for (const l of log.slice(0, 8)) console.log(`${l.ms.toFixed(0)} ms: ${l.sql.sql.replace(/\s+/g, " ").slice(0, 160)}`);
  for (const l of log.slice(0, Number(process.env.EXPLAIN ?? 2))) {
    const plan = await db.$queryRawUnsafe<{ "QUERY PLAN": string }[]>(`EXPLAIN (ANALYZE, BUFFERS) ${l.sql.sql}`, ...l.sql.values);
    console.log("\n" + l.sql.sql.replace(/\s+/g, " ").slice(0, 300) + "\n" + plan.map((p) => p["QUERY PLAN"]).join("\n"));
  }
  await db.$disconnect();
  await server.stop();
}
main().catch((e) => { console.error(e); process.exit(1); });
