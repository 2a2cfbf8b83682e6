/**
 * More than one machine (issue 16): TWO web instances (`next start` of the production build) and TWO workers on
 * ONE database, files in a real S3-compatible server (s3rver, started here in a temporary directory):
 *
 *   - a file uploaded through instance A (a field inspector records a violation with a photo, in Chromium)
 *     downloads, the same bytes, through instance B — neither instance has it on its own disk;
 *   - every outbox SMS is sent exactly once although both workers send (a stub gateway counts every request);
 *   - every periodic job runs once per period although both workers schedule and work them (pg-boss, with
 *     JOBS_CRON="* * * * *": each job once a minute), counted in pg-boss's tables in the database;
 *   - the public data cache is one for all instances (decision 039): a worker's job that ends an office's suspension
 *     empties instance B's cached ranking at once (its transaction's NOTIFY), not after the cache's lifetime.
 *
 * Real processes and real HTTP, no mocks. Its own embedded cluster (.data/pg-drill-multi) and ports:
 * PostgreSQL MULTI_DRILL_PORT_BASE (default 25570, scripts/lib/test-ports.ts), web A +1, web B +2; s3rver and the gateway on free ports.
 *
 *   flock /tmp/amanah-e2e.lock npx vitest run -c vitest.drills.config.ts tests/drills/multi-instance.drill.ts
 */
import crypto from "node:crypto";
import fs from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { chromium, type Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_PASSWORD } from "../../prisma/seed/demo-accounts";
import { VIOLATION_ARTICLES } from "../../prisma/seed/violations";
import { fileStoreFromEnv, sha256Hex } from "../../lib/storage/file-store";
import { png } from "../e2e/png";
import { startS3Server, type S3TestServer } from "../setup/s3-server";
import { appEnv, ensureProductionBuild, freshCluster, kill, removeCluster, ROOT, sleep, startWeb, startWorker, waitUntil, type Cluster, type Proc } from "./harness";
import { TEST_PORTS } from "../../scripts/lib/test-ports";

const BASE_PORT = TEST_PORTS.multiDrillBase;
const PG_PORT = BASE_PORT;
const A_PORT = BASE_PORT + 1;
const B_PORT = BASE_PORT + 2;
const A = `http://localhost:${A_PORT}`;
const B = `http://localhost:${B_PORT}`;
const GROCERY = "2050654321"; // بقالة الندى (seed), Central Dammam: the demo inspector's area
const MESSAGES = 200;

/** An SMS gateway that delivers everything it is sent and counts every request by its Idempotency-Key. */
function stubGateway() {
  const byKey = new Map<string, number>();
  let requests = 0;
  const server = http.createServer((req, res) => {
    let raw = "";
    req.on("data", (c) => (raw += c));
    req.on("end", () => {
      requests++;
      const key = String(req.headers["idempotency-key"] ?? `none-${requests}`);
      byKey.set(key, (byKey.get(key) ?? 0) + 1);
      res.writeHead(200, { "Content-Type": "application/json" }).end(JSON.stringify({ id: `gw-${requests}` }));
    });
  });
  return { server, byKey, requests: () => requests };
}

let s3: S3TestServer | undefined;
let cluster: Cluster | undefined;
const gateway = stubGateway();
const procs: Proc[] = [];
let workers: Proc[] = [];
let workersStartedAt = 0;
let jobNames: string[] = [];
const localDirs = [fs.mkdtempSync(path.join(os.tmpdir(), "amanah-multi-a-")), fs.mkdtempSync(path.join(os.tmpdir(), "amanah-multi-b-"))];

async function sql<T extends pg.QueryResultRow>(text: string, values: unknown[] = []): Promise<T[]> {
  const c = new pg.Client({ connectionString: cluster!.url });
  await c.connect();
  try {
    return (await c.query<T>(text, values)).rows;
  } finally {
    await c.end();
  }
}

beforeAll(async () => {
  s3 = await startS3Server();
  await new Promise<void>((r) => gateway.server.listen(0, "127.0.0.1", r));
  const gatewayUrl = `http://127.0.0.1:${(gateway.server.address() as AddressInfo).port}/sms`;
  cluster = await freshCluster("multi", PG_PORT);
  // The job list (its module reaches lib/db, which wants a DATABASE_URL even when nothing is queried).
  process.env.DATABASE_URL ??= cluster.url;
  jobNames = (await import("../../lib/jobs/run-jobs")).JOBS.map((j) => j.name);
  const shared = {
    ...s3.env,
    SMS_PROVIDER: "http",
    SMS_HTTP_URL: gatewayUrl,
    JOBS_CRON: "* * * * *", // every job once a minute, so that a few minutes show "once per period"
    NEXTAUTH_SECRET: crypto.randomBytes(32).toString("base64url"), // one secret: a session is valid on either instance
    NEXTAUTH_URL: A, // behind a load balancer both have the same public URL
    PUBLIC_BASE_URL: A,
  };
  const envA = appEnv(cluster.url, A_PORT, { ...shared, STORAGE_DIR: localDirs[0] });
  const envB = appEnv(cluster.url, B_PORT, { ...shared, STORAGE_DIR: localDirs[1] });
  await ensureProductionBuild(envA);
  procs.push(await startWeb(envA), await startWeb(envB));
  // Both workers start in the same minute (the start catch-up is once per minute across workers).
  if (new Date().getSeconds() >= 45) await sleep((61 - new Date().getSeconds()) * 1000);
  workersStartedAt = Date.now();
  workers = [startWorker(envA), startWorker(envB)];
  procs.push(...workers);
  await waitUntil("both workers' job queues started", async () => workers.every((w) => /\[jobs\] started on/.test(w.output())), 90_000, 500);
}, 900_000);

afterAll(async () => {
  await Promise.all(procs.map((p) => kill(p)));
  fs.mkdirSync(path.join(ROOT, "test-results", "drills"), { recursive: true });
  fs.writeFileSync(path.join(ROOT, "test-results", "drills", "multi-instance-processes.log"), procs.map((p) => p.output()).join("\n"));
  gateway.server.close();
  await s3?.stop();
  await cluster?.stop().catch(() => {});
  removeCluster(cluster);
  for (const d of localDirs) fs.rmSync(d, { recursive: true, force: true });
});

describe("drill: two web instances and two workers on one database, files in S3", () => {
  it("a photo uploaded through instance A downloads, the same bytes, through instance B", { timeout: 180_000 }, async () => {
    const photo = png(96, 72, (x, y) => (y < 18 && Math.floor(x / 8) % 2 === 0 ? [0, 122, 61] : [200, 180, 150]));
    let browser: Browser | undefined;
    let cookie = "";
    let violationNumber = "";
    try {
      browser = await chromium.launch({
        executablePath: "/usr/bin/chromium",
        args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
      });
      const context = await browser.newContext({ baseURL: A, locale: "ar-SA", timezoneId: "Asia/Riyadh" });
      const page = await context.newPage();
      // Sign in on A the way next-auth's client does (the credentials form POST).
      const { csrfToken } = (await (await page.request.get("/api/auth/csrf")).json()) as { csrfToken: string };
      const signIn = await page.request.post("/api/auth/callback/credentials", {
        form: { csrfToken, login: "staff.inspector", password: DEMO_PASSWORD, totp: "", callbackUrl: `${A}/ar/staff`, json: "true" },
        maxRedirects: 0,
      });
      expect(signIn.status()).toBeLessThan(400);
      await page.goto("/ar/staff/violations/new");
      await page.getByLabel("رقم الرخصة أو السجل التجاري", { exact: true }).fill(GROCERY);
      await page.getByRole("button", { name: "بحث" }).click();
      await page.getByTestId("establishment-name").waitFor();
      const article = VIOLATION_ARTICLES.find((a) => a.code === "HLT-102")!;
      await page.getByLabel("المادة المخالفة", { exact: true }).selectOption({ label: `${article.code} — ${article.titleAr}` });
      await page.getByLabel("مبلغ الغرامة (ريال)", { exact: true }).fill("3000");
      await page.getByTestId("photo-input").setInputFiles({ name: "واجهة.png", mimeType: "image/png", buffer: photo });
      await page.getByLabel("خط العرض", { exact: true }).fill("26.4412");
      await page.getByLabel("خط الطول", { exact: true }).fill("50.0967");
      await page.getByRole("button", { name: "تسجيل المخالفة وإصدار الفاتورة" }).click();
      await page.getByTestId("violation-recorded").waitFor({ timeout: 60_000 });
      violationNumber = (await page.getByTestId("violation-number").textContent())!.replace(/\s/g, "");
      cookie = (await context.cookies(A)).map((c) => `${c.name}=${c.value}`).join("; ");
    } finally {
      await browser?.close();
    }

    const [file] = await sql<{ id: string; sha256: string; storageKey: string; sizeBytes: number }>(
      `SELECT f.id, f.sha256, f."storageKey", f."sizeBytes" FROM "StoredFile" f JOIN "Violation" v ON v.id = f."violationId" WHERE v.number = $1`,
      [violationNumber],
    );
    expect(file, `the photo of violation ${violationNumber}`).toBeDefined();
    expect(file!.sha256).toBe(sha256Hex(photo));

    // Through B, signed in on A: the same bytes, streamed from the object store.
    const res = await fetch(`${B}/api/files/${file!.id}`, { headers: { Cookie: cookie } });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("image/png");
    const bytes = Buffer.from(await res.arrayBuffer());
    expect(bytes.equals(photo)).toBe(true);
    expect((await fetch(`${B}/api/files/${file!.id}`)).status).toBe(401); // and only for a session
    // It is in the bucket, and on neither instance's disk.
    expect(Buffer.from((await fileStoreFromEnv(s3!.env).get(file!.storageKey))!).equals(photo)).toBe(true);
    for (const dir of localDirs) expect(fs.readdirSync(dir, { recursive: true })).toEqual([]);
    console.log(`[drill] multi-instance: violation ${violationNumber}'s photo (${bytes.length} bytes) uploaded through A, downloaded through B from S3`);
  });

  it("every outbox SMS is sent exactly once by the two workers", { timeout: 180_000 }, async () => {
    const ids = Array.from({ length: MESSAGES }, (_, i) => `drill-multi-${i}-${crypto.randomUUID()}`);
    await sql(
      `INSERT INTO "OutboxMessage" (id, "to", template, params, body)
       SELECT id, '9665' || lpad((row_number() OVER ())::text, 8, '0'), 'drill', '{}'::jsonb, 'رسالة تجريبية ' || id FROM unnest($1::text[]) AS id`,
      [ids],
    );
    await waitUntil(
      `all ${MESSAGES} messages SENT`,
      async () => (await sql<{ n: string }>(`SELECT count(*) AS n FROM "OutboxMessage" WHERE id = ANY($1) AND status = 'SENT'`, [ids]))[0]!.n === String(MESSAGES),
      120_000,
      500,
    );
    await sleep(3_000); // a second send, if any, would arrive now
    for (const id of ids) expect(gateway.byKey.get(id), id).toBe(1);
    const twice = [...gateway.byKey].filter(([, n]) => n > 1);
    expect(twice, "messages the gateway received more than once").toEqual([]);
    const perWorker = workers.map((w) => [...w.output().matchAll(/\[sms-worker\] sent (\d+)/g)].reduce((s, m) => s + Number(m[1]), 0));
    console.log(`[drill] multi-instance: ${MESSAGES} SMS, each received once by the gateway (${gateway.requests()} requests in all); sent per worker: ${perWorker.join(" + ")}`);
  });

  it("an office's suspension ended by a worker shows on instance B's cached ranking on its next request", { timeout: 240_000 }, async () => {
    const office = "OFF-NAJAH"; // Khobar (seed)
    const ranking = async () => {
      const html = await (await fetch(`${B}/en/offices?m=EP-KHB`, { headers: { "X-Forwarded-For": "203.0.113.9" } })).text();
      const item = html.slice(html.indexOf(`data-code="${office}"`));
      expect(item.length, `${office} in B's ranking`).toBeLessThan(html.length);
      const card = item.slice(0, item.indexOf("</li>"));
      return { status: /data-status="([A-Z_]+)"/.exec(card)?.[1], renamed: card.includes("(renamed)") };
    };
    // Each instance's cache listens from its first page (until then it answers nothing): open a page on both, and
    // wait until both listening connections are there.
    for (const base of [A, B]) await fetch(`${base}/en/offices`, { headers: { "X-Forwarded-For": "203.0.113.9" } });
    await waitUntil(
      "both instances' caches listen",
      async () => (await sql<{ n: string }>(`SELECT count(*) AS n FROM pg_stat_activity WHERE application_name = 'amanah-cache-expiry'`))[0]!.n === "2",
      30_000,
      200,
    );
    // Suspended until a few seconds from now: the next run of office-suspensions-end (every minute here) ends it.
    const [suspended] = await sql<{ name_en: string }>(
      `UPDATE "LicensingOffice" SET status = 'SUSPENDED', "suspendedUntil" = now() + interval '3 seconds' WHERE code = $1 RETURNING "nameEn" AS name_en`,
      [office],
    );
    const nameEn = suspended!.name_en;
    expect(await ranking()).toEqual({ status: "SUSPENDED", renamed: false }); // B caches the ranking now
    // A change made behind the commands' back (no NOTIFY) stays invisible: B answers from its cache.
    await sql(`UPDATE "LicensingOffice" SET "nameEn" = "nameEn" || ' (renamed)' WHERE code = $1`, [office]);
    expect(await ranking()).toEqual({ status: "SUSPENDED", renamed: false });
    try {
      // The worker's job commits the end of the suspension with a NOTIFY: B drops its ranking and reads the change.
      const seen = await waitUntil(
        "B's ranking shows the office active",
        async () => {
          const r = await ranking();
          if (r.status === "SUSPENDED") expect(r.renamed, "B served the ranking from its cache until the job").toBe(false);
          return r.status === "ACTIVE" ? { ...r, at: Date.now() } : undefined;
        },
        150_000,
        250,
      );
      expect(seen.renamed).toBe(true); // fresh data, not only the status
      const [ended] = await sql<{ at: Date }>(
        `SELECT a.at FROM "AuditLog" a JOIN "LicensingOffice" o ON o.id = a."entityId" WHERE a."entityType" = 'LicensingOffice' AND o.code = $1 AND a.action = 'offices.suspensionEnded' ORDER BY a.at DESC LIMIT 1`,
        [office],
      );
      expect(ended, "the worker's audit row").toBeDefined();
      // Long before the cache's own lifetime (300 s) would have refreshed it.
      expect(seen.at - ended!.at.getTime()).toBeLessThan(5_000);
      console.log(`[drill] multi-instance: the worker ended ${office}'s suspension; B's cached ranking showed it ${seen.at - ended!.at.getTime()} ms after the job's audit row`);
    } finally {
      await sql(`UPDATE "LicensingOffice" SET "nameEn" = $2 WHERE code = $1`, [office, nameEn]);
    }
  });

  it("every periodic job runs once per minute although both workers schedule and work it", { timeout: 420_000 }, async () => {
    // Observe three whole minutes after the workers started, and give the last one's runs time to finish.
    const from = Math.ceil(workersStartedAt / 60_000) * 60_000;
    const to = from + 3 * 60_000;
    while (Date.now() < to + 5_000) await sleep(2_000);
    // Then no more occurrences (the schedules removed under the running workers), and everything sent runs out.
    await sql(`DELETE FROM pgboss.schedule`);
    await sleep(12_000); // longer than the 10 s between two looks at the schedules
    await waitUntil(
      "every occurrence turned into a run and every run finished",
      async () => (await sql(`SELECT 1 FROM pgboss.job WHERE (name = '__pgboss__send-it' OR name = ANY($1)) AND state < 'completed'`, [jobNames])).length === 0,
      120_000,
      1_000,
    );

    type Run = { name: string; trigger: string; state: string; retry_count: number; created_on: Date; ran_by: string | null };
    const runs = await sql<Run>(
      `SELECT name, data->>'trigger' AS trigger, state::text AS state, retry_count, created_on, output->>'ranBy' AS ran_by
         FROM pgboss.job WHERE name = ANY($1)
       UNION ALL
       SELECT name, data->>'trigger', state::text, retry_count, created_on, output->>'ranBy' FROM pgboss.archive WHERE name = ANY($1)
       ORDER BY created_on`,
      [jobNames],
    );
    // Each cron occurrence: the instance looking at the schedules sends a "send-it" job keyed by the job's name
    // and its minute; a worker turns it into the job's run. Both tables are read in the database.
    type Sent = { job: string; minute: Date; state: string; retry_count: number };
    const sent = await sql<Sent>(
      `SELECT singleton_key AS job, singleton_on AS minute, state::text AS state, retry_count FROM pgboss.job WHERE name = '__pgboss__send-it'
       UNION ALL
       SELECT singleton_key, singleton_on, state::text, retry_count FROM pgboss.archive WHERE name = '__pgboss__send-it'`,
    );
    const minuteOf = (d: Date) => Math.floor(d.getTime() / 60_000);
    const summary: string[] = [];
    expect(jobNames.length).toBeGreaterThanOrEqual(11);
    for (const name of jobNames) {
      const mine = runs.filter((r) => r.name === name);
      const cron = mine.filter((r) => r.trigger === "cron");
      const occurrences = sent.filter((x) => x.job === name).map((x) => minuteOf(x.minute)).sort((x, y) => x - y);
      const detail = `${name}: occurrences ${occurrences.map((m) => new Date(m * 60_000).toISOString().slice(11, 16)).join(" ")}; runs ${cron.map((r) => r.created_on.toISOString().slice(11, 19)).join(" ")}`;
      // The start catch-up: once, although two workers started.
      expect(mine.filter((r) => r.trigger === "start"), `${name} start runs`).toHaveLength(1);
      // Every minute from the first occurrence to the window's end was sent once — none twice, none missed…
      expect(new Set(occurrences).size, detail).toBe(occurrences.length);
      const inWindow = occurrences.filter((m) => m >= minuteOf(new Date(from)) && m < minuteOf(new Date(to)));
      expect(inWindow, detail).toEqual([0, 1, 2].map((i) => minuteOf(new Date(from)) + i));
      for (let i = 1; i < occurrences.length; i++) expect(occurrences[i]! - occurrences[i - 1]!, detail).toBe(1);
      // …and became exactly one run each (two workers each turning it into a run would give more runs than
      // occurrences), executed once: completed, never retried.
      expect(cron.length, detail).toBe(occurrences.length);
      for (const r of [...mine, ...sent.filter((x) => x.job === name)]) {
        expect({ state: r.state, retry: r.retry_count }, detail).toEqual({ state: "completed", retry: 0 });
      }
      summary.push(`${name} ${inWindow.length}`);
    }
    const byWorker = new Map<string, number>();
    for (const r of runs) if (r.ran_by) byWorker.set(r.ran_by, (byWorker.get(r.ran_by) ?? 0) + 1);
    console.log(`[drill] multi-instance: runs in 3 minutes: ${summary.join(", ")}; runs per worker: ${[...byWorker].map(([w, n]) => `${w} ${n}`).join(", ")}`);
  });
});
