/**
 * `npm run bench`, permit search (issue 12): seeds BENCH_PERMITS (default 1,000,000) issued permits with one
 * INSERT … SELECT FROM generate_series (scripts/lib/permit-volume.ts), then times the electricity company's
 * search as the app runs it (searchPermits in a transaction: the page query, the count and the access-log row)
 * by plan number within a district and by a one-month issue-date range: p95 must stay under 100 ms, and
 * EXPLAIN of the SQL Prisma sends must use an index for both. Returns the report lines and whether all held.
 */
import { performance } from "node:perf_hooks";
import type { PrismaClient } from "../../lib/generated/prisma/client";
import { explainSearch, seedManyPermits } from "./permit-volume";

const TARGET_P95_MS = 100;
const pct = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;

export async function benchPermitSearch(url: string, db: PrismaClient): Promise<{ ok: boolean; lines: string[] }> {
  const n = Number(process.env.BENCH_PERMITS || 1_000_000);
  const runs = Number(process.env.BENCH_PERMIT_RUNS || 200);
  const { searchPermits } = await import("../../lib/domain/permits/electricity/search");
  const { ZPermitSearch } = await import("../../lib/domain/permits/electricity/search-criteria");

  const t0 = performance.now();
  await seedManyPermits(url, n);
  const seeded = (performance.now() - t0) / 1000;
  const total = await db.permit.count();

  const district = await db.district.findFirstOrThrow({ where: { permits: { some: { planNo: "17" } } }, select: { id: true } });
  const day = (d: Date) => d.toISOString().slice(0, 10);
  const from = new Date(Date.now() - 75 * 86_400_000);
  const to = new Date(from.getTime() + 30 * 86_400_000);
  const purpose = "bench: connection requests";
  const searches = {
    "permit search: plan within district": ZPermitSearch.parse({ purpose, districtId: district.id, planNo: "17" }),
    "permit search: one-month issue range": ZPermitSearch.parse({ purpose, issuedFrom: day(from), issuedTo: day(to) }),
  };
  const org = { channel: "API" as const, actorId: null, actorLabel: "bench", code: "SEC", nameAr: "الشركة السعودية للكهرباء", nameEn: "Saudi Electricity Company" };

  const lines = [`\nPermit search on ${total.toLocaleString("en")} permits (${n.toLocaleString("en")} generated in ${seeded.toFixed(0)} s), ${runs} searches each, target p95 < ${TARGET_P95_MS} ms`];
  let ok = true;
  for (const [name, s] of Object.entries(searches)) {
    let found = 0;
    await db.$transaction((tx) => searchPermits(tx, org, s)); // warm-up
    const lat: number[] = [];
    for (let i = 0; i < runs; i++) {
      const page = ((i % 5) + 1) as number;
      const q0 = performance.now();
      const r = await db.$transaction((tx) => searchPermits(tx, org, { ...s, page }));
      lat.push(performance.now() - q0);
      found = r.total;
    }
    lat.sort((a, b) => a - b);
    const plan = await explainSearch(url, s);
    const pass = pct(lat, 95) < TARGET_P95_MS && plan.indexed;
    if (!pass) ok = false;
    lines.push(
      `${name.padEnd(38)} matches ${String(found).padStart(7)}  p50 ${pct(lat, 50).toFixed(1).padStart(6)} ms  p95 ${pct(lat, 95).toFixed(1).padStart(6)} ms  index: ${plan.indexed ? plan.indexes.join(", ") : "NO (sequential scan)"}  ${pass ? "ok" : "MISSED"}`,
    );
  }
  return { ok, lines };
}
