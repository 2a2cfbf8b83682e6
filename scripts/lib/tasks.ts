/**
 * Steps shared by the run command (scripts/run.ts), the e2e server (scripts/e2e-server.ts), the vitest
 * global setup and the test runner: Prisma CLI calls, the seed, the production build, the auth secret.
 */
import { spawn, type ChildProcess } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { PROJECT_ROOT } from "./database";

export { PROJECT_ROOT };

/** Children of the current step (migrate, seed, build): killed when the user interrupts a start-up. */
export const runningSteps = new Set<ChildProcess>();

/** Loads `.env` from the project root if present (never overrides variables already set). */
export function loadDotEnv(): void {
  const file = path.join(PROJECT_ROOT, ".env");
  if (fs.existsSync(file)) process.loadEnvFile(file);
}

export function formatMs(ms: number): string {
  return ms < 1000 ? `${ms} ms` : `${(ms / 1000).toFixed(1)} s`;
}

/** Runs `fn`, logging "label … (time)". Returns its result; the time is also pushed into `timings`. */
export async function timed<T>(label: string, fn: () => Promise<T>, log: (m: string) => void = console.log, timings?: Record<string, number>): Promise<T> {
  const started = Date.now();
  const result = await fn();
  const ms = Date.now() - started;
  if (timings) timings[label] = ms;
  log(`${label}: done in ${formatMs(ms)}`);
  return result;
}

export type RunOptions = {
  env?: NodeJS.ProcessEnv;
  /** Capture the output and show it only if the command fails (default true). */
  quiet?: boolean;
  cwd?: string;
};

export class CommandError extends Error {
  constructor(
    message: string,
    readonly output: string,
    readonly exitCode: number | null,
  ) {
    super(message);
  }
}

/** Spawns a command and resolves when it exits 0; rejects with its output otherwise. */
export function runCommand(file: string, args: string[], opts: RunOptions = {}): Promise<string> {
  const quiet = opts.quiet ?? true;
  return new Promise((resolve, reject) => {
    const child = spawn(file, args, {
      cwd: opts.cwd ?? PROJECT_ROOT,
      env: opts.env ?? process.env,
      stdio: quiet ? ["ignore", "pipe", "pipe"] : ["ignore", "inherit", "inherit"],
    });
    runningSteps.add(child);
    let output = "";
    child.stdout?.on("data", (d) => (output += d));
    child.stderr?.on("data", (d) => (output += d));
    child.on("error", (err) => {
      runningSteps.delete(child);
      reject(err);
    });
    child.on("close", (code, signal) => {
      runningSteps.delete(child);
      if (code === 0) resolve(output);
      else {
        const what = [path.basename(file), ...args].join(" ");
        reject(new CommandError(`\`${what}\` failed (${signal ? `signal ${signal}` : `exit ${code}`})${output ? `:\n${output.trimEnd()}` : ""}`, output, code));
      }
    });
  });
}

export const NODE = process.execPath;
const PRISMA_CLI = path.join(PROJECT_ROOT, "node_modules", "prisma", "build", "index.js");
export const NEXT_CLI = path.join(PROJECT_ROOT, "node_modules", "next", "dist", "bin", "next");

/** Environment for Prisma's CLI: no update check, no telemetry (both would try the network). */
export type EnvVars = Record<string, string | undefined>;

export function prismaEnv(extra: EnvVars = {}): NodeJS.ProcessEnv {
  return { ...process.env, PRISMA_HIDE_UPDATE_MESSAGE: "1", CHECKPOINT_DISABLE: "1", ...extra };
}

/** `prisma <args>` with the project's prisma.config.ts. */
export function prisma(args: string[], extraEnv: EnvVars = {}, opts: Omit<RunOptions, "env"> = {}): Promise<string> {
  return runCommand(NODE, [PRISMA_CLI, ...args], { ...opts, env: prismaEnv(extraEnv) });
}

/** Applies every migration of prisma/migrations to the database at `url`. */
export async function migrateDeploy(url: string): Promise<string> {
  if (!fs.existsSync(path.join(PROJECT_ROOT, "prisma", "migrations"))) {
    throw new Error("prisma/migrations does not exist: there is nothing to migrate the database with.");
  }
  const output = await prisma(["migrate", "deploy"], { DATABASE_URL: url });
  const applied = /(\d+) migrations? found/.exec(output)?.[1];
  return applied ? `${applied} migration(s) in prisma/migrations` : "up to date";
}

export const SEED_SCRIPT = path.join(PROJECT_ROOT, "prisma", "seed.ts");

/**
 * Runs the (idempotent) seed against `url`: prisma/seed.ts under tsx, as `prisma db seed` would.
 * Reference data always; demo data (demo accounts with the published password, demo agency keys, demo
 * records) only with `demo: true` — callers say so explicitly (scripts/lib/demo-mode.ts decides for `npm start`).
 */
export async function seed(url: string, opts: { quiet?: boolean; demo?: boolean } = {}): Promise<string> {
  if (!fs.existsSync(SEED_SCRIPT)) throw new Error("prisma/seed.ts does not exist: cannot seed the database.");
  const demo = opts.demo ?? false;
  return runCommand(NODE, ["--import", "tsx", SEED_SCRIPT, ...(demo ? ["--demo"] : [])], {
    env: { ...process.env, DATABASE_URL: url, AMANAH_DEMO: demo ? "1" : "0" },
    quiet: opts.quiet ?? true,
  });
}

// ───────────────────────────── Prisma client and build freshness ─────────────────────────────

const SCHEMA = path.join(PROJECT_ROOT, "prisma", "schema.prisma");
const GENERATED_CLIENT = path.join(PROJECT_ROOT, "lib", "generated", "prisma", "client.ts");

function mtime(file: string): number {
  try {
    return fs.statSync(file).mtimeMs;
  } catch {
    return 0;
  }
}

/** `prisma generate` when the generated client is missing or older than schema.prisma. */
export async function ensurePrismaClient(log: (m: string) => void = console.log): Promise<void> {
  if (mtime(GENERATED_CLIENT) >= mtime(SCHEMA) && mtime(GENERATED_CLIENT) > 0) return;
  await timed("prisma generate", () => prisma(["generate"]), log);
}

/** What a production build depends on (relative to the project root). Tests are not part of it. */
const BUILD_INPUTS = [
  "app",
  "components",
  "lib",
  "locales",
  "public",
  "types",
  "proxy.ts",
  "middleware.ts",
  "instrumentation.ts",
  "i18next.d.ts",
  "prisma/schema.prisma",
  "next.config.ts",
  "postcss.config.mjs",
  "tsconfig.json",
  "package.json",
  "package-lock.json",
];
const BUILD_IGNORED_DIRS = new Set([path.join(PROJECT_ROOT, "lib", "generated"), path.join(PROJECT_ROOT, "node_modules")]);
const TEST_FILE = /\.(test|spec|int\.test)\.[cm]?[jt]sx?$/;
const BUILD_STAMP = path.join(PROJECT_ROOT, ".next", "amanah-build-stamp.json");

function newestInput(): { file: string; mtimeMs: number } {
  let newest = { file: "", mtimeMs: 0 };
  const visit = (p: string) => {
    let st: fs.Stats;
    try {
      st = fs.statSync(p);
    } catch {
      return;
    }
    if (st.isDirectory()) {
      if (BUILD_IGNORED_DIRS.has(p)) return;
      // a deleted file changes its directory's mtime
      if (st.mtimeMs > newest.mtimeMs) newest = { file: p + path.sep, mtimeMs: st.mtimeMs };
      for (const entry of fs.readdirSync(p)) visit(path.join(p, entry));
    } else if (!TEST_FILE.test(p) && st.mtimeMs > newest.mtimeMs) {
      newest = { file: p, mtimeMs: st.mtimeMs };
    }
  };
  for (const input of BUILD_INPUTS) visit(path.join(PROJECT_ROOT, input));
  return newest;
}

/** Why a production build is needed, or undefined when `.next` is newer than every source file. */
export function buildStaleReason(): string | undefined {
  if (!fs.existsSync(path.join(PROJECT_ROOT, ".next", "BUILD_ID")) || !fs.existsSync(BUILD_STAMP)) return "no production build yet";
  const built = mtime(BUILD_STAMP);
  const newest = newestInput();
  if (newest.mtimeMs > built) return `${path.relative(PROJECT_ROOT, newest.file)} changed since the last build`;
  return undefined;
}

/** `prisma generate` if needed, then `next build` when the build is missing or older than any source. */
export async function ensureBuild(env: NodeJS.ProcessEnv, log: (m: string) => void = console.log, timings?: Record<string, number>): Promise<boolean> {
  await ensurePrismaClient(log);
  const reason = buildStaleReason();
  if (!reason) {
    log("production build is up to date (next build skipped)");
    return false;
  }
  log(`building for production (${reason}) — this takes a minute or two…`);
  fs.rmSync(BUILD_STAMP, { force: true });
  await timed("next build", () => runCommand(NODE, [NEXT_CLI, "build"], { env: { ...env, NEXT_TELEMETRY_DISABLED: "1", NODE_ENV: "production" } }), log, timings);
  fs.writeFileSync(BUILD_STAMP, JSON.stringify({ builtAt: new Date().toISOString() }));
  return true;
}

// ───────────────────────────── secrets ─────────────────────────────

/** NEXTAUTH_SECRET from the environment, else one generated once and kept in `.data/auth-secret`. */
export function ensureAuthSecret(): string {
  const fromEnv = process.env.NEXTAUTH_SECRET?.trim();
  if (fromEnv) return fromEnv;
  const file = path.join(PROJECT_ROOT, ".data", "auth-secret");
  try {
    const existing = fs.readFileSync(file, "utf8").trim();
    if (existing.length >= 32) return existing;
  } catch {
    /* create it */
  }
  fs.mkdirSync(path.dirname(file), { recursive: true, mode: 0o755 });
  const secret = crypto.randomBytes(32).toString("base64url");
  fs.writeFileSync(file, secret + "\n", { mode: 0o600 });
  return secret;
}
