/**
 * Real processes for the fault drills that need the production build (tests/drills/*.drill.ts, run by
 * vitest.drills.config.ts after the build in `npm test`): an embedded PostgreSQL cluster of the drill's own
 * (.data/pg-drill-<name>, ports 555xx), `next start` and the notifications worker — never the ports or data
 * of `npm start`, the e2e server or another test.
 */
import { spawn, type ChildProcess } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import pg from "pg";
import { startEmbeddedServer, withDatabase, type EmbeddedServer } from "../../scripts/lib/database";
import { waitForHttp } from "../../scripts/lib/supervisor";
import { NEXT_CLI, NODE, PROJECT_ROOT, ensureBuild, migrateDeploy, seed } from "../../scripts/lib/tasks";

export const ROOT = PROJECT_ROOT;
export const DRILL_PAYMENT_SECRET = "drill-payment-secret-0123456789";

export type Cluster = { server: EmbeddedServer; url: string; dataDir: string; port: number; restart(): Promise<void>; stop(): Promise<void> };

/** A fresh embedded cluster with the database `amanah`, migrated and seeded (with the demo data). */
export async function freshCluster(name: string, port: number): Promise<Cluster> {
  const dataDir = path.join(ROOT, ".data", `pg-drill-${name}`);
  fs.rmSync(dataDir, { recursive: true, force: true });
  fs.rmSync(`${dataDir}.users`, { recursive: true, force: true });
  const saved = process.env.DATABASE_URL;
  delete process.env.DATABASE_URL;
  const start = () => startEmbeddedServer({ dataDir, port, log: () => {} });
  try {
    const cluster: Cluster = {
      server: await start(),
      url: "",
      dataDir,
      port,
      async restart() {
        delete process.env.DATABASE_URL;
        try {
          cluster.server = await start();
        } finally {
          if (saved !== undefined) process.env.DATABASE_URL = saved;
        }
      },
      async stop() {
        await cluster.server.stop();
      },
    };
    const c = new pg.Client({ connectionString: cluster.server.adminUrl });
    await c.connect();
    await c.query("CREATE DATABASE amanah");
    await c.end();
    cluster.url = withDatabase(cluster.server.adminUrl, "amanah");
    await migrateDeploy(cluster.url);
    await seed(cluster.url, { demo: true });
    return cluster;
  } finally {
    if (saved !== undefined) process.env.DATABASE_URL = saved;
  }
}

export function removeCluster(c: Cluster | undefined): void {
  if (!c) return;
  fs.rmSync(c.dataDir, { recursive: true, force: true });
  fs.rmSync(`${c.dataDir}.users`, { recursive: true, force: true });
}

export function appEnv(url: string, port: number, extra: Record<string, string | undefined> = {}): NodeJS.ProcessEnv {
  const base = `http://localhost:${port}`;
  const env: Record<string, string | undefined> = { ...process.env };
  Object.assign(env, {
    DATABASE_URL: url,
    NEXTAUTH_SECRET: crypto.randomBytes(32).toString("base64url"),
    NEXTAUTH_URL: base,
    PUBLIC_BASE_URL: base,
    PAYMENT_WEBHOOK_SECRET: DRILL_PAYMENT_SECRET,
    SMS_PROVIDER: "dev",
    SMS_DEV_IN_PRODUCTION: "on",
    BANK_SIMULATOR: "off",
    BACKUP_EVERY_HOURS: "0",
    NEXT_TELEMETRY_DISABLED: "1",
    NODE_ENV: "production",
    PORT: String(port),
    ...extra,
  });
  return env as NodeJS.ProcessEnv;
}

/** The production build, when stale (a no-op in `npm test`, which builds first). */
export async function ensureProductionBuild(env: NodeJS.ProcessEnv): Promise<void> {
  // DRILL_SKIP_BUILD=1: use the .next that is there (while another run holds the build lock and serves it).
  if (process.env.DRILL_SKIP_BUILD === "1") {
    if (!fs.existsSync(path.join(ROOT, ".next", "BUILD_ID"))) throw new Error("DRILL_SKIP_BUILD=1 but there is no production build (.next)");
    return;
  }
  await ensureBuild(env, (m) => console.log(`[drill] ${m}`));
}

export type Proc = { child: ChildProcess; output: () => string; exited: Promise<void> };

export function spawnProc(name: string, args: string[], env: NodeJS.ProcessEnv): Proc {
  const child = spawn(NODE, args, { cwd: ROOT, env, stdio: ["ignore", "pipe", "pipe"] });
  let out = "";
  const keep = (d: Buffer) => {
    out += d.toString();
    if (out.length > 200_000) out = out.slice(-100_000);
  };
  child.stdout!.on("data", keep);
  child.stderr!.on("data", keep);
  const exited = new Promise<void>((r) => child.once("exit", () => r()));
  return { child, output: () => `--- ${name} ---\n${out}`, exited };
}

export async function startWeb(env: NodeJS.ProcessEnv): Promise<Proc> {
  const port = env.PORT!;
  const web = spawnProc("web", [NEXT_CLI, "start", "-p", port, "--keepAliveTimeout", "65000"], env);
  const stop = new AbortController();
  web.exited.then(() => stop.abort());
  try {
    await waitForHttp(`http://localhost:${port}/ar`, 90_000, stop.signal);
  } catch (err) {
    throw new Error(`next start did not come up: ${String(err)}\n${web.output()}`);
  }
  return web;
}

export function startWorker(env: NodeJS.ProcessEnv): Proc {
  return spawnProc("worker", ["--import", "tsx", path.join(ROOT, "scripts", "worker.ts")], env);
}

export async function kill(p: Proc | undefined, signal: NodeJS.Signals = "SIGTERM"): Promise<void> {
  if (!p || p.child.exitCode !== null || p.child.signalCode !== null) return;
  p.child.kill(signal);
  const timer = setTimeout(() => p.child.kill("SIGKILL"), 10_000);
  await p.exited;
  clearTimeout(timer);
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export async function waitUntil<T>(what: string, fn: () => Promise<T | undefined | false>, timeoutMs: number, everyMs = 200): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const v = await fn().catch(() => undefined);
    if (v) return v;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await sleep(everyMs);
  }
}
