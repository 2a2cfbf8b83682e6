/**
 * `npm start` (production build) and `npm run dev` (`next dev`): everything the portal needs, in order.
 *
 *   1. PostgreSQL: the embedded server (.data/pg, port 54329, database `amanah`), or DATABASE_URL
 *   2. prisma migrate deploy          3. the idempotent seed        4. a persistent NEXTAUTH_SECRET
 *   5. next build, when the build is missing or older than a source file (production only)
 *   6. next start|dev -p $PORT  +  the notifications worker (scripts/worker.ts)
 *   7. a banner with the URL (and the demo accounts, in demo mode only)
 *
 * Demo data (demo accounts, demo agency keys …) is seeded only in demo mode: on by default with the embedded
 * database, never with DATABASE_URL in production mode (scripts/lib/demo-mode.ts, docs/decisions/010-…).
 *
 * Ctrl-C / SIGTERM: stops the children, then PostgreSQL, and exits 0. A child that dies stops everything (exit 1).
 */
import path from "node:path";
import { DEMO_ACCOUNTS, DEMO_PASSWORD, DEMO_TOTP_SECRET } from "../prisma/seed/demo-accounts";
import { SIGNATURE_DEMO_ACCOUNTS } from "../prisma/seed/signatures";
import { PERMIT_SIGNATURE_DEMO_ACCOUNTS } from "../prisma/seed/signatures-permits";
import { AGENCY_CLIENTS } from "../prisma/seed/agency-clients";
import { KIOSK_DEMO_PERSON, PILOT_KIOSKS } from "../prisma/seed/kiosks";
import { databaseNameOf, describeUrl, ensureDatabase, portInUse, type DatabaseHandle } from "./lib/database";
import { Supervisor, waitForHttp } from "./lib/supervisor";
import {
  NEXT_CLI,
  NODE,
  PROJECT_ROOT,
  ensureAuthSecret,
  ensureBuild,
  ensurePrismaClient,
  formatMs,
  loadDotEnv,
  runningSteps,
  timed,
} from "./lib/tasks";
import { ensurePaymentSecret } from "./lib/payment-secret";
import { prepareRunDatabase, resolveDemoMode, type DemoDecision } from "./lib/demo-mode";
import { devToolsEnv } from "./lib/dev-tools-env";
import { startLocalSso, type LocalSso } from "./lib/local-sso";

loadDotEnv();
const dev = process.argv.includes("--dev");
const PORT = Number(process.env.PORT || 3000);
const BASE_URL = `http://localhost:${PORT}`;
const EMBEDDED = { dataDir: process.env.AMANAH_PG_DIR || ".data/pg", port: Number(process.env.AMANAH_PG_PORT || 54329), database: "amanah" };

const log = (m: string) => console.log(`[amanah]  ${m}`);
const timings: Record<string, number> = {};
let database: DatabaseHandle | undefined;
let demoMode: DemoDecision = { demo: false, why: "" };
let shuttingDown = false;
let sso: LocalSso | undefined;

const supervisor = new Supervisor((name, code, signal) => {
  log(`${name} stopped unexpectedly (${signal ? `signal ${signal}` : `exit code ${code}`}): stopping everything`);
  void shutdown(1);
});

async function shutdown(code: number): Promise<void> {
  if (shuttingDown) return;
  shuttingDown = true;
  for (const step of runningSteps) step.kill("SIGTERM");
  await supervisor.stopAll();
  try {
    await database?.stop();
  } catch (err) {
    console.error("[amanah]  could not stop PostgreSQL cleanly:", err);
    code ||= 1;
  }
  process.exit(code);
}

for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) {
  process.on(signal, () => {
    if (shuttingDown) return; // already stopping; children have their own timeouts
    console.log();
    log(`${signal}: stopping…`);
    void shutdown(0);
  });
}

function banner(): void {
  const rows = DEMO_ACCOUNTS.map((a) => [a.role, a.loginKind === "nationalId" ? "citizen (national SSO)" : ["ADMIN", "COMMITTEE_MEMBER", "FINANCE"].includes(a.role) ? "staff + TOTP" : "staff", a.login, DEMO_PASSWORD, a.nameEn]);
  rows.push(...SIGNATURE_DEMO_ACCOUNTS.map((a) => ["REVIEWER", a.what, a.user.username, DEMO_PASSWORD, a.user.nameEn]));
  rows.push(...PERMIT_SIGNATURE_DEMO_ACCOUNTS.map((a) => ["REVIEWER", a.what, a.user.username, DEMO_PASSWORD, a.user.nameEn]));
  const header = ["Role", "Sign in as", "Login", "Password", "Name"];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => "  " + cells.map((c, i) => c.padEnd(widths[i]!)).join("  ");
  const rule = "─".repeat(Math.max(72, widths.reduce((a, b) => a + b + 2, 2)));
  const db = database!;
  const startup = Object.entries(timings)
    .map(([k, v]) => `${k} ${formatMs(v)}`)
    .join(", ");
  console.log(
    [
      "",
      rule,
      `  Amanah portal — بوابة الأمانة   ${dev ? "(development: next dev)" : "(production build)"}`,
      "",
      `  Open  ${BASE_URL}/ar   (English: ${BASE_URL}/en)`,
      `  Database  ${db.embedded ? `embedded PostgreSQL, ${describeUrl(db.url)} (data in ${EMBEDDED.dataDir})` : describeUrl(db.url)}`,
      `  Started in  ${startup}`,
      "",
      ...(demoMode.demo
        ? ["  Demo accounts:", line(header), line(widths.map((w) => "─".repeat(w))), ...rows.map(line), ""]
        : [`  ${demoMode.why}. Sign in with your own accounts.`, ""]),
      ...(demoMode.demo
        ? [
            `  Demo API keys of other agencies (API docs: ${BASE_URL}/api/v1/openapi.json):`,
            ...AGENCY_CLIENTS.map((c) => `  ${c.code.padEnd(8)} ${c.demoKey}   (${c.scopes.join(", ")})`),
            "",
            `  Demo self-service kiosk: open ${BASE_URL}/ar/kiosk full screen, type a device key once, then identify as ${KIOSK_DEMO_PERSON.nationalId} (code on the SMS log):`,
            ...PILOT_KIOSKS.map((k) => `  ${k.code.padEnd(8)} ${k.demoKey}   (${k.nameEn})`),
            "",
          ]
        : []),
      ...(sso?.issuer
        ? [`  National SSO: ${sso.local ? `local stand-in (oidc-provider) at ${sso.issuer} — citizens sign in there with the national ID and the demo password` : sso.issuer}`]
        : ["  National SSO: not configured (NATIONAL_SSO_ISSUER): citizens cannot sign in"]),
      ...(demoMode.demo ? [`  Staff TOTP (ADMIN, COMMITTEE_MEMBER, FINANCE): add the demo secret ${DEMO_TOTP_SECRET} to an authenticator app`] : []),
      "",
      "  Press Ctrl-C to stop (the database stops too; its data is kept).",
      rule,
      "",
    ].join("\n"),
  );
}

async function main(): Promise<void> {
  log(`${dev ? "development" : "production"} mode, project ${PROJECT_ROOT}`);
  if (await portInUse(PORT)) {
    throw new Error(`port ${PORT} is already in use (another \`npm start\`?). Stop it or choose another port: PORT=3001 npm start`);
  }
  devToolsEnv({ dev, databaseUrl: process.env.DATABASE_URL, env: process.env }); // refuses a missing SMS provider before starting anything
  demoMode = resolveDemoMode({ env: process.env, argv: process.argv, dev });
  const dbName = process.env.DATABASE_URL ? databaseNameOf(process.env.DATABASE_URL) : EMBEDDED.database;
  database = await timed("database", () => ensureDatabase({ ...EMBEDDED, database: dbName }), log, timings);
  // The embedded PostgreSQL is restarted when it dies (web and worker reconnect by themselves); when it cannot be,
  // we exit non-zero so that a process manager (deploy/amanah.service) restarts the whole. Decision record 014.
  database.supervise?.({
    onGiveUp: (err) => {
      log(`PostgreSQL could not be restarted: ${err.message.split("\n")[0]} — stopping everything (exit 1)`);
      void shutdown(1);
    },
  });
  const url = database.url;
  // The seed seals the demo TOTP secret with a key derived from NEXTAUTH_SECRET: the same one the server gets.
  process.env.NEXTAUTH_SECRET ||= ensureAuthSecret();
  await prepareRunDatabase(url, demoMode, log, timings);

  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URL: url,
    // The scheduled backup job (lib/jobs/backup-job.ts) copies this embedded cluster's data directory.
    ...(database.dataDir ? { AMANAH_PG_DATA_DIR: database.dataDir } : {}),
    NEXTAUTH_SECRET: ensureAuthSecret(),
    PAYMENT_WEBHOOK_SECRET: ensurePaymentSecret(),
    // The bank simulator is on with `npm run dev` only (a production build needs BANK_SIMULATOR=on); the SMS
    // provider must be named in production with DATABASE_URL (scripts/lib/dev-tools-env.ts).
    ...devToolsEnv({ dev, databaseUrl: process.env.DATABASE_URL, env: process.env }),
    NEXTAUTH_URL: process.env.NEXTAUTH_URL || BASE_URL,
    PUBLIC_BASE_URL: process.env.PUBLIC_BASE_URL || BASE_URL,
    NEXT_TELEMETRY_DISABLED: "1",
    PORT: String(PORT),
  };
  if (dev) await ensurePrismaClient(log);
  else await ensureBuild(env, log, timings);
  if (shuttingDown) return;

  const started = Date.now();
  // The national SSO: the real provider of NATIONAL_SSO_ISSUER; or, in demo mode and `npm run dev` only, a local
  // stand-in with the demo citizens (it asserts identities for anyone who knows the demo password: never for real).
  const ssoNow: LocalSso = demoMode.demo || dev || env.NATIONAL_SSO_ISSUER
    ? await startLocalSso(supervisor, env, { port: Number(process.env.OIDC_DEV_PORT || 3900), baseUrl: String(env.NEXTAUTH_URL) })
    : { env: {}, issuer: null, local: false };
  sso = ssoNow;
  Object.assign(env, ssoNow.env);
  // A keep-alive timeout longer than clients' and proxies' idle reuse (Node's 5 s default races them: ECONNRESET).
  supervisor.start("web", NODE, [NEXT_CLI, dev ? "dev" : "start", "-p", String(PORT), ...(dev ? [] : ["--keepAliveTimeout", "65000"])], env);
  supervisor.start("worker", NODE, ["--import", "tsx", path.join(PROJECT_ROOT, "scripts", "worker.ts")], {
    ...env,
    NODE_ENV: dev ? "development" : "production",
  });
  const stop = new AbortController();
  const watcher = setInterval(() => shuttingDown && stop.abort(), 200);
  await waitForHttp(`${BASE_URL}/ar`, dev ? 300_000 : 120_000, stop.signal).finally(() => clearInterval(watcher));
  timings["server"] = Date.now() - started;
  banner();
}

main().catch((err: unknown) => {
  if (shuttingDown) return;
  console.error(`\n[amanah]  could not start: ${err instanceof Error ? err.message : String(err)}`);
  void shutdown(1);
});
