/**
 * The electricity company's permit search against a real PostgreSQL: an SEC employee finds the demo citizen's
 * issued permit by each of the four criteria (web command) and through the agency API v1 over real HTTP (a node
 * http server in front of the route handler, the demo SEC key); only what a connection needs comes back; every
 * search leaves one PermitAccessLog row (who, criteria, permits returned) that the owner sees as "which
 * organization, when"; every refusal (no criteria, a range over a year, an oversized page, no purpose, no key, a key
 * without permits:read) writes no access-log row; searches are rate limited. Last: on a few thousand generated
 * permits, the plan-number and one-month searches are served by an index (EXPLAIN of the SQL Prisma sends).
 */
import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET as searchRoute } from "@/app/api/v1/permits/route";
import { GET as districtsRoute } from "@/app/api/v1/permits/districts/route";
import { GET as getOpenApi } from "@/app/api/v1/openapi.json/route";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { permitAccessForOwner } from "@/lib/domain/permits/after-issue/queries/after-issue";
import { searchPermitsForUtility } from "@/lib/domain/permits/electricity/commands/search-permits";
import { SEARCHES_PER_MINUTE } from "@/lib/domain/permits/electricity/search";
import { ZPermitSearch } from "@/lib/domain/permits/electricity/search-criteria";
import { installPeerAddress } from "@/lib/http/peer-address";
import { AGENCY_CLIENTS } from "@/prisma/seed/agency-clients";
import { DEMO_AFTER_ISSUE_PERMIT } from "@/prisma/seed/permits-after-issue";
import { explainSearch, seedManyPermits } from "@/scripts/lib/permit-volume";
import { actorOf, errorOf } from "@/tests/factories/actors";

installPeerAddress();
const KEY = Object.fromEntries(AGENCY_CLIENTS.map((c) => [c.code, c.demoKey])) as Record<string, string>;
const PURPOSE = "طلب إيصال تيار لعداد جديد";
const a: Record<string, Actor> = {};
let demo: { id: string; number: string; districtId: string; planNo: string; issuedAt: Date };
let server: http.Server;
let base: string;

const riyadhDay = (d: Date, days = 0) => new Date(d.getTime() + 3 * 3_600_000 + days * 86_400_000).toISOString().slice(0, 10);
const criteria = () => ({
  number: { number: demo.number },
  nationalId: { nationalId: DEMO_AFTER_ISSUE_PERMIT.ownerNationalId },
  plan: { districtId: demo.districtId, planNo: demo.planNo },
  range: { issuedFrom: riyadhDay(demo.issuedAt, -15), issuedTo: riyadhDay(demo.issuedAt, 15) },
});
const accessLogs = () => db.permitAccessLog.count();

beforeAll(async () => {
  a.sec = await actorOf({ username: "sec.employee" });
  a.planner = await actorOf({ username: "sec.planner" });
  a.owner = await actorOf({ nationalId: DEMO_AFTER_ISSUE_PERMIT.ownerNationalId });
  a.inspector = await actorOf({ username: "staff.inspector" });
  const p = await db.permit.findFirstOrThrow({ where: { deedNo: DEMO_AFTER_ISSUE_PERMIT.deedNo }, select: { id: true, number: true, districtId: true, planNo: true, issuedAt: true } });
  demo = { ...p, issuedAt: p.issuedAt! };
  // The route handler behind a real HTTP server (the installed peer-address hook stamps every request, as in production).
  server = http.createServer(async (req, res) => {
    const headers = new Headers();
    for (const [k, v] of Object.entries(req.headers)) if (typeof v === "string") headers.set(k, v);
    const url = `http://127.0.0.1${req.url}`;
    const handler = new URL(url).pathname === "/api/v1/permits/districts" ? districtsRoute : searchRoute;
    const out = await handler(new Request(url, { headers }));
    res.writeHead(out.status, Object.fromEntries(out.headers));
    res.end(await out.text());
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise((r) => server.close(r));
});

describe("the company's pages (search command)", () => {
  it("finds the demo permit by each of the four criteria, with only what a connection needs, and logs each search", async () => {
    for (const [name, c] of Object.entries(criteria())) {
      const before = await accessLogs();
      const r = await searchPermitsForUtility.execute(a.sec!, { ...c, purpose: PURPOSE });
      const hit = r.permits.find((p) => p.number === demo.number);
      expect(hit, name).toBeDefined();
      expect(hit).toMatchObject({ status: "ISSUED", planNo: demo.planNo, parcelNo: DEMO_AFTER_ISSUE_PERMIT.parcelNo, district: { nameEn: "Al-Adamah" }, ownerName: "عبدالله بن محمد القحطاني", insulation: { status: "NONE" }, completion: { status: "NONE" }, connection: null });
      expect(hit!.kind.category).toBe("BUILDING");
      const json = JSON.stringify(hit);
      expect(json).not.toContain("966501234567");
      expect(json).not.toContain(DEMO_AFTER_ISSUE_PERMIT.ownerNationalId);
      expect(json).not.toMatch(/deed|document|mobile|latitude/i);
      expect(await accessLogs()).toBe(before + 1);
      const log = await db.permitAccessLog.findFirstOrThrow({ orderBy: { id: "desc" } });
      expect(log).toMatchObject({ channel: "WEB", actorId: a.sec!.userId, organization: "SEC", organizationAr: "الشركة السعودية للكهرباء", purpose: PURPOSE, resultCount: r.total });
      expect(log.permitIds).toContain(demo.id);
      expect(log.criteria).toMatchObject(c);
    }
  });

  it("refuses no criteria, a range over a year, an oversized page, no purpose — and writes nothing", async () => {
    const before = await accessLogs();
    const audits = await db.auditLog.count();
    const cases: [Record<string, unknown>, string, string][] = [
      [{ purpose: PURPOSE }, "criteria", "permitsAfterIssue:search.errors.noCriteria"],
      [{ purpose: PURPOSE, issuedFrom: "2025-01-01", issuedTo: "2026-03-01" }, "issuedTo", "permitsAfterIssue:search.errors.rangeTooLong?max=366"],
      [{ purpose: PURPOSE, number: demo.number, pageSize: "500" }, "pageSize", "permitsAfterIssue:search.errors.pageSizeTooLarge?max=50"],
      [{ number: demo.number }, "purpose", "permitsAfterIssue:search.errors.purposeRequired"],
    ];
    for (const [input, field, key] of cases) {
      const e = await errorOf(searchPermitsForUtility.execute(a.sec!, input));
      expect(e.code).toBe("VALIDATION");
      expect(e.fieldErrors?.[field]).toBe(key);
    }
    expect(await accessLogs()).toBe(before);
    expect(await db.auditLog.count()).toBe(audits);
  });

  it("only electricity employees search", async () => {
    expect((await errorOf(searchPermitsForUtility.execute(a.inspector!, { number: demo.number, purpose: PURPOSE }))).code).toBe("FORBIDDEN");
    expect((await errorOf(searchPermitsForUtility.execute(a.owner!, { number: demo.number, purpose: PURPOSE }))).code).toBe("FORBIDDEN");
  });

  it("is rate limited per person", async () => {
    for (let i = 0; i < SEARCHES_PER_MINUTE; i++) await searchPermitsForUtility.execute(a.planner!, { number: demo.number, purpose: PURPOSE });
    const before = await accessLogs();
    expect((await errorOf(searchPermitsForUtility.execute(a.planner!, { number: demo.number, purpose: PURPOSE }))).code).toBe("RATE_LIMITED");
    expect(await accessLogs()).toBe(before);
  });

  it("the owner sees which organization viewed the permit and when; nobody else does", async () => {
    const view = await permitAccessForOwner(a.owner!, demo.number);
    expect(view!.views.length).toBeGreaterThan(0);
    expect(view!.views[0]).toMatchObject({ organization: { nameAr: "الشركة السعودية للكهرباء", nameEn: "Saudi Electricity Company" } });
    expect(view!.views[0]!.at).toBeInstanceOf(Date);
    expect(await permitAccessForOwner(a.inspector!, demo.number)).toBeNull();
  });
});

describe("the agency API v1 over HTTP", () => {
  const get = (query: Record<string, string>, headers: Record<string, string> = { "X-API-Key": KEY.SEC! }) => fetch(`${base}/api/v1/permits?${new URLSearchParams(query)}`, { headers });

  it("finds the same permit by each criterion with the SEC key; paginated; logged as API", async () => {
    for (const [name, c] of Object.entries(criteria())) {
      const before = await accessLogs();
      const res = await get({ ...c, purpose: PURPOSE });
      expect(res.status, name).toBe(200);
      const body = (await res.json()) as { page: number; pageSize: number; total: number; permits: { number: string }[] };
      expect(body).toMatchObject({ page: 1, pageSize: 20 });
      expect(body.permits.map((p) => p.number)).toContain(demo.number);
      expect(JSON.stringify(body)).not.toContain("966501234567");
      expect(await accessLogs()).toBe(before + 1);
      const log = await db.permitAccessLog.findFirstOrThrow({ orderBy: { id: "desc" } });
      expect(log).toMatchObject({ channel: "API", organization: "SEC", actorId: null, actorLabel: "agency:SEC" });
    }
    const page2 = await get({ ...criteria().nationalId, purpose: PURPOSE, page: "2", pageSize: "1" });
    expect(page2.status).toBe(200);
    expect(await page2.json()).toMatchObject({ page: 2, pageSize: 1 });
  });

  it("refuses with JSON errors, localized, and logs no search", async () => {
    const before = await accessLogs();
    const none = await get({ purpose: PURPOSE }, { "X-API-Key": KEY.SEC!, "Accept-Language": "ar" });
    expect(none.status).toBe(422);
    const noneBody = (await none.json()) as { error: { code: string; message: string; fields: Record<string, string> } };
    expect(noneBody.error.code).toBe("VALIDATION");
    expect(noneBody.error.fields.criteria).toMatch(/معيار/);
    const year = await get({ purpose: PURPOSE, issuedFrom: "2025-01-01", issuedTo: "2026-06-01" });
    expect(year.status).toBe(422);
    expect(((await year.json()) as { error: { fields: Record<string, string> } }).error.fields.issuedTo).toMatch(/366/);
    const big = await get({ purpose: PURPOSE, number: demo.number, pageSize: "1000" });
    expect(big.status).toBe(422);
    expect(((await big.json()) as { error: { fields: Record<string, string> } }).error.fields.pageSize).toMatch(/50/);
    expect((await get({ number: demo.number, purpose: PURPOSE }, {})).status).toBe(401);
    const labor = await get({ number: demo.number, purpose: PURPOSE }, { "X-API-Key": KEY.LABOR! });
    expect(labor.status).toBe(403);
    expect(((await labor.json()) as { error: { code: string } }).error.code).toBe("FORBIDDEN");
    expect(await accessLogs()).toBe(before);
  });

  it("lists the districts; the OpenAPI document describes the search", async () => {
    const res = await fetch(`${base}/api/v1/permits/districts`, { headers: { "X-API-Key": KEY.SEC! } });
    expect(res.status).toBe(200);
    const body = (await res.json()) as { districts: { id: string }[] };
    expect(body.districts.map((d) => d.id)).toContain(demo.districtId);
    const doc = (await getOpenApi().json()) as { paths: Record<string, { get?: { "x-scope"?: string; parameters?: { name: string }[] } }>; components: { schemas: Record<string, unknown> } };
    expect(doc.paths["/permits"]?.get?.["x-scope"]).toBe("permits:read");
    expect(doc.paths["/permits"]?.get?.parameters?.map((p) => p.name)).toEqual(expect.arrayContaining(["purpose", "issuedFrom", "issuedTo", "districtId", "planNo", "nationalId", "number", "page", "pageSize"]));
    expect(doc.components.schemas.UtilityPermit).toBeDefined();
    expect(JSON.stringify(doc.components.schemas.UtilityPermit)).not.toMatch(/mobile|nationalId/);
  });
});

describe("indexes (EXPLAIN on generated permits)", () => {
  it("the plan-number and one-month searches are served by an index", async () => {
    const url = process.env.DATABASE_URL!;
    await seedManyPermits(url, 30_000);
    const plan = await explainSearch(url, ZPermitSearch.parse({ purpose: PURPOSE, districtId: demo.districtId, planNo: "17" }));
    expect(plan.indexed, JSON.stringify(plan.plans)).toBe(true);
    const month = await explainSearch(url, ZPermitSearch.parse({ purpose: PURPOSE, issuedFrom: "2026-01-01", issuedTo: "2026-01-31" }));
    expect(month.indexed, JSON.stringify(month.plans)).toBe(true);
    expect(month.indexes.some((i) => /issuedAt/.test(i))).toBe(true);
  }, 120_000);
});
