/**
 * `npm run bench`, public reads side by side (issue 16). On the bench database (migrated, demo-seeded) it adds
 * BENCH_LICENSES (500,000) licenses with one INSERT … SELECT FROM generate_series, then starts
 *
 *   the bare floor  a node:http + pg server (scripts/lib/bench-public.ts itself, in this process) that runs, for
 *                   each page, the same query the page runs and answers its rows as JSON — no rendering;
 *   the portal      `next start` on the production build (built when stale), on the same database;
 *
 * and loads each with autocannon (BENCH_PUBLIC_CONNECTIONS = 20 connections, BENCH_PUBLIC_SECONDS = 10 s each, one
 * after the other). Printed per page: req/s and p50 of both, the ratio, and the target: public reads ≥ 30 % of
 * their bare floor; signed-in pages (citizen dashboard, my licenses, the office queue) ≥ 150 req/s.
 *
 * Visitors: the public verification pages and Open311 are limited per client IP (decisions 012, 013). The portal
 * runs with TRUSTED_PROXY_HOPS=1 and every request carries an X-Forwarded-For of its own, as many phones scanning
 * QR codes would: the limiter still runs (its cost is measured), it never refuses.
 * BENCH_PUBLIC_NO_BUILD=1 uses the existing .next as it is (to measure a build made earlier, e.g. of main).
 */
import crypto from "node:crypto";
import http from "node:http";
import { spawn } from "node:child_process";
import { performance } from "node:perf_hooks";
import autocannon from "autocannon";
import pg from "pg";
import { encode } from "next-auth/jwt";
import { firstLoadReport, measureFirstLoad } from "./bench-first-load";
import { lighthouseFloorLine, lighthouseReport, measureLighthouse, measureLighthouseFloor } from "./bench-lighthouse";
import { stopChild, waitForHttp } from "./supervisor";
import { NEXT_CLI, NODE, ensureBuild } from "./tasks";

export type PublicBenchResult = { ok: boolean; lines: string[] };
type Row = { name: string; path: string; bare: string | null; target: { ratio?: number; rps?: number }; signedIn?: "citizen" | "office" };

const PUBLIC_RATIO = 0.3;
const SIGNED_IN_RPS = 150;

/** 500,000 licenses over the seeded offices, municipalities, activities and establishments (≈ 30 s on 2 cores). */
export async function seedManyLicenses(pool: pg.Pool, n: number, holderNationalId: string): Promise<number> {
  const have = Number((await pool.query(`SELECT count(*) AS n FROM "License" WHERE id LIKE 'benchlic%'`)).rows[0].n);
  if (have >= n) return 0;
  await pool.query(`DELETE FROM "License" WHERE id LIKE 'benchlic%'`);
  await pool.query(`
    WITH o AS (SELECT array_agg(id ORDER BY code) a FROM "LicensingOffice" WHERE status = 'ACTIVE'),
         e AS (SELECT array_agg(id ORDER BY id) a, array_agg("municipalityId" ORDER BY id) m FROM "Establishment"),
         act AS (SELECT array_agg(id ORDER BY id) a FROM "Activity")
    INSERT INTO "License" (id, number, "verifyCode", kind, status, "establishmentId", "officeId", "municipalityId", "activityId",
      "holderNationalId", "holderName", "holderMobile", "tradeNameAr", "areaM2", "signAreaM2", "issuedAt", "validFrom", "expiresAt", "updatedAt")
    SELECT 'benchlic' || g, 'BL' || lpad(g::text, 12, '0'), substr(md5('bench' || g), 1, 24),
      (enum_range(NULL::"LicenseKind"))[1], 'ACTIVE',
      e.a[1 + g % cardinality(e.a)], o.a[1 + g % cardinality(o.a)], e.m[1 + g % cardinality(e.a)], act.a[1 + g % cardinality(act.a)],
      CASE WHEN g % 10000 = 0 THEN $2 ELSE lpad((1000000000 + g)::text, 10, '0') END, 'مستفيد تجريبي', '966500000000',
      'منشأة تجريبية ' || g, 50 + g % 400, g % 20,
      now() - (g % 700) * interval '1 day', now() - (g % 700) * interval '1 day', now() + (365 - g % 700) * interval '1 day', now()
    FROM generate_series(1, $1::int) g, o, e, act`, [n, holderNationalId]);
  await pool.query(`ANALYZE "License"`);
  return n;
}

/** The bare floor: for each page, the same query, its rows as JSON. */
function bareServer(pool: pg.Pool, ctx: Ctx): http.Server {
  const card = `code, category, audience, "nameAr", "nameEn", "descriptionAr", "descriptionEn", "departmentAr", "departmentEn", "livePath", "requiresLogin", channels`;
  const routes: Record<string, (arg: string) => Promise<unknown>> = {
    home: async () => Promise.all([
      pool.query(`SELECT ${card} FROM "EService" WHERE status = 'PUBLISHED' ORDER BY category, "sortOrder", code`),
      pool.query(`SELECT category, count(*) FROM "EService" WHERE status = 'PUBLISHED' GROUP BY category`),
    ]).then(([a, b]) => [a.rows, b.rows]),
    catalogue: async () => Promise.all([
      pool.query(`SELECT ${card} FROM "EService" WHERE status = 'PUBLISHED' ORDER BY category, "sortOrder", code LIMIT 12`),
      pool.query(`SELECT count(*) FROM "EService" WHERE status = 'PUBLISHED'`),
    ]).then(([a, b]) => [a.rows, b.rows]),
    guide: async (code) => (await pool.query(`SELECT * FROM "EService" WHERE status = 'PUBLISHED' AND code = $1`, [code])).rows,
    license: async (code) =>
      (await pool.query(`SELECT l.number, l.status, l.kind, l."tradeNameAr", l."issuedAt", l."expiresAt", a."nameAr" AS activity, m."nameAr" AS municipality
        FROM "License" l JOIN "Activity" a ON a.id = l."activityId" JOIN "Municipality" m ON m.id = l."municipalityId" WHERE l."verifyCode" = $1`, [code])).rows,
    health: async (code) => (await pool.query(`SELECT number, status, "workerName", occupation, "issuedAt", "expiresAt" FROM "HealthCertificate" WHERE "verifyCode" = $1`, [code])).rows,
    receipt: async (code) =>
      (await pool.query(`SELECT p."receiptCode", p."amountHalalas", p."paidAt", b.number FROM "Payment" p JOIN "Bill" b ON b.id = p."billId" WHERE p."verifyCode" = $1`, [code])).rows,
    offices: async () =>
      (await pool.query(`SELECT o.code, o."nameAr", o.status, o."suspendedUntil", count(a.id) AS decided FROM "LicensingOffice" o
        JOIN "OfficeCoverage" c ON c."officeId" = o.id LEFT JOIN "LicenseApplication" a ON a."officeId" = o.id AND a."decidedAt" > now() - interval '90 days'
        WHERE c."municipalityId" = $1 AND o.status IN ('ACTIVE', 'SUSPENDED') GROUP BY o.id`, [ctx.rankingMunicipalityId])).rows,
    services: async () => (await pool.query(`SELECT code, "nameAr", "descriptionAr", "groupAr", "photoRequired" FROM "ComplaintCategory" WHERE active ORDER BY "sortOrder", code`)).rows,
    requests: async () =>
      (await pool.query(`SELECT reference, status, "createdAt", latitude, longitude FROM "Complaint" WHERE "createdAt" BETWEEN now() - interval '90 days' AND now() ORDER BY "createdAt" DESC, id DESC LIMIT 50`)).rows,
    my: async () => Promise.all([
      pool.query(`SELECT id, status, "updatedAt" FROM "LicenseApplication" WHERE "applicantId" = $1 ORDER BY "updatedAt" DESC LIMIT 5`, [ctx.citizenId]),
      pool.query(`SELECT number, status, "expiresAt" FROM "License" WHERE "holderNationalId" = $1 ORDER BY "issuedAt" DESC LIMIT 5`, [ctx.citizenNationalId]),
    ]).then(([a, b]) => [a.rows, b.rows]),
    mylicenses: async () =>
      (await pool.query(`SELECT number, status, "tradeNameAr", "expiresAt" FROM "License" WHERE "holderNationalId" = $1 ORDER BY "issuedAt" DESC LIMIT 20`, [ctx.citizenNationalId])).rows,
    queue: async () =>
      (await pool.query(`SELECT id, status, "submittedAt" FROM "LicenseApplication" WHERE "officeId" = $1 ORDER BY "submittedAt" DESC NULLS LAST LIMIT 20`, [ctx.officeId])).rows,
  };
  return http.createServer((req, res) => {
    const [, name = "", arg = ""] = (req.url ?? "/").split("/");
    const route = routes[name];
    if (!route) {
      res.writeHead(404).end();
      return;
    }
    route(decodeURIComponent(arg)).then(
      (rows) => res.writeHead(200, { "Content-Type": "application/json" }).end(JSON.stringify(rows)),
      (err: unknown) => res.writeHead(500).end(String(err)),
    );
  });
}

type Ctx = {
  rankingMunicipalityId: string;
  citizenId: string;
  citizenNationalId: string;
  officeId: string;
  guideCode: string;
  licenseCode: string;
  healthCode: string | null;
  receiptCode: string | null;
};

async function context(pool: pg.Pool, citizenNationalId: string, licenses: number): Promise<Ctx> {
  const one = async <T>(sql: string, params: unknown[] = []): Promise<T | null> => ((await pool.query(sql, params)).rows[0] as T | undefined) ?? null;
  const citizen = await one<{ id: string }>(`SELECT id FROM "User" WHERE "nationalId" = $1`, [citizenNationalId]);
  const manager = await one<{ officeId: string }>(`SELECT m."officeId" FROM "OfficeMember" m JOIN "User" u ON u.id = m."userId" WHERE u.username = 'office.manager' LIMIT 1`);
  const muni = await one<{ id: string }>(`SELECT m.id FROM "Municipality" m WHERE EXISTS (SELECT 1 FROM "OfficeCoverage" c JOIN "LicensingOffice" o ON o.id = c."officeId" WHERE c."municipalityId" = m.id AND o.status IN ('ACTIVE','SUSPENDED')) ORDER BY m.code LIMIT 1`);
  const guide = await one<{ code: string }>(`SELECT code FROM "EService" WHERE status = 'PUBLISHED' ORDER BY category, "sortOrder", code LIMIT 1`);
  const license = await one<{ verifyCode: string }>(`SELECT "verifyCode" FROM "License" WHERE id = $1`, [`benchlic${Math.ceil(licenses / 2)}`]); // one from the middle of the table
  const health = await one<{ verifyCode: string }>(`SELECT "verifyCode" FROM "HealthCertificate" ORDER BY "issuedAt" DESC NULLS LAST LIMIT 1`);
  const receipt = await one<{ verifyCode: string }>(`SELECT "verifyCode" FROM "Payment" ORDER BY "receivedAt" DESC LIMIT 1`);
  if (!citizen || !manager || !muni || !guide || !license) throw new Error("bench-public: the demo seed lacks the citizen, the office manager, a ranked municipality, a published service or the bench licenses");
  return {
    rankingMunicipalityId: muni.id,
    citizenId: citizen.id,
    citizenNationalId,
    officeId: manager.officeId,
    guideCode: guide.code,
    licenseCode: license.verifyCode,
    healthCode: health?.verifyCode ?? null,
    receiptCode: receipt?.verifyCode ?? null,
  };
}

/** A session cookie for `userId`, as next-auth's JWT callback writes it (lib/auth/options.ts). */
async function sessionCookie(pool: pg.Pool, userId: string, secret: string): Promise<string> {
  const sv = Number((await pool.query(`SELECT "sessionVersion" FROM "User" WHERE id = $1`, [userId])).rows[0]?.sessionVersion ?? 0);
  const token = await encode({ token: { sub: userId, sv }, secret, maxAge: 8 * 3600 });
  return `next-auth.session-token=${token}`;
}

type Load = { rps: number; p50: number; errors: number; non2xx: number };

async function load(url: string, seconds: number, connections: number, headers: Record<string, string> = {}): Promise<Load> {
  let n = 0;
  const r = await autocannon({
    url,
    connections,
    duration: seconds,
    headers,
    // A client address of its own per request (see the header comment); the portal trusts one proxy hop.
    requests: [{ setupRequest: (req) => ({ ...req, headers: { ...req.headers, "x-forwarded-for": `10.${(n >> 16) & 255}.${(n >> 8) & 255}.${n++ & 255}` } }) }],
  });
  return { rps: r.requests.average, p50: r.latency.p50, errors: r.errors + r.timeouts, non2xx: r.non2xx };
}

export async function benchPublic(url: string, opts: { portalPort: number; barePort: number }): Promise<PublicBenchResult> {
  const seconds = Number(process.env.BENCH_PUBLIC_SECONDS || 10);
  const connections = Number(process.env.BENCH_PUBLIC_CONNECTIONS || 20);
  const licenses = Number(process.env.BENCH_LICENSES || 500_000);
  const citizenNationalId = process.env.BENCH_CITIZEN || "1087654321";
  const pool = new pg.Pool({ connectionString: url, max: 10 });
  const lines: string[] = [];
  const t0 = performance.now();
  const seeded = await seedManyLicenses(pool, licenses, citizenNationalId);
  const total = Number((await pool.query(`SELECT count(*) AS n FROM "License"`)).rows[0].n);
  lines.push(`\nPublic reads side by side (issue 16): ${total.toLocaleString("en")} licenses${seeded ? ` (${seeded.toLocaleString("en")} generated in ${((performance.now() - t0) / 1000).toFixed(0)} s)` : ""}, autocannon ${connections} connections × ${seconds} s each, Node ${process.versions.node} (decision 049)`);
  const ctx = await context(pool, citizenNationalId, licenses);

  const secret = crypto.randomBytes(32).toString("base64url");
  const base = `http://localhost:${opts.portalPort}`;
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URL: url,
    NEXTAUTH_SECRET: secret,
    NEXTAUTH_URL: base,
    PUBLIC_BASE_URL: base,
    SMS_PROVIDER: "dev",
    SMS_DEV_IN_PRODUCTION: "on",
    TRUSTED_PROXY_HOPS: "1",
    NEXT_TELEMETRY_DISABLED: "1",
    NODE_ENV: "production",
    PORT: String(opts.portalPort),
  };
  if (process.env.BENCH_PUBLIC_NO_BUILD !== "1") await ensureBuild(env, (m) => console.log(`[bench-public] ${m}`));
  const cpuProf = process.env.BENCH_PUBLIC_CPU_PROF; // a directory: the portal runs with --cpu-prof (profile where the time goes)
  const web = spawn(NODE, [...(cpuProf ? ["--cpu-prof", `--cpu-prof-dir=${cpuProf}`] : []), NEXT_CLI, "start", "-p", String(opts.portalPort), "--keepAliveTimeout", "65000"], { env, stdio: ["ignore", "ignore", "pipe"] });
  let stderr = "";
  web.stderr!.on("data", (d) => (stderr = (stderr + d).slice(-20_000)));
  const bare = bareServer(pool, ctx);
  await new Promise<void>((r) => bare.listen(opts.barePort, r));
  const bareBase = `http://localhost:${opts.barePort}`;
  let ok = true;
  try {
    await waitForHttp(`${base}/ar`, 180_000);
    const citizenCookie = await sessionCookie(pool, ctx.citizenId, secret);
    const managerId = (await pool.query(`SELECT id FROM "User" WHERE username = 'office.manager'`)).rows[0].id as string;
    const officeCookie = await sessionCookie(pool, managerId, secret);
    const rows: Row[] = [
      { name: "home /ar", path: "/ar", bare: "/home", target: { ratio: PUBLIC_RATIO } },
      { name: "catalogue /ar/catalogue", path: "/ar/catalogue", bare: "/catalogue", target: { ratio: PUBLIC_RATIO } },
      { name: "guide /ar/catalogue/<code>", path: `/ar/catalogue/${encodeURIComponent(ctx.guideCode)}`, bare: `/guide/${encodeURIComponent(ctx.guideCode)}`, target: { ratio: PUBLIC_RATIO } },
      { name: "license verification", path: `/ar/verify/license/${ctx.licenseCode}`, bare: `/license/${ctx.licenseCode}`, target: { ratio: PUBLIC_RATIO } },
      { name: "health-certificate verification", path: `/ar/verify/health-certificate/${ctx.healthCode}`, bare: ctx.healthCode ? `/health/${ctx.healthCode}` : null, target: { ratio: PUBLIC_RATIO } },
      { name: "receipt verification", path: `/ar/verify/receipt/${ctx.receiptCode}`, bare: ctx.receiptCode ? `/receipt/${ctx.receiptCode}` : null, target: { ratio: PUBLIC_RATIO } },
      { name: "offices ranking /ar/offices", path: "/ar/offices", bare: "/offices", target: { ratio: PUBLIC_RATIO } },
      { name: "Open311 services.json", path: "/api/open311/v2/services.json", bare: "/services", target: { ratio: PUBLIC_RATIO } },
      { name: "Open311 requests.json", path: "/api/open311/v2/requests.json", bare: "/requests", target: { ratio: PUBLIC_RATIO } },
      { name: "citizen dashboard /ar/my", path: "/ar/my", bare: "/my", target: { rps: SIGNED_IN_RPS }, signedIn: "citizen" },
      { name: "my licenses /ar/my/licenses", path: "/ar/my/licenses", bare: "/mylicenses", target: { rps: SIGNED_IN_RPS }, signedIn: "citizen" },
      { name: "office queue /ar/office/applications", path: "/ar/office/applications", bare: "/queue", target: { rps: SIGNED_IN_RPS }, signedIn: "office" },
    ];
    // BENCH_ONLY=js: only the first-load JavaScript below (no load runs).
    if (process.env.BENCH_ONLY === "js") rows.length = 0;
    // BENCH_PUBLIC_PAGES=<regex>: only the matching rows (with BENCH_PUBLIC_CPU_PROF, a profile of one page).
    const only = process.env.BENCH_PUBLIC_PAGES ? new RegExp(process.env.BENCH_PUBLIC_PAGES) : undefined;
    if (only) rows.splice(0, rows.length, ...rows.filter((r) => only.test(r.name)));
    else lines.push(`${"page".padEnd(38)} ${"bare req/s".padStart(10)} ${"p50".padStart(6)} ${"portal req/s".padStart(12)} ${"p50".padStart(6)} ${"ratio".padStart(6)}  target`);
    for (const row of rows) {
      if (!row.bare) {
        ok = false;
        lines.push(`${row.name.padEnd(38)} no data in the seed to verify: MISSED`);
        continue;
      }
      const headers: Record<string, string> = row.signedIn ? { cookie: row.signedIn === "citizen" ? citizenCookie : officeCookie } : {};
      // Warm-up (first render compiles nothing in production, but fills the data cache and the pools), then check it answers 200.
      const probe = await fetch(base + row.path, { headers, redirect: "manual" });
      await probe.arrayBuffer();
      const b = await load(bareBase + row.bare, seconds, connections);
      const p = await load(base + row.path, seconds, connections, headers);
      const ratio = p.rps / Math.max(1, b.rps);
      const failed = probe.status !== 200 || p.errors > 0 || p.non2xx > 0;
      const pass = !failed && (row.target.ratio !== undefined ? ratio >= row.target.ratio : p.rps >= row.target.rps!);
      if (!pass) ok = false;
      const target = row.target.ratio !== undefined ? `≥ ${(row.target.ratio * 100).toFixed(0)} % of bare` : `≥ ${row.target.rps} req/s`;
      lines.push(
        `${row.name.padEnd(38)} ${b.rps.toFixed(0).padStart(10)} ${b.p50.toFixed(0).padStart(6)} ${p.rps.toFixed(0).padStart(12)} ${p.p50.toFixed(0).padStart(6)} ${(ratio * 100).toFixed(0).padStart(5)}%  ${target}  ${pass ? "ok" : "MISSED"}${failed ? ` (HTTP ${probe.status}, ${p.non2xx} non-2xx, ${p.errors} errors)` : ""}`,
      );
      console.log(lines.at(-1));
    }
    // Next's own floor on this machine, no target: what any request costs before the page's own work. The proxy
    // alone answers "/" (a redirect to the language, no render); a 404 renders the lightest page there is (the root
    // layout, the site's header and footer, a heading). A page cannot be served faster than the second line: it is
    // the reference for the signed-in target (decision 041). Skipped with BENCH_PUBLIC_PAGES.
    if (!only && rows.length) {
      lines.push(`Next's own floor on this machine (reference, no target; decision 041)`);
      for (const ref of [
        { name: "the proxy alone: / → /ar (307)", path: "/", status: 307 },
        { name: "the lightest page: a 404 with the shell", path: "/ar/bench-floor-page-that-does-not-exist", status: 404 },
      ]) {
        const probe = await fetch(base + ref.path, { redirect: "manual" });
        await probe.arrayBuffer();
        const p = await load(base + ref.path, seconds, connections);
        const as = probe.status === ref.status ? "" : ` (HTTP ${probe.status}, expected ${ref.status})`;
        lines.push(`${ref.name.padEnd(38)} ${"".padStart(10)} ${"".padStart(6)} ${p.rps.toFixed(0).padStart(12)} ${p.p50.toFixed(0).padStart(6)}${as}`);
        console.log(lines.at(-1));
      }
    }
    const js = firstLoadReport(
      await measureFirstLoad(base, [
        { name: "home /ar", path: "/ar" },
        { name: "catalogue /ar/catalogue", path: "/ar/catalogue" },
        { name: "guide /ar/catalogue/<code>", path: `/ar/catalogue/${encodeURIComponent(ctx.guideCode)}` },
        { name: "license verification", path: `/ar/verify/license/${ctx.licenseCode}` },
        { name: "file a complaint /ar/complaints/new", path: "/ar/complaints/new" },
        { name: "track a complaint /ar/complaints/track", path: "/ar/complaints/track" },
        { name: "bill inquiry /ar/bills/inquiry", path: "/ar/bills/inquiry" },
        { name: "inquiry /ar/inquiry", path: "/ar/inquiry" },
        { name: "tenders /ar/tenders", path: "/ar/tenders" },
        { name: "offices ranking /ar/offices", path: "/ar/offices" },
        { name: "sign-in /ar/sign-in", path: "/ar/sign-in" },
        { name: "citizen dashboard /ar/my", path: "/ar/my", cookie: citizenCookie },
        { name: "my licenses /ar/my/licenses", path: "/ar/my/licenses", cookie: citizenCookie },
        { name: "apply for a license /ar/my/licenses/apply", path: "/ar/my/licenses/apply", cookie: citizenCookie },
        { name: "book an appointment /ar/my/appointments/book", path: "/ar/my/appointments/book", cookie: citizenCookie },
        { name: "my bills /ar/my/bills", path: "/ar/my/bills", cookie: citizenCookie },
      ]),
      process.env.BENCH_FIRST_LOAD_FILES === "1",
    );
    if (!js.ok) ok = false;
    lines.push(...js.lines);
    // BENCH_LIGHTHOUSE=0 skips it (three audits a page take ≈ 1 minute).
    if (process.env.BENCH_LIGHTHOUSE !== "0") {
      const lh = lighthouseReport(
        await measureLighthouse(base, [
          { name: "home /ar", path: "/ar" },
          { name: "license verification", path: `/ar/verify/license/${ctx.licenseCode}` },
          { name: "file a complaint /ar/complaints/new", path: "/ar/complaints/new" },
          { name: "sign-in /ar/sign-in", path: "/ar/sign-in" },
          { name: "citizen dashboard /ar/my", path: "/ar/my", cookie: citizenCookie },
        ]),
      );
      if (!lh.ok) ok = false;
      lines.push(...lh.lines);
      // Next's own floor on this machine, no target (decision 046): what the framework alone scores here.
      // BENCH_LIGHTHOUSE_FLOOR=0 skips it.
      if (process.env.BENCH_LIGHTHOUSE_FLOOR !== "0") {
        await stopChild(web); // the portal is done: the floor page has the machine to itself
        lines.push(lighthouseFloorLine(await measureLighthouseFloor(Number(process.env.BENCH_FLOOR_PORT || 3212))));
      }
    }
  } catch (err) {
    ok = false;
    lines.push(`[bench-public] could not run: ${err instanceof Error ? err.message : String(err)}\n${stderr.slice(-2000)}`);
  } finally {
    bare.close();
    await stopChild(web);
    await pool.end();
  }
  return { ok, lines };
}
