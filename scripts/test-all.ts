/**
 * `npm test`: every test of the project, one verdict.
 *
 *   1. Chromium for Playwright (installed with apt-get when missing and root; otherwise how to, and exit 1)
 *   2. "schema and migrations agree": prisma migrate diff --from-migrations … --to-schema … --exit-code
 *   3. vitest (unit + integration against a real PostgreSQL)
 *   4. Playwright journeys against the production build (built first, outside Playwright's server timeout)
 *   5. fault drills that need the production build (vitest.drills.config.ts: next start, the worker and an
 *      embedded PostgreSQL of their own are killed and restarted; docs/decisions/014-backups-and-outages.md)
 *
 * The last line is exactly `N passed, N failed` (`, N skipped` when some were skipped); exit 1 if anything
 * failed. A runner that crashes or reports nothing counts as a failure, never as zero tests.
 */
import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { dropDatabase, ensureDatabase, type DatabaseHandle } from "./lib/database";
import { NODE, PROJECT_ROOT, formatMs, loadDotEnv, prismaEnv } from "./lib/tasks";
import { TEST_PORTS } from "./lib/test-ports";
import type { JSONReport } from "@playwright/test/reporter";
import { playwrightFailures, vitestFailures, type VitestFileResult } from "./lib/test-reports";

loadDotEnv();
const REPORTS = path.join(PROJECT_ROOT, "test-results", "reports");
const CHROMIUM = "/usr/bin/chromium";
const TEST_SERVER = { dataDir: ".data/pg-test", port: TEST_PORTS.testPostgres } as const; // as in tests/setup/global-db.ts
const SCHEMA_CHECK_DB = `amanah_schema_check_p${process.pid}`;

/** `failures`: "file › test — first line of its error", printed with the summary so that a CI log's tail names them. */
type Tally = { name: string; passed: number; failed: number; skipped: number; notes: string[]; failures: string[]; ms: number };
const tallies: Tally[] = [];
const children = new Set<import("node:child_process").ChildProcess>();
let database: DatabaseHandle | undefined;

const say = (m: string) => console.log(`\n[test] ${m}`);

function run(file: string, args: string[], env: NodeJS.ProcessEnv = process.env): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(file, args, { cwd: PROJECT_ROOT, env, stdio: ["ignore", "inherit", "inherit"] });
    children.add(child);
    child.on("error", (err) => {
      console.error(`[test] could not run ${file}: ${err.message}`);
      children.delete(child);
      resolve(127);
    });
    child.on("close", (code, signal) => {
      children.delete(child);
      resolve(code ?? (signal ? 128 : 1));
    });
  });
}

function capture(file: string, args: string[], env: NodeJS.ProcessEnv): Promise<{ code: number; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(file, args, { cwd: PROJECT_ROOT, env, stdio: ["ignore", "pipe", "pipe"] });
    children.add(child);
    let output = "";
    child.stdout.on("data", (d) => (output += d));
    child.stderr.on("data", (d) => (output += d));
    child.on("error", (err) => resolve({ code: 127, output: String(err) }));
    child.on("close", (code) => {
      children.delete(child);
      resolve({ code: code ?? 1, output });
    });
  });
}

function readJson<T>(file: string): T | undefined {
  try {
    return JSON.parse(fs.readFileSync(file, "utf8")) as T;
  } catch {
    return undefined;
  }
}

// ───────────────────────────── 1. Chromium ─────────────────────────────

function ensureChromium(): void {
  if (fs.existsSync(CHROMIUM)) return;
  if (process.getuid?.() !== 0) {
    console.error(
      `[test] Chromium is missing (${CHROMIUM}); the browser tests need Debian's package. Install it with:\n` +
        `         sudo apt-get update && sudo apt-get install -y chromium\n       then run npm test again.`,
    );
    process.exit(1);
  }
  say("Chromium is missing: apt-get install -y chromium");
  const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
  for (const args of [["update"], ["install", "-y", "chromium"]]) {
    const r = spawnSync("apt-get", args, { stdio: "inherit", env });
    if (r.status !== 0 || !fs.existsSync(CHROMIUM)) {
      if (args[0] === "update") continue; // a stale list may still be enough to install
      console.error(`[test] apt-get ${args.join(" ")} failed: cannot run the browser tests.`);
      process.exit(1);
    }
  }
}

// ───────────────────────────── 2. schema vs migrations ─────────────────────────────

async function schemaAgreesWithMigrations(): Promise<void> {
  const started = Date.now();
  const tally: Tally = { name: "schema and migrations agree", passed: 0, failed: 0, skipped: 0, notes: [], failures: [], ms: 0 };
  tallies.push(tally);
  say("schema and migrations agree (prisma migrate diff --from-migrations prisma/migrations --to-schema prisma/schema.prisma)");
  try {
    database = await ensureDatabase({ ...TEST_SERVER, database: SCHEMA_CHECK_DB, fast: true });
    // The schema engine applies the migrations to a throwaway shadow database it creates on this server.
    const env = prismaEnv({ DATABASE_URL: database.url });
    const cli = path.join(PROJECT_ROOT, "node_modules", "prisma", "build", "index.js");
    const base = ["migrate", "diff", "--from-migrations", "prisma/migrations", "--to-schema", "prisma/schema.prisma"];
    const { code, output } = await capture(NODE, [cli, ...base, "--exit-code"], env);
    if (code === 0) {
      tally.passed = 1;
      console.log("[test] ✓ prisma/migrations produce exactly prisma/schema.prisma");
    } else {
      tally.failed = 1;
      if (code === 2) {
        const script = await capture(NODE, [cli, ...base, "--script"], env);
        tally.notes.push("schema.prisma differs from the migrations: add a migration");
        console.error(`[test] ✗ prisma/schema.prisma differs from prisma/migrations. Missing migration SQL:\n${script.output}`);
      } else {
        tally.notes.push(`prisma migrate diff failed (exit ${code})`);
        console.error(`[test] ✗ prisma migrate diff failed (exit ${code}):\n${output}`);
      }
    }
    await dropDatabase(database.adminUrl, SCHEMA_CHECK_DB).catch(() => {});
  } catch (err) {
    tally.failed = 1;
    tally.notes.push(String(err instanceof Error ? err.message : err));
    console.error(`[test] ✗ could not check the migrations: ${err instanceof Error ? err.message : String(err)}`);
  }
  tally.ms = Date.now() - started;
}

// ───────────────────────────── 3. vitest ─────────────────────────────

type VitestJson = {
  numPassedTests: number;
  numFailedTests: number;
  numPendingTests: number;
  numTodoTests: number;
  numTotalTests: number;
  testResults: VitestFileResult[];
};

/**
 * One vitest run (`extraArgs`: a config of its own), counted from its JSON report. A runner that reports nothing,
 * a file that fails outside its tests (syntax error, failing import or hook) and a run of zero tests all fail.
 */
async function vitestStep(name: string, title: string, report: string, extraArgs: string[], env: NodeJS.ProcessEnv): Promise<void> {
  const started = Date.now();
  const tally: Tally = { name, passed: 0, failed: 0, skipped: 0, notes: [], failures: [], ms: 0 };
  tallies.push(tally);
  const out = path.join(REPORTS, report);
  const unhandledOut = out.replace(/\.json$/, "-unhandled.json");
  for (const file of [out, unhandledOut]) fs.rmSync(file, { force: true });
  say(title);
  const code = await run(
    NODE,
    [
      path.join(PROJECT_ROOT, "node_modules", "vitest", "vitest.mjs"),
      "run",
      ...extraArgs,
      "--reporter=default",
      "--reporter=json",
      `--outputFile.json=${out}`,
      "--reporter=./scripts/lib/vitest-unhandled-reporter.ts",
    ],
    { ...env, AMANAH_VITEST_UNHANDLED_REPORT: unhandledOut },
  );
  const json = readJson<VitestJson>(out);
  const unhandled = readJson<string[]>(unhandledOut) ?? [];
  if (!json) {
    tally.failed = 1;
    tally.notes.push(`${name} exited ${code} without a report`);
  } else {
    tally.passed = json.numPassedTests;
    tally.failed = json.numFailedTests;
    tally.skipped = json.numPendingTests + json.numTodoTests;
    tally.failures.push(...vitestFailures(json.testResults, PROJECT_ROOT));
    // An unhandled rejection or a dead test worker fails the run even with every test passed: name them in the tail.
    tally.failures.push(...unhandled);
    for (const file of json.testResults) {
      if (file.status === "failed" && !file.assertionResults.some((a) => a.status === "failed")) {
        tally.failed += 1;
        tally.notes.push(`${path.relative(PROJECT_ROOT, file.name)} failed outside its tests`);
      }
    }
    if (code !== 0 && tally.failed === 0) {
      tally.failed = 1;
      tally.notes.push(
        unhandled.length > 0 ? `${name} exited ${code}: ${unhandled.length} unhandled error(s), listed below` : `${name} exited ${code} (errors outside tests, see above)`,
      );
    }
    if (json.numTotalTests === 0) {
      tally.failed += 1;
      tally.notes.push(`${name} ran no test`);
    }
  }
  tally.ms = Date.now() - started;
}

const vitest = () =>
  vitestStep("vitest", "vitest (unit + integration)", "vitest.json", [], { ...process.env, AMANAH_TEST_RUNNER_PID: String(process.pid) });

// ───────────────────────────── 4. Playwright ─────────────────────────────

type PlaywrightJson = Partial<Pick<JSONReport, "stats" | "errors" | "suites">>;

function e2eSpecFiles(dir = path.join(PROJECT_ROOT, "tests", "e2e")): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true, recursive: true }).filter((e) => e.isFile() && /\.spec\.ts$/.test(e.name)).map((e) => e.name);
}

async function playwright(): Promise<void> {
  const started = Date.now();
  const tally: Tally = { name: "playwright", passed: 0, failed: 0, skipped: 0, notes: [], failures: [], ms: 0 };
  tallies.push(tally);
  if (e2eSpecFiles().length === 0) {
    tally.notes.push("no spec files in tests/e2e");
    say("playwright: no spec files in tests/e2e — nothing to run");
    return;
  }
  // The production build can take minutes on 2 cores: do it before Playwright starts its server clock.
  say("production build for the browser tests (scripts/e2e-server.ts --build-only)");
  const buildCode = await run(NODE, ["--import", "tsx", path.join(PROJECT_ROOT, "scripts", "e2e-server.ts"), "--build-only"]);
  if (buildCode !== 0) {
    tally.failed = 1;
    tally.notes.push("the production build (or its database) failed: no browser test could run");
    tally.ms = Date.now() - started;
    return;
  }

  const out = path.join(REPORTS, "playwright.json");
  fs.rmSync(out, { force: true });
  fs.rmSync(path.join(PROJECT_ROOT, "test-results", "screenshots"), { recursive: true, force: true });
  say(`playwright (Chromium, production build on http://localhost:${TEST_PORTS.e2eWeb})`);
  const code = await run(NODE, [path.join(PROJECT_ROOT, "node_modules", "@playwright", "test", "cli.js"), "test", "--reporter=list,json"], {
    ...process.env,
    PLAYWRIGHT_JSON_OUTPUT_NAME: out,
  });
  const report = readJson<PlaywrightJson>(out);
  if (!report?.stats) {
    tally.failed = 1;
    tally.notes.push(`playwright exited ${code} without a report`);
  } else {
    const s = report.stats;
    tally.passed = s.expected + s.flaky;
    tally.failed = s.unexpected;
    tally.skipped = s.skipped;
    tally.failures.push(...playwrightFailures(report.suites));
    const errors = report.errors ?? [];
    if (errors.length > 0) {
      tally.failed += errors.length;
      tally.notes.push(`${errors.length} error(s) outside tests: ${errors.map((e) => (e.message ?? "").split("\n")[0]).join("; ")}`);
    }
    if (code !== 0 && tally.failed === 0) {
      tally.failed = 1;
      tally.notes.push(`playwright exited ${code}`);
    }
    if (s.expected + s.unexpected + s.flaky + s.skipped === 0) {
      tally.failed += 1;
      tally.notes.push("playwright ran no test although tests/e2e has spec files");
    }
  }
  tally.ms = Date.now() - started;
}

// ───────────────────────────── 5. fault drills ─────────────────────────────

const drills = () =>
  vitestStep(
    "fault drills",
    "fault drills (vitest.drills.config.ts: web killed mid-payments, database stopped under load, supervised PostgreSQL)",
    "drills.json",
    ["-c", "vitest.drills.config.ts"],
    process.env,
  );

// ───────────────────────────── main ─────────────────────────────

let interrupted = false;
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    if (interrupted) return;
    interrupted = true;
    console.error(`\n[test] ${signal}: stopping`);
    for (const child of children) child.kill("SIGTERM");
    void (database?.stop() ?? Promise.resolve()).finally(() => process.exit(130));
  });
}

async function main(): Promise<number> {
  fs.mkdirSync(REPORTS, { recursive: true });
  ensureChromium();
  try {
    await schemaAgreesWithMigrations();
    // The test server stays up for vitest: its global setup reuses it (and leaves stopping it to us).
    await vitest();
  } finally {
    await database?.stop();
    database = undefined;
  }
  await playwright();
  await drills();

  const total = tallies.reduce((t, x) => ({ passed: t.passed + x.passed, failed: t.failed + x.failed, skipped: t.skipped + x.skipped }), {
    passed: 0,
    failed: 0,
    skipped: 0,
  });
  const failures = tallies.flatMap((t) => t.failures.map((f) => `  ${t.name}: ${f}`));
  if (failures.length > 0) console.log(`\n[test] failed tests\n${failures.join("\n")}`);
  console.log("\n[test] summary");
  for (const t of tallies) {
    const counts = `${t.passed} ✓  ${t.failed} ✗${t.skipped ? `  ${t.skipped} skipped` : ""}`;
    console.log(`  ${t.name.padEnd(30)} ${counts.padEnd(22)} ${t.ms ? formatMs(t.ms).padStart(8) : "".padStart(8)}  ${t.notes.join("; ")}`);
  }
  console.log(`${total.passed} passed, ${total.failed} failed${total.skipped > 0 ? `, ${total.skipped} skipped` : ""}`);
  return total.failed > 0 ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  async (err: unknown) => {
    console.error("[test] the test runner itself failed:", err);
    await database?.stop().catch(() => {});
    const passed = tallies.reduce((n, t) => n + t.passed, 0);
    const failed = tallies.reduce((n, t) => n + t.failed, 0) + 1;
    console.log(`${passed} passed, ${failed} failed`);
    process.exit(1);
  },
);
