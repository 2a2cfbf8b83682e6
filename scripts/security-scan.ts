/**
 * `npm run security:sqlmap`: sqlmap (Debian's package) against every public form and API of the PRODUCTION build.
 *
 * It starts its own e2e server (scripts/e2e-server.ts: production build, fresh seeded database, worker) on other
 * ports and another PostgreSQL cluster, so it can run beside a test suite, with TRUSTED_PROXY_HOPS=1. sqlmap's
 * `xforwardedfor` tamper then gives each request a random client address: the per-address limits (decision 011,
 * 012) would otherwise answer 429 after a few dozen payloads and hide whatever the rest would have found.
 *
 * A target fails when sqlmap reports an injection point, or when the server answered any payload with a 5xx
 * (bad input must get a 4xx: issue 11). Logs and the full HTTP traffic go to test-results/sqlmap/<target>/.
 *
 *   npm run security:sqlmap                    every target, --level=3 --risk=2 (headers too: User-Agent, Referer, cookies)
 *   npm run security:sqlmap -- open311-list    only the named targets
 *   SQLMAP_LEVEL=5 SQLMAP_RISK=3 npm run security:sqlmap     the deepest (slow)
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { PROJECT_ROOT } from "./lib/tasks";

const PORT = Number(process.env.SCAN_PORT || 3160);
const BASE = `http://localhost:${PORT}`;
const OUT = path.join(PROJECT_ROOT, "test-results", "sqlmap");
const LEVEL = process.env.SQLMAP_LEVEL || "3";
const RISK = process.env.SQLMAP_RISK || "2";

// Demo keys of the seeded demo (prisma/seed/agency-clients.ts) and demo records that exist in a fresh e2e database.
const LABOR_KEY = "amk_labor0_demo-labor-office-key-2026";
const OPEN311_KEY = "amk_o311a0_demo-open311-client-key-2026";

type Target = { name: string; what: string; args: string[] };

function actionId(file: string, exportedName: string): string {
  const manifest = JSON.parse(fs.readFileSync(path.join(PROJECT_ROOT, ".next", "server", "server-reference-manifest.json"), "utf8")) as {
    node: Record<string, { filename: string; exportedName: string }>;
  };
  const hit = Object.entries(manifest.node).find(([, v]) => v.filename === file && v.exportedName === exportedName);
  if (!hit) throw new Error(`no server action ${exportedName} in ${file} (is the build current?)`);
  return hit[0];
}

/** A server action as the browser posts it: the action id header and the arguments as a JSON array. */
function serverAction(page: string, file: string, exportedName: string, args: unknown[]): string[] {
  return [
    "-u", `${BASE}${page}`,
    "--method=POST",
    `--data=${JSON.stringify(args)}`,
    `--headers=Next-Action: ${actionId(file, exportedName)}\nAccept: text/x-component\nContent-Type: text/plain;charset=UTF-8`,
  ];
}

function targets(): Target[] {
  return [
    { name: "open311-list", what: "Open311 GET requests (public, every filter)", args: ["-u", `${BASE}/api/open311/v2/requests.json?jurisdiction_id=amanah&service_code=STREET_LIGHT&status=open&start_date=2026-01-01T00:00:00Z&end_date=2026-12-31T00:00:00Z&page=1&page_size=20`] },
    { name: "open311-list-keyed", what: "Open311 GET requests with an API key (exact view)", args: ["-u", `${BASE}/api/open311/v2/requests.json?api_key=${OPEN311_KEY}&service_request_id=C10000001&status=open`, "-p", "api_key,service_request_id,status"] },
    { name: "open311-one", what: "Open311 GET one request (id in the path)", args: ["-u", `${BASE}/api/open311/v2/requests/C10000001*.json`] },
    { name: "open311-services", what: "Open311 service list and definition", args: ["-u", `${BASE}/api/open311/v2/services/STREET_LIGHT*.json?jurisdiction_id=amanah`] },
    {
      name: "open311-post",
      what: "Open311 POST a request (form body)",
      args: ["-u", `${BASE}/api/open311/v2/requests.json`, "--data", `api_key=${OPEN311_KEY}&service_code=STREET_LIGHT&lat=26.4352&long=50.1042&address_string=Dammam&description=Street+light+out+near+the+mosque&first_name=Reem&last_name=Ali&phone=0559001001&email=reem%40example.com`],
    },
    { name: "agency-read", what: "Agency API: read a license (Bearer key, number in the path)", args: ["-u", `${BASE}/api/v1/licenses/L10000011*`, `--headers=Authorization: Bearer ${LABOR_KEY}`] },
    {
      name: "agency-cancel",
      what: "Agency API: cancel a license (JSON body)",
      args: ["-u", `${BASE}/api/v1/licenses/L99999990/cancel`, "--data", JSON.stringify({ reasonCode: "OTHER", reason: "Labor law violation found on inspection" }), `--headers=Authorization: Bearer ${LABOR_KEY}\nContent-Type: application/json`],
    },
    {
      name: "payment-notification",
      what: "Bank payment notification (JSON, signature header)",
      args: ["-u", `${BASE}/api/payments/notifications`, "--data", JSON.stringify({ billNumber: "0010000012", amountHalalas: 500000, paidAt: "2026-12-01T10:00:00Z", bankReference: "BNK-1", channel: "SADAD" }), "--headers=Content-Type: application/json\nX-Signature: 00"],
    },
    { name: "verify-license", what: "Public license verification (code in the path)", args: ["-u", `${BASE}/ar/verify/license/ABCDEFGH*`] },
    { name: "verify-receipt", what: "Public receipt verification (code in the path)", args: ["-u", `${BASE}/ar/verify/receipt/ABCDEFGH*`] },
    { name: "verify-health", what: "Public health certificate verification (code in the path)", args: ["-u", `${BASE}/ar/verify/health-certificate/ABCDEFGH*`] },
    { name: "offices", what: "Public list of accredited offices (municipality filter) and one office", args: ["-u", `${BASE}/ar/offices?m=DAMMAM`] },
    { name: "office-page", what: "Public office page (code in the path)", args: ["-u", `${BASE}/ar/offices/OFF-NAJAH*`] },
    { name: "complaint-track-page", what: "Public complaint tracking page (reference in the path)", args: ["-u", `${BASE}/ar/complaints/track/C10000001*`] },
    { name: "bill-inquiry", what: "Public bill inquiry (server action with FormData, as Chromium posts it)", args: capturedArgs("bill-inquiry") },
    {
      name: "complaint-track-action",
      what: "Track a complaint (server action: reference + mobile)",
      args: serverAction("/ar/complaints/track", "app/[lang]/(public)/complaints/track/actions.ts", "trackComplaintAction", [{ reference: "C10000001", mobile: "0559001001" }]),
    },
    {
      name: "complaint-otp-action",
      what: "Ask for a one-time code (server action: mobile)",
      args: serverAction("/ar/complaints/new", "app/[lang]/(public)/complaints/new/actions.ts", "requestOtpAction", [{ mobile: "0559001001" }]),
    },
    {
      name: "staff-sign-in",
      what: "Staff sign-in (next-auth credentials callback, CSRF token)",
      args: ["-u", `${BASE}/api/auth/callback/credentials`, "--data", "csrfToken=x&login=staff.admin&password=wrong-password&totp=123456&json=true", "--csrf-token=csrfToken", `--csrf-url=${BASE}/api/auth/csrf`, "-p", "login,password,totp"],
    },
  ];
}

/**
 * The bill inquiry's form posts a React server action whose first argument (the language) is bound and sealed on
 * the server: the request cannot be written by hand. Chromium fills the form once; its URL, headers and multipart
 * body become sqlmap's arguments, every multipart field a parameter. (Not `-r`: sqlmap 1.7 then reads its targets
 * from a stdin that is not a terminal, and finds none.)
 */
async function captureBillInquiry(): Promise<void> {
  const { chromium } = await import("playwright-core");
  const browser = await chromium.launch({
    executablePath: "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
  try {
    const page = await browser.newPage();
    await page.goto(`${BASE}/ar/bills/inquiry`);
    await page.fill("#inquiry-billNumber", "0010000012");
    await page.fill("#inquiry-nationalId", "1087654321");
    const [request] = await Promise.all([
      page.waitForRequest((r) => r.method() === "POST" && !!r.headers()["next-action"]),
      page.locator("form[aria-labelledby=inquiry-form-title] button[type=submit]").click(),
    ]);
    const headers = Object.entries(await request.allHeaders())
      .filter(([k]) => !/^(host|content-length|cookie|user-agent|accept-encoding|connection)$/i.test(k) && !k.startsWith(":"))
      .map(([k, v]) => `${k}: ${v}`);
    fs.writeFileSync(path.join(OUT, "bill-inquiry.request.json"), JSON.stringify({ url: request.url(), headers, body: request.postData() ?? "" }));
  } finally {
    await browser.close();
  }
}

/** The sqlmap arguments of a request captured by Chromium (empty until it is captured: the target then fails). */
function capturedArgs(name: string): string[] {
  const file = path.join(OUT, `${name}.request.json`);
  if (!fs.existsSync(file)) return ["-u", `${BASE}/captured-request-missing`];
  const r = JSON.parse(fs.readFileSync(file, "utf8")) as { url: string; headers: string[]; body: string };
  return ["-u", r.url, "--method=POST", `--data=${r.body}`, `--headers=${r.headers.join("\n")}`];
}

function sqlmapVersion(): string | undefined {
  const r = spawnSync("sqlmap", ["--version"], { encoding: "utf8" });
  return r.status === 0 ? r.stdout.trim().split("\n")[0] : undefined;
}

function runSqlmap(target: Target): Promise<{ injectable: boolean; errors5xx: string[]; requests: number; ms: number; tested: boolean }> {
  const dir = path.join(OUT, target.name);
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  const args = [
    ...target.args,
    "--batch",
    `--level=${LEVEL}`,
    `--risk=${RISK}`,
    "--dbms=PostgreSQL",
    "--tamper=xforwardedfor",
    "--random-agent",
    "--flush-session",
    "--disable-coloring",
    "--time-sec=2",
    "--ignore-code=401,403,404,409,413,422,429",
    `--output-dir=${dir}`,
    `-t`, path.join(dir, "traffic.txt"),
  ];
  const started = Date.now();
  return new Promise((resolve) => {
    const child = spawn("sqlmap", args, { stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    child.stdout.on("data", (d) => (output += d));
    child.stderr.on("data", (d) => (output += d));
    child.on("close", () => {
      fs.writeFileSync(path.join(dir, "sqlmap.log"), output);
      const traffic = fs.existsSync(path.join(dir, "traffic.txt")) ? fs.readFileSync(path.join(dir, "traffic.txt"), "utf8") : "";
      const requests = (traffic.match(/^HTTP request \[#\d+\]:/gm) ?? []).length;
      // sqlmap's own verdict: a heuristic "appears to be … injectable" that its confirmation tests then reject
      // (answers that differ because a quota ran out, say) ends in "does not seem to be injectable".
      const injectable = /identified the following injection point/i.test(output);
      const errors5xx = [...output.matchAll(/HTTP error codes detected during run:\s*\n?(.*)/g)].map((m) => m[1]!.trim()).filter((line) => /\b5\d\d \(/.test(line));
      const tested = /do not appear to be injectable|identified the following injection point/i.test(output);
      resolve({ injectable, errors5xx, requests, ms: Date.now() - started, tested });
    });
  });
}

async function waitFor(url: string, ms: number, server: ChildProcess): Promise<void> {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    if (server.exitCode !== null) throw new Error("the scan server stopped before it was ready");
    try {
      const res = await fetch(url);
      if (res.status < 500) return;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 1000));
  }
  throw new Error(`${url} did not answer within ${ms / 1000} s`);
}

async function main(): Promise<void> {
  const version = sqlmapVersion();
  if (!version) {
    console.error("[sqlmap] sqlmap is not installed: sudo apt-get install -y sqlmap (Debian's package)");
    process.exit(2);
  }
  const only = process.argv.slice(2);
  const wanted = (t: Target) => only.length === 0 || only.includes(t.name);
  console.log(`[sqlmap] sqlmap ${version}; ${targets().filter(wanted).length} targets; level ${LEVEL}, risk ${RISK}; server ${BASE}`);

  const server = spawn(process.execPath, ["--import", "tsx", path.join(PROJECT_ROOT, "scripts", "e2e-server.ts")], {
    cwd: PROJECT_ROOT,
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
    env: {
      ...process.env,
      E2E_PORT: String(PORT),
      E2E_OIDC_PORT: String(PORT + 800),
      E2E_PHONE_PORT: String(PORT + 9),
      AMANAH_E2E_PG_PORT: String(24300 + (PORT % 100)), // below the ephemeral range: scripts/lib/test-ports.ts
      AMANAH_E2E_PG_DIR: ".data/pg-sqlmap",
      TRUSTED_PROXY_HOPS: "1",
    },
  });
  fs.mkdirSync(OUT, { recursive: true });
  const serverLog = fs.createWriteStream(path.join(OUT, "server.log"));
  server.stdout!.pipe(serverLog);
  server.stderr!.pipe(serverLog);
  const stop = () => {
    try {
      process.kill(-server.pid!, "SIGTERM");
    } catch {
      /* already gone */
    }
  };
  process.on("SIGINT", () => (stop(), process.exit(130)));

  let failed = 0;
  try {
    await waitFor(`${BASE}/ar`, 15 * 60_000, server);
    if (only.length === 0 || only.includes("bill-inquiry")) await captureBillInquiry();
    const list = targets().filter(wanted);
    const rows: string[] = [];
    for (const target of list) {
      const r = await runSqlmap(target);
      const verdict = r.injectable ? "INJECTABLE" : r.errors5xx.length ? "5xx" : r.tested ? "nothing found" : "NOT TESTED";
      if (verdict !== "nothing found") failed++;
      const line = `${target.name.padEnd(24)} ${verdict.padEnd(14)} ${String(r.requests).padStart(6)} requests ${(r.ms / 1000).toFixed(0).padStart(5)} s  ${target.what}${r.errors5xx.length ? `  [${r.errors5xx.join("; ")}]` : ""}`;
      console.log(`[sqlmap] ${line}`);
      rows.push(line);
    }
    fs.writeFileSync(path.join(OUT, "summary.txt"), `sqlmap ${version}, level ${LEVEL}, risk ${RISK}, ${new Date().toISOString()}\n${rows.join("\n")}\n`);
  } finally {
    stop();
  }
  console.log(failed ? `[sqlmap] ${failed} target(s) need a look: test-results/sqlmap/<target>/sqlmap.log` : "[sqlmap] nothing found on any target");
  process.exit(failed ? 1 : 0);
}

main().catch((err: unknown) => {
  console.error(`[sqlmap] ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
