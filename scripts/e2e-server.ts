/**
 * The server Playwright tests run against (playwright.config.ts `webServer`): a PRODUCTION build
 * (`next build` when stale, then `next start -p 3100`) plus the notifications worker, on a dedicated database
 * `amanah_e2e` that is dropped, recreated, migrated and seeded on every run.
 *
 * PostgreSQL: embedded in .data/pg-e2e on port 24349 (scripts/lib/test-ports.ts) (its own cluster, so `npm start` and vitest are never
 * disturbed), or the server of DATABASE_URL (the database name is replaced by amanah_e2e).
 *
 *   tsx scripts/e2e-server.ts                 serve until SIGTERM/SIGINT (Playwright sends SIGTERM to the group)
 *   tsx scripts/e2e-server.ts --build-only    prepare the database and the production build, then exit
 *                                             (the test runner does this first, outside Playwright's 180 s limit)
 */
import crypto from "node:crypto";
import path from "node:path";
import { ensureDatabase, portInUse, recreateDatabase, type DatabaseHandle } from "./lib/database";
import { Supervisor, waitForHttp } from "./lib/supervisor";
import { NEXT_CLI, NODE, PROJECT_ROOT, ensureBuild, loadDotEnv, migrateDeploy, runningSteps, seed, timed } from "./lib/tasks";
import { E2E_PAYMENT_SECRET } from "./lib/payment-secret";
import { startDevPhone } from "./lib/dev-phone";
import { startLocalSso } from "./lib/local-sso";
import { TEST_PORTS } from "./lib/test-ports";

loadDotEnv();
const buildOnly = process.argv.includes("--build-only");
export const E2E_PORT = TEST_PORTS.e2eWeb;
const BASE_URL = `http://localhost:${E2E_PORT}`;
export const E2E_OIDC_PORT = TEST_PORTS.e2eOidc;
/** The stand-in phone the dev SMS provider posts to (scripts/lib/dev-phone.ts); journeys read codes from it. */
export const E2E_PHONE_PORT = TEST_PORTS.e2ePhone;
const E2E_PHONE_URL = `http://127.0.0.1:${E2E_PHONE_PORT}`;
// AMANAH_E2E_PG_DIR: a second e2e server beside a running test suite (scripts/security-scan.ts) needs its own cluster.
const E2E_DB = { dataDir: process.env.AMANAH_E2E_PG_DIR || ".data/pg-e2e", port: TEST_PORTS.e2ePostgres, database: "amanah_e2e", fast: true } as const;

const log = (m: string) => console.log(`[e2e]     ${m}`);
let database: DatabaseHandle | undefined;
let shuttingDown = false;
const supervisor = new Supervisor((name, code, signal) => {
  log(`${name} stopped unexpectedly (${signal ? `signal ${signal}` : `exit code ${code}`}): stopping the e2e server`);
  void shutdown(1);
});

async function shutdown(code: number): Promise<void> {
  if (shuttingDown) return;
  shuttingDown = true;
  for (const step of runningSteps) step.kill("SIGTERM");
  await supervisor.stopAll();
  await database?.stop().catch((err: unknown) => {
    console.error("[e2e]     could not stop PostgreSQL cleanly:", err);
    code ||= 1;
  });
  process.exit(code);
}

for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) {
  process.on(signal, () => {
    if (!shuttingDown) log(`${signal}: stopping`);
    void shutdown(0);
  });
}

async function main(): Promise<void> {
  if (!buildOnly && (await portInUse(E2E_PORT))) {
    throw new Error(`port ${E2E_PORT} is already in use: stop the program using it (an e2e server left from an earlier run?)`);
  }
  // --build-only uses a database of its own: it must never drop the one a running e2e server uses.
  const dbName = buildOnly ? `${E2E_DB.database}_build` : E2E_DB.database;
  database = await timed("database", () => ensureDatabase({ ...E2E_DB, database: dbName, log }), log);
  const url = await timed(`fresh ${dbName}`, () => recreateDatabase(database!.adminUrl, dbName), log);
  await timed("migrate", () => migrateDeploy(url), log);
  // The seed seals the demo TOTP secret with a key derived from NEXTAUTH_SECRET: generate it first, share it.
  process.env.NEXTAUTH_SECRET ||= crypto.randomBytes(32).toString("base64url");
  await timed("seed", () => seed(url, { demo: true }), log); // the journeys sign in with the demo accounts

  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URL: url,
    NEXTAUTH_SECRET: process.env.NEXTAUTH_SECRET || crypto.randomBytes(32).toString("base64url"),
    NEXTAUTH_URL: BASE_URL,
    PUBLIC_BASE_URL: BASE_URL,
    SMS_PROVIDER: "dev",
    SMS_DEV_IN_PRODUCTION: "on", // the journeys read notices on the SMS log page (secrets masked there)
    SMS_DEV_PHONE_URL: `${E2E_PHONE_URL}/sms`, // and one-time codes from the stand-in phone (tests/e2e/phone.ts)
    PAYMENT_WEBHOOK_SECRET: E2E_PAYMENT_SECRET,
    BANK_SIMULATOR: "on",
    NEXT_TELEMETRY_DISABLED: "1",
    PORT: String(E2E_PORT),
  };
  await ensureBuild(env, log);
  if (buildOnly) return shutdown(0);
  if (shuttingDown) return;

  // Node's default keep-alive timeout (5 s) races the test browser's reuse of an idle connection: a request
  // sent as the server closes the socket fails with ECONNRESET (seen on GET /api/auth/csrf). 65 s outlives
  // any idle gap inside a test.
  const phone = await startDevPhone(E2E_PHONE_PORT);
  phone.unref();
  // The local national-SSO stand-in (a real OIDC provider) with the demo citizens: tests/e2e/fixtures.ts signs
  // citizens in through it. Port 3901 (`npm start` uses 3900), or E2E_OIDC_PORT.
  Object.assign(env, (await startLocalSso(supervisor, { ...env, NATIONAL_SSO_ISSUER: "" }, { port: E2E_OIDC_PORT, baseUrl: BASE_URL })).env);
  supervisor.start("web", NODE, [NEXT_CLI, "start", "-p", String(E2E_PORT), "--keepAliveTimeout", "65000"], env);
  supervisor.start("worker", NODE, ["--import", "tsx", path.join(PROJECT_ROOT, "scripts", "worker.ts")], { ...env, NODE_ENV: "production" });
  await waitForHttp(`${BASE_URL}/ar`, 120_000);
  log(`ready at ${BASE_URL} (database amanah_e2e)`);
}

main().catch((err: unknown) => {
  if (shuttingDown) return;
  console.error(`[e2e]     could not start: ${err instanceof Error ? err.message : String(err)}`);
  void shutdown(1);
});
