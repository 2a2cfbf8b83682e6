/**
 * The soak of `npm run bench` (issue 18): the production server (`next start`) under mixed public and signed-in
 * traffic for SOAK_MINUTES (default 10), its resident memory (RSS of the server and its child processes)
 * reported every SOAK_SAMPLE_SECONDS (default 30). Passes when no request failed and the memory stayed flat:
 * the highest sample of the last third is at most 20 % + 32 MB above the highest sample of the first
 * third (after a one-sample warm-up). SOAK_MINUTES=0 skips it.
 */
import crypto from "node:crypto";
import fs from "node:fs";
import { performance } from "node:perf_hooks";
import { stopChild, waitForHttp } from "./supervisor";
import { NEXT_CLI, NODE, ensureBuild } from "./tasks";
import { spawn } from "node:child_process";

export type SoakResult = { ok: boolean; lines: string[] };

const PUBLIC = ["/ar", "/en", "/ar/offices", "/en/offices", "/ar/complaints/track", "/en/developers"];
/** A licensing office's manager (password sign-in; citizens use the national SSO): the office's working pages. */
const SIGNED_IN = ["/ar/office", "/ar/office/applications", "/ar/office/team", "/ar/office/compliance", "/en/office"];

function rssKb(pid: number): number {
  let total = 0;
  const visit = (p: number) => {
    try {
      const m = /VmRSS:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${p}/status`, "utf8"));
      total += Number(m?.[1] ?? 0);
      for (const child of fs.readFileSync(`/proc/${p}/task/${p}/children`, "utf8").trim().split(/\s+/).filter(Boolean)) visit(Number(child));
    } catch {
      /* gone */
    }
  };
  visit(pid);
  return total;
}

/** Cookie jar of one signed-in visitor: GET /api/auth/csrf, then the credentials callback (as next-auth's client does). */
async function signIn(base: string, login: string, password: string): Promise<string> {
  const jar = new Map<string, string>();
  const keep = (res: Response) => {
    for (const c of res.headers.getSetCookie()) {
      const [pair] = c.split(";");
      const i = pair!.indexOf("=");
      jar.set(pair!.slice(0, i), pair!.slice(i + 1));
    }
  };
  const cookie = () => [...jar].map(([k, v]) => `${k}=${v}`).join("; ");
  const csrfRes = await fetch(`${base}/api/auth/csrf`);
  keep(csrfRes);
  const { csrfToken } = (await csrfRes.json()) as { csrfToken: string };
  const res = await fetch(`${base}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "Content-Type": "application/x-www-form-urlencoded", Cookie: cookie() },
    body: new URLSearchParams({ csrfToken, login, password, callbackUrl: `${base}/ar/office`, json: "true" }),
  });
  keep(res);
  await res.body?.cancel();
  if (![...jar.keys()].some((k) => k.endsWith("next-auth.session-token"))) throw new Error(`sign-in as ${login} failed (HTTP ${res.status}): the soak needs a signed-in visitor`);
  return cookie();
}

export async function soak(opts: { databaseUrl: string; minutes: number; sampleSeconds: number; port: number; concurrency: number; login: string; password: string }): Promise<SoakResult> {
  const base = `http://localhost:${opts.port}`;
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URL: opts.databaseUrl,
    NEXTAUTH_SECRET: crypto.randomBytes(32).toString("base64url"),
    NEXTAUTH_URL: base,
    PUBLIC_BASE_URL: base,
    SMS_PROVIDER: "dev",
    SMS_DEV_IN_PRODUCTION: "on",
    NEXT_TELEMETRY_DISABLED: "1",
    NODE_ENV: "production",
    PORT: String(opts.port),
  };
  await ensureBuild(env, (m) => console.log(`[soak] ${m}`));
  const web = spawn(NODE, [NEXT_CLI, "start", "-p", String(opts.port), "--keepAliveTimeout", "65000"], { env, stdio: ["ignore", "ignore", "pipe"] });
  let stderr = "";
  web.stderr!.on("data", (d) => (stderr = (stderr + d).slice(-20_000)));
  const lines: string[] = [];
  try {
    await waitForHttp(`${base}/ar`, 120_000);
    const cookie = await signIn(base, opts.login, opts.password);

    const failures: string[] = [];
    let requests = 0;
    let intervalRequests = 0;
    const latencies: number[] = [];
    const end = Date.now() + opts.minutes * 60_000;
    const lane = async (i: number) => {
      const signed = i % 3 === 2; // a third of the visitors are signed in
      const paths = signed ? SIGNED_IN : PUBLIC;
      for (let n = i; Date.now() < end; n++) {
        const p = paths[n % paths.length]!;
        const t0 = performance.now();
        try {
          const res = await fetch(base + p, { redirect: "manual", headers: signed ? { Cookie: cookie } : {}, signal: AbortSignal.timeout(30_000) });
          await res.arrayBuffer();
          if (res.status !== 200) failures.push(`${p} → HTTP ${res.status}`);
        } catch (err) {
          failures.push(`${p} → ${err instanceof Error ? err.message : String(err)}`);
        }
        latencies.push(performance.now() - t0);
        requests++;
        intervalRequests++;
      }
    };
    const samples: { t: number; mb: number }[] = [];
    const started = Date.now();
    const sample = () => {
      const mb = rssKb(web.pid!) / 1024;
      samples.push({ t: Math.round((Date.now() - started) / 1000), mb });
      const line = `  t=${String(samples.at(-1)!.t).padStart(4)} s   RSS ${mb.toFixed(0).padStart(5)} MB   ${(intervalRequests / opts.sampleSeconds).toFixed(0).padStart(5)} req/s   failed so far ${failures.length}`;
      intervalRequests = 0;
      console.log(line);
      lines.push(line);
    };
    console.log(`[soak] ${opts.minutes} min, ${opts.concurrency} visitors (a third signed in as ${opts.login}), RSS every ${opts.sampleSeconds} s`);
    sample();
    const timer = setInterval(sample, opts.sampleSeconds * 1000);
    await Promise.all(Array.from({ length: opts.concurrency }, (_, i) => lane(i)));
    clearInterval(timer);
    sample();

    latencies.sort((a, b) => a - b);
    const pct = (p: number) => latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))] ?? 0;
    const warm = samples.slice(1);
    const third = Math.max(1, Math.floor(warm.length / 3));
    const early = Math.max(...warm.slice(0, third).map((s) => s.mb));
    const late = Math.max(...warm.slice(-third).map((s) => s.mb));
    const flat = late <= early * 1.2 + 32;
    const summary = [
      `[soak] ${requests} requests in ${opts.minutes} min (${(requests / (opts.minutes * 60)).toFixed(0)} req/s), p50 ${pct(50).toFixed(0)} ms, p95 ${pct(95).toFixed(0)} ms, ${failures.length} failed${failures.length ? ` (first: ${failures.slice(0, 5).join("; ")})` : ""}`,
      `[soak] RSS first third max ${early.toFixed(0)} MB, last third max ${late.toFixed(0)} MB: ${flat ? "flat" : "GROWING"} (limit ${(early * 1.2 + 32).toFixed(0)} MB)`,
    ];
    for (const l of summary) console.log(l);
    lines.push(...summary);
    return { ok: failures.length === 0 && flat && requests > 0, lines };
  } catch (err) {
    const line = `[soak] could not run: ${err instanceof Error ? err.message : String(err)}\n${stderr.slice(-2000)}`;
    console.error(line);
    return { ok: false, lines: [...lines, line] };
  } finally {
    await stopChild(web);
  }
}
