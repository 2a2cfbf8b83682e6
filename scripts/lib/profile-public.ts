/**
 * Where a public page's time goes (issue 16): `next start --cpu-prof` on the bench database left by `npm run bench`
 * (BENCH_PG_PORT's .data/pg-bench, database amanah_bench), `PROFILE_REQUESTS` requests to `PROFILE_PATH`, then the
 * top functions by self time. Usage: BENCH_PG_PORT=5637 PROFILE_PATH=/ar/offices tsx scripts/lib/profile-public.ts
 */
import fs from "node:fs";
import path from "node:path";
import { spawn } from "node:child_process";
import autocannon from "autocannon";
import { ensureDatabase } from "./database";
import { waitForHttp } from "./supervisor";
import { NEXT_CLI, NODE } from "./tasks";

const port = Number(process.env.PROFILE_PORT || 3217);
const dir = process.env.PROFILE_DIR || "/tmp/amanah-profile";
const target = process.env.PROFILE_PATH || "/ar";
const db = await ensureDatabase({ dataDir: ".data/pg-bench", port: Number(process.env.BENCH_PG_PORT || 5637), database: "amanah_bench", fast: true, log: () => {} });
fs.rmSync(dir, { recursive: true, force: true });
const web = spawn(NODE, ["--cpu-prof", `--cpu-prof-dir=${dir}`, NEXT_CLI, "start", "-p", String(port)], {
  env: { ...process.env, DATABASE_URL: db.url, NEXTAUTH_SECRET: "profile-secret-profile-secret-0123", NEXTAUTH_URL: `http://localhost:${port}`, PUBLIC_BASE_URL: `http://localhost:${port}`, SMS_PROVIDER: "dev", SMS_DEV_IN_PRODUCTION: "on", TRUSTED_PROXY_HOPS: "1", NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1" },
  stdio: "inherit",
});
try {
  await waitForHttp(`http://localhost:${port}/ar`, 180_000);
  let n = 0;
  const r = await autocannon({ url: `http://localhost:${port}${target}`, connections: 4, amount: Number(process.env.PROFILE_REQUESTS || 300), requests: [{ setupRequest: (req) => ({ ...req, headers: { ...req.headers, "x-forwarded-for": `10.9.${(n >> 8) & 255}.${n++ & 255}` } }) }] });
  console.log(`${target}: ${r.requests.average} req/s, p50 ${r.latency.p50} ms, non-2xx ${r.non2xx}`);
} finally {
  web.kill("SIGINT");
  await new Promise((res) => web.once("exit", res));
  await db.stop();
}
// The server process's profile: the largest file (next start's parent is small).
const files = fs.readdirSync(dir).map((f) => path.join(dir, f)).sort((a, b) => fs.statSync(b).size - fs.statSync(a).size);
type Node = { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; hitCount?: number; children?: number[] };
const prof = JSON.parse(fs.readFileSync(files[0]!, "utf8")) as { nodes: Node[]; samples: number[]; timeDeltas: number[] };
const self = new Map<string, number>();
const byFile = new Map<string, number>();
const total = prof.samples.length;
const byId = new Map(prof.nodes.map((n) => [n.id, n]));
for (const id of prof.samples) {
  const n = byId.get(id)!;
  const key = `${n.callFrame.functionName || "(anon)"} ${n.callFrame.url.replace(/^.*node_modules\//, "nm/").replace(/^.*\.next\//, ".next/")}:${n.callFrame.lineNumber}`;
  self.set(key, (self.get(key) ?? 0) + 1);
  const file = n.callFrame.url.replace(/^.*node_modules\/((@[^/]+\/)?[^/]+).*/, "nm:$1").replace(/^.*\.next\/server\/chunks\/.*/, ".next chunks");
  byFile.set(file || "(native)", (byFile.get(file || "(native)") ?? 0) + 1);
}
const top = (m: Map<string, number>, k: number) => [...m].sort((a, b) => b[1] - a[1]).slice(0, k).map(([name, c]) => `${((100 * c) / total).toFixed(1).padStart(5)}%  ${name}`);
console.log(`\nself time by package (${total} samples):\n${top(byFile, 15).join("\n")}\n\ntop functions by self time:\n${top(self, 30).join("\n")}`);
