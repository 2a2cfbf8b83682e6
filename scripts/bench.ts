/**
 * `npm run bench`: speed targets live here, not in timed tests. Measures the portal's hot write paths on a
 * real PostgreSQL (the embedded test server, or the DATABASE_URL server) in a fresh, migrated, seeded
 * database `amanah_bench`, with bounded loops, and prints throughput and latency against each target.
 * Exit code 1 when a target is missed, so a regression is visible when someone runs it.
 *
 *   issue a bill      one transaction: sequence, bill + lines, audit row, SMS outbox row
 *   pay a bill        a signed bank notification through the real processing (signature, lock, payment,
 *                     paid-bill event, audit, SMS), as the HTTP route calls it
 *   deliver an SMS    the outbox worker's claim → send (dev provider) → mark sent
 *   office decision   an office's decisions on applications, one transaction each, all in one office, with the triggers
 *                     that keep the office and licensing figures (decision 044); printed beside the same decisions with
 *                     the triggers off, so the line says what the figures cost a write (scripts/lib/bench-figures.ts)
 *   dashboards        each decision-support dashboard (Amanah, municipality, department; 30 days and a year) read from
 *                     the daily aggregates over a scale history: p95 under 300 ms (scripts/lib/bench-insights.ts)
 *   permit search     BENCH_PERMITS (1,000,000) permits seeded; search by plan and by one month, p95 < 100 ms, EXPLAIN uses an index
 *   soak              `next start` under mixed public + signed-in traffic for SOAK_MINUTES (default 10, 0 = skip):
 *                     RSS every SOAK_SAMPLE_SECONDS (30) must stay flat and no request may fail (scripts/lib/soak.ts).
 *                     Needs the production build (built when stale: run it while no e2e build is running).
 *   public reads      (issue 16) a bare node:http + pg server and `next start` side by side on BENCH_LICENSES (500,000)
 *                     licenses: every public page ≥ 30 % of its bare floor, signed-in pages ≥ 150 req/s
 *                     (scripts/lib/bench-public.ts; BENCH_PUBLIC_SECONDS, BENCH_PUBLIC_PORT 3210, BENCH_BARE_PORT 3211;
 *                     BENCH_PUBLIC_PAGES=<regex> only the matching pages; BENCH_PUBLIC_CPU_PROF=<dir> profiles the portal).
 *                     BENCH_ONLY=public runs this part alone (after the database set-up); BENCH_PUBLIC=0 skips it.
 *   first-load JS     (issue 16) with the portal of "public reads" up: each citizen and public page opened cold in Chromium,
 *                     compressed script bytes ≤ 150 kB (scripts/lib/bench-first-load.ts). BENCH_ONLY=js runs it alone.
 *   Lighthouse       (issue 16) after it: mobile performance score ≥ 95, median of BENCH_LIGHTHOUSE_RUNS (3) per page
 *                     (scripts/lib/bench-lighthouse.ts); BENCH_LIGHTHOUSE=0 skips it. Then, with no target, Next's own
 *                     floor: a one-paragraph Next page built and audited the same way (decision 046; BENCH_FLOOR_PORT
 *                     3212; BENCH_LIGHTHOUSE_FLOOR=0 skips it).
 *   staff pages      (issue 16) on the national-scale database (`npm run seed:scale`; loaded at BENCH_STAFF_SCALE when
 *                     missing) the query functions of the staff queues, searches, map, KPIs, scorecards and the
 *                     citizen's lists: p95 ≤ 300 ms (scripts/lib/bench-staff.ts). BENCH_ONLY=staff runs it alone;
 *                     BENCH_STAFF=0 skips it. It reads the data set `npm run seed:scale` loaded into its cluster
 *                     (.data/pg-scale, port SCALE_PG_PORT or 5645); the rest runs on .data/pg-bench (BENCH_PG_PORT or
 *                     5637). Neither is the tests' cluster, so a bench can run beside `.ci/run`.
 */
import { performance } from "node:perf_hooks";
import { BENCH_SERVER, ensureDatabase, recreateDatabase, SCALE_SERVER, withDatabase } from "./lib/database";
import { migrateDeploy, seed } from "./lib/tasks";
import { soak } from "./lib/soak";

const N = Number(process.env.BENCH_N || 300);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY || 8);
const SECRET = "bench-secret-bench-secret";

type Result = { name: string; count: number; seconds: number; p50: number; p95: number; target: number };

/** Runs `count` tasks with at most `concurrency` in flight; returns per-task latencies in ms. */
async function pool(count: number, concurrency: number, task: (i: number) => Promise<void>): Promise<number[]> {
  const latencies: number[] = [];
  let next = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < count) {
        const i = next++;
        const t0 = performance.now();
        await task(i);
        latencies.push(performance.now() - t0);
      }
    }),
  );
  return latencies.sort((a, b) => a - b);
}

const pct = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;

async function main() {
  // A cluster of its own (.data/pg-bench, BENCH_PG_PORT or 5637), so a bench never stops the cluster tests are using.
  const server = await ensureDatabase({ ...BENCH_SERVER, database: "postgres", fast: true, log: () => {} });
  // The staff pages read the data set `npm run seed:scale` loaded into its cluster (.data/pg-scale, SCALE_PG_PORT or
  // 5645), as the seed's header says.
  const staffBench = async () => {
    const { runStaffBench } = await import("./lib/bench-staff");
    const scaleServer = await ensureDatabase({ ...SCALE_SERVER, database: "postgres", fast: true, log: () => {} });
    try {
      return await runStaffBench(scaleServer.adminUrl);
    } finally {
      await scaleServer.stop();
    }
  };
  if (process.env.BENCH_ONLY === "staff") {
    const r = await staffBench();
    await server.stop();
    for (const line of r.lines) console.log(line);
    process.exit(r.ok ? 0 : 1);
  }
  const url = await recreateDatabase(server.adminUrl, "amanah_bench");
  await migrateDeploy(url);
  await seed(url, { quiet: true, demo: true });
  process.env.DATABASE_URL = url;
  process.env.PAYMENT_WEBHOOK_SECRET = SECRET;
  const publicBench = () =>
    import("./lib/bench-public").then(({ benchPublic }) =>
      benchPublic(url, { portalPort: Number(process.env.BENCH_PUBLIC_PORT || 3210), barePort: Number(process.env.BENCH_BARE_PORT || 3211) }),
    );
  if (process.env.BENCH_ONLY === "public" || process.env.BENCH_ONLY === "js") {
    const r = await publicBench();
    await server.stop();
    for (const line of r.lines) console.log(line);
    process.exit(r.ok ? 0 : 1);
  }

  // Imported after DATABASE_URL is set: lib/db.ts connects on load (and after the server-only hook).
  await import("./lib/server-only-hook");
  const { db } = await import("../lib/db");
  const { issueBill } = await import("../lib/domain/payments/issue-bill");
  const { processPaymentNotification } = await import("../lib/domain/payments/commands/process-payment-notification");
  const { signPaymentBody } = await import("../lib/domain/payments/signature");
  const { processBatch } = await import("../lib/domain/notifications/worker");
  const { createDevSmsProvider } = await import("../lib/domain/notifications/providers/dev");
  const { billPaidHandlers } = await import("../lib/domain/bill-paid-handlers");

  const municipality = await db.municipality.findFirstOrThrow({ where: { code: "EP-DMM-C" } });
  const results: Result[] = [];
  const measure = async (name: string, target: number, task: (i: number) => Promise<void>) => {
    const t0 = performance.now();
    const lat = await pool(N, CONCURRENCY, task);
    results.push({ name, count: N, seconds: (performance.now() - t0) / 1000, p50: pct(lat, 50), p95: pct(lat, 95), target });
  };

  const bills: { number: string; total: number }[] = [];
  await measure("issue a bill", 50, async (i) => {
    const bill = await db.$transaction((tx) =>
      issueBill(tx, { system: "bench" }, {
        municipalityId: municipality.id,
        subjectType: "Bench",
        subjectId: `bench-${i}`,
        payer: { nationalId: "1087654321", name: "Bench payer", mobile: "966501234567" },
        lines: [{ kind: "FEE", descriptionAr: "رسوم", descriptionEn: "Fee", amountHalalas: 10_000 + i }],
      }),
    );
    bills[i] = { number: bill.number, total: bill.totalHalalas };
  });

  await measure("pay a bill (bank notification)", 50, async (i) => {
    const b = bills[i]!;
    const body = JSON.stringify({ bankTxnId: `BENCH-${i}`, billNumber: b.number, amountHalalas: b.total, paidAt: new Date().toISOString(), bankCode: "BENCH" });
    const res = await processPaymentNotification(body, signPaymentBody(body, SECRET), { secret: SECRET, handlers: billPaidHandlers });
    if (res.body.status !== "ACCEPTED") throw new Error(`payment ${i} refused: ${JSON.stringify(res.body)}`);
  });

  // Two SMS per bill were queued above (issued, paid): deliver them all with two concurrent workers.
  const queued = await db.outboxMessage.count({ where: { status: "PENDING" } });
  const provider = createDevSmsProvider();
  const t0 = performance.now();
  const batchLatencies: number[] = [];
  await Promise.all(
    [0, 1].map(async () => {
      for (;;) {
        const s = performance.now();
        const { sent, failed } = await processBatch(provider, { batchSize: 50 });
        if (sent + failed === 0) return;
        batchLatencies.push((performance.now() - s) / (sent + failed));
      }
    }),
  );
  batchLatencies.sort((a, b) => a - b);
  results.push({ name: "deliver an SMS (outbox worker)", count: queued, seconds: (performance.now() - t0) / 1000, p50: pct(batchLatencies, 50), p95: pct(batchLatencies, 95), target: 100 });

  // What the office and licensing figures cost a write (decision 044): an office's decisions with the triggers that
  // keep them, and the same decisions without (scripts/lib/bench-figures.ts).
  const { benchOfficeFigures } = await import("./lib/bench-figures");
  const figures = await benchOfficeFigures(db, N, CONCURRENCY, pool);
  results.push({ name: "office decision (figure triggers)", count: N, seconds: figures.withTriggers.seconds, p50: pct(figures.withTriggers.latencies, 50), p95: pct(figures.withTriggers.latencies, 95), target: 50 });

  const delivered = await db.devSmsMessage.count();
  const { benchDashboards } = await import("./lib/bench-insights");
  const dashboards = await benchDashboards();
  // Permit search on a million permits (issue 12): scripts/lib/permit-search-bench.ts.
  const permitSearch = await (await import("./lib/permit-search-bench")).benchPermitSearch(url, db);
  await db.$disconnect();

  // The soak: the production server under mixed traffic, memory sampled (scripts/lib/soak.ts).
  const soakMinutes = Number(process.env.SOAK_MINUTES ?? 10);
  const soakResult =
    soakMinutes > 0
      ? await soak({
          databaseUrl: url,
          minutes: soakMinutes,
          sampleSeconds: Number(process.env.SOAK_SAMPLE_SECONDS || 30),
          port: Number(process.env.SOAK_PORT || 3200),
          concurrency: Number(process.env.SOAK_CONCURRENCY || 6),
          login: process.env.SOAK_LOGIN || "office.manager",
          password: process.env.SOAK_PASSWORD || "Amanah@2026",
        })
      : undefined;
  const publicResult = process.env.BENCH_PUBLIC === "0" ? undefined : await publicBench();
  const staffResult = process.env.BENCH_STAFF === "0" ? undefined : await staffBench();
  await server.stop();

  console.log(`\nAmanah benchmarks — ${N} operations, ${CONCURRENCY} in flight, PostgreSQL ${server.embedded ? "embedded" : "from DATABASE_URL"}\n`);
  console.log("operation                          count   ops/s   target   p50 ms   p95 ms");
  let missed = 0;
  for (const r of results) {
    const rate = r.count / r.seconds;
    const ok = rate >= r.target;
    if (!ok) missed++;
    console.log(
      `${r.name.padEnd(34)} ${String(r.count).padStart(5)} ${rate.toFixed(0).padStart(7)} ${(`≥${r.target}`).padStart(8)} ${r.p50.toFixed(1).padStart(8)} ${r.p95.toFixed(1).padStart(8)}  ${ok ? "ok" : "MISSED"}`,
    );
  }
  if (figures.withoutTriggers) {
    const off = figures.withoutTriggers.latencies;
    const on = figures.withTriggers.latencies;
    console.log(
      `  the same decisions without the figures' triggers: ${(N / figures.withoutTriggers.seconds).toFixed(0)} ops/s, p50 ${pct(off, 50).toFixed(1)} / p95 ${pct(off, 95).toFixed(1)} ms — ` +
        `the figures cost a decision ${(pct(on, 50) - pct(off, 50)).toFixed(2)} ms at p50, ${(pct(on, 95) - pct(off, 95)).toFixed(2)} ms at p95 (one office, ${CONCURRENCY} in flight; no target)`,
    );
  } else console.log("  (the decisions without the figures' triggers need a superuser: not compared on this server)");
  console.log("\ndashboard (issue 15)                      count   target   p50 ms   p95 ms");
  for (const r of dashboards.results) {
    const ok = r.p95 <= r.target;
    if (!ok) missed++;
    console.log(`${r.name.padEnd(40)} ${String(r.count).padStart(5)} ${(`≤${r.target}`).padStart(8)} ${r.p50.toFixed(1).padStart(8)} ${r.p95.toFixed(1).padStart(8)}  ${ok ? "ok" : "MISSED"}`);
  }
  for (const line of dashboards.lines) console.log(line);
  console.log(`\nSMS recorded by the dev provider: ${delivered} (queued ${queued}: each exactly once)`);
  if (delivered !== queued) missed++;
  for (const line of permitSearch.lines) console.log(line);
  if (!permitSearch.ok) missed++;
  if (soakResult) {
    console.log(`\nSoak (${soakMinutes} min): ${soakResult.ok ? "ok" : "MISSED"}`);
    for (const line of soakResult.lines) console.log(line);
    if (!soakResult.ok) missed++;
  } else console.log("\nSoak skipped (SOAK_MINUTES=0)");
  if (publicResult) {
    for (const line of publicResult.lines) console.log(line);
    if (!publicResult.ok) missed++;
  } else console.log("\nPublic reads skipped (BENCH_PUBLIC=0)");
  if (staffResult) {
    for (const line of staffResult.lines) console.log(line);
    if (!staffResult.ok) missed++;
  } else console.log("\nStaff pages at scale skipped (BENCH_STAFF=0)");
  process.exit(missed ? 1 : 0);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
