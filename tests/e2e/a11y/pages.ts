import { expect, type APIRequestContext, type Page } from "@playwright/test";
import pg from "pg";
import { PROTECTED_PAGES, pageAllows } from "../../../lib/auth/access-table";
import { routeList, type RouteEntry } from "../../../lib/auth/route-list";
import { CITIZEN_DEMO, DEMO_CITIZEN } from "../../../prisma/seed/citizen-demo";
import { DEMO_ACCOUNTS, type DemoAccount } from "../fixtures";
import { e2eDatabaseUrl } from "../e2e-database";

/**
 * Every page of the route list (every app/[lang]/**\/page.tsx), each given to ONE visitor allowed to open it
 * (lib/auth/access-table.ts), with REAL demo records in its dynamic segments: a visitor's pages are fetched, the
 * links on them harvested, and a dynamic page takes the first link that matches its pattern (a bill number from
 * "my bills", a license id from "my licenses", …) — what a person clicking through would open. A page none of
 * its visitor's pages links to is reported unresolved (the scan fails rather than scanning a 404 sample).
 */
export type Visitor = { name: string; account: DemoAccount | null };

const byLogin = (login: string) => DEMO_ACCOUNTS.find((a) => a.login === login)!;
const firstOf = (role: DemoAccount["role"]) => DEMO_ACCOUNTS.find((a) => a.role === role)!;

/** Visitors in order of preference: a page goes to the first one allowed to open it (or its override below). */
export const VISITORS: Visitor[] = [
  { name: "guest", account: null },
  { name: "citizen", account: firstOf("CITIZEN") },
  { name: "office-licensing", account: byLogin("office.manager") },
  { name: "office-engineering", account: byLogin("eng.manager") },
  { name: "office-inspector", account: byLogin("office.inspector") },
  { name: "medical", account: byLogin("medical.examiner") },
  { name: "utility", account: byLogin("sec.employee") },
  { name: "staff-admin", account: byLogin("staff.admin") },
  { name: "staff-committee", account: byLogin("staff.committee") },
  { name: "staff-inspector", account: byLogin("staff.inspector") },
  { name: "staff-tenders", account: byLogin("staff.tenders") },
  { name: "staff-signatory", account: byLogin("staff.signatory") },
];

/** Pages whose demo records belong to someone other than the first allowed visitor. */
const OVERRIDES: Record<string, string> = {
  "/account/security": "citizen", // any signed-in account; a guest is sent to sign-in
  "/office/permits": "office-engineering",
  "/office/permits/new": "office-engineering",
  "/office/permits/[id]": "office-engineering",
  // The demo citizen's ISSUED permit (stage inspections still due) is supervised by OFF-INJAZ, office.manager's office.
  "/office/permits/after-issue/[number]": "office-licensing",
  "/office/permits/after-issue/[number]/inspect": "office-licensing",
  "/staff/permits/[id]": "staff-signatory", // an administrator sees no permit; the signatory sees the issued ones
};

/** Pages that answer 404 by design when opened as the scan opens them (their 404 page is what is scanned). */
export const NOT_FOUND_BY_DESIGN: Record<string, string> = {
  "/[...rest]": "the localized 404 page itself",
  "/kiosk/print": "a kiosk print view: 404 without a registered device's cookies (the kiosk journey scans the kiosk)",
};

/**
 * Dynamic pages the demo seed has NO record for, scanned as opened with the route list's sample (their not-found
 * answer), each with its reason. Empty: prisma/seed/citizen-demo.ts gives the demo citizen a license, a health
 * certificate, a violation with a pending objection, a complaint, a completed permit with its certificates and an
 * office's invitation, so every page opens a real record. A page added here must say why no record can be seeded.
 */
export const NO_DEMO_RECORD: Record<string, string> = {};

/**
 * Pages with a screen of their own: the kiosk is built for the terminal's 1080×1920 portrait screen (tests/e2e/kiosk
 * KIOSK_DEVICE), not for a phone; its reflow is checked at that size. axe scans it at 390 and 1280 like every page.
 */
export const OWN_SCREEN: Record<string, { width: number; height: number }> = {
  "/kiosk": { width: 1080, height: 1920 },
};

export const PAGES: RouteEntry[] = routeList().filter((r) => r.kind === "page");
const STATIC_PATHS = new Set(PAGES.filter((p) => !p.dynamic).map((p) => p.pattern));

export function visitorOf(pattern: string): string {
  if (OVERRIDES[pattern]) return OVERRIDES[pattern]!;
  const entry = PROTECTED_PAGES.find((p) => p.path === pattern);
  if (!entry) return "guest";
  const v = VISITORS.find((v) => v.account && pageAllows(entry, v.account.role));
  if (!v) throw new Error(`no visitor may open ${pattern}`);
  return v.name;
}

export function pagesOf(visitor: string): RouteEntry[] {
  return PAGES.filter((p) => visitorOf(p.pattern) === visitor);
}

const segment = "([^/?#]+)";
function matcherOf(pattern: string): RegExp {
  const body = pattern.replace(/\[\.\.\.[^\]]+\]/g, ".+").replace(/\[[^\]]+\]/g, "\u0000").replace(/[.*+?^${}()|\\]/g, "\\$&").replace(/\u0000/g, segment);
  return new RegExp(`^/(?:ar|en)${body}$`);
}

export function hrefsIn(html: string): string[] {
  return [...html.matchAll(/<a\b[^>]*?\shref="([^"]*)"/g)].map((m) => m[1]!.replace(/&amp;/g, "&").split(/[?#]/)[0]!);
}

/** A few public pages are reached from a QR code or a printed number, not a link: read from the pages that print them. */
const PRINTED: { pattern: string; from: RegExp }[] = [
  { pattern: "/verify/license/[code]", from: /\/verify\/license\/([A-Za-z0-9-]+)/ },
  { pattern: "/verify/health-certificate/[code]", from: /\/verify\/health-certificate\/([A-Za-z0-9-]+)/ },
  { pattern: "/verify/receipt/[code]", from: /\/verify\/receipt\/([A-Za-z0-9-]+)/ },
  { pattern: "/verify/permit/[code]", from: /\/verify\/permit\/([A-Za-z0-9-]+)/ },
  { pattern: "/verify/permit-certificate/[code]", from: /\/verify\/permit-certificate\/([A-Za-z0-9-]+)/ },
];

/**
 * The URL (without the language) of every page of `pages`: static ones as they are, dynamic ones from the first
 * matching link on the pages already fetched (breadth first); `known` ones as given. Returns the unresolved patterns too.
 */
export async function resolvePages(request: APIRequestContext, pages: RouteEntry[], known = new Map<string, string>(), home?: string): Promise<{ urls: Map<string, string>; unresolved: string[] }> {
  const urls = new Map<string, string>(known);
  const matchers = pages.filter((p) => p.dynamic).map((p) => ({ p, re: matcherOf(p.pattern) }));
  // The visitor's dashboard first: where a person signed in starts clicking (a visitor may own no static page here).
  const queue: string[] = home ? [`/ar${home}`] : [];
  for (const p of pages) {
    if (!p.dynamic) {
      urls.set(p.pattern, p.sample === "/" ? "" : p.sample);
      queue.push(`/ar${p.sample === "/" ? "" : p.sample}`);
    } else if (!urls.has(p.pattern) && (NOT_FOUND_BY_DESIGN[p.pattern] || NO_DEMO_RECORD[p.pattern])) {
      urls.set(p.pattern, p.sample);
    }
  }
  const fetched = new Set<string>();
  while (queue.length && urls.size < pages.length && fetched.size < 150) {
    const url = queue.shift()!;
    if (fetched.has(url)) continue;
    fetched.add(url);
    const res = await request.get(url);
    if (!res.ok()) continue;
    const html = await res.text();
    const links = hrefsIn(html);
    for (const { p, re } of matchers) {
      if (urls.has(p.pattern)) continue;
      // A static sibling is not a record: /staff/tenders/new matches /staff/tenders/[number] but is its own page.
      const hit = links.find((l) => re.test(l) && !STATIC_PATHS.has(l.replace(/^\/(ar|en)/, "")));
      if (hit) {
        urls.set(p.pattern, hit.replace(/^\/(ar|en)/, ""));
        queue.push(hit.startsWith("/ar") ? hit : `/ar${hit.replace(/^\/en/, "")}`);
      }
    }
    // Follow the visitor's own links into the areas where pages are still unresolved (list → detail → sub-page).
    const areas = new Set(matchers.filter(({ p }) => !urls.has(p.pattern)).map(({ p }) => p.pattern.split("/")[1]));
    for (const l of links) if (/^\/ar\//.test(l) && !fetched.has(l) && areas.has(l.split("/")[2]) && !/\.(pdf|csv|png)$|\/(print|download)$/.test(l)) queue.push(l);
  }
  const unresolved = pages.filter((p) => !urls.has(p.pattern)).map((p) => p.pattern);
  return { urls, unresolved };
}

/** The public verification pages a signed-in owner's pages print (as a link, a URL in text or a QR caption). */
export async function printedCodes(request: APIRequestContext, urls: Iterable<string>): Promise<Map<string, string>> {
  const found = new Map<string, string>();
  for (const url of urls) {
    if (found.size === PRINTED.length) break;
    const res = await request.get(`/ar${url}`);
    if (!res.ok()) continue;
    const html = await res.text();
    for (const x of PRINTED) {
      const m = found.has(x.pattern) ? null : x.from.exec(html);
      if (m) found.set(x.pattern, x.pattern.replace("[code]", m[1]!));
    }
  }
  return found;
}

/**
 * Pages whose record no link of their visitor leads to (a QR code, an SMS, a record reached only from a search):
 * candidates straight from the e2e database, tried in order until the visitor's own session opens one (200, not
 * redirected) — so the record is one the scanning account is allowed to open, never a 404 sample.
 */
const CANDIDATES: Record<string, string> = {
  "/my/complaints/[reference]": `SELECT c.reference AS v FROM "Complaint" c JOIN "User" u ON u.id = c."reporterUserId" WHERE u."nationalId" = $1 ORDER BY c."createdAt" DESC`,
  "/my/licenses/[id]/certificate": `SELECT l.id AS v FROM "License" l JOIN "Establishment" e ON e.id = l."establishmentId" WHERE e."ownerNationalId" = $1 AND l.status::text = 'ACTIVE'`,
  "/my/violations/[id]": `SELECT v.id AS v FROM "Violation" v JOIN "Establishment" e ON e.id = v."establishmentId" WHERE e."ownerNationalId" = $1 UNION ALL SELECT v.number FROM "Violation" v JOIN "Establishment" e ON e.id = v."establishmentId" WHERE e."ownerNationalId" = $1`,
  "/my/permits/certificates/[number]": `SELECT c.number AS v FROM "PermitCertificate" c JOIN "Permit" p ON p.id = c."permitId" JOIN "User" u ON u.id = p."ownerId" WHERE u."nationalId" = $1`,
  // An application of the visitor's own office awaiting its field visit (the page the inspector opens on site).
  "/office/applications/[id]/inspect": `SELECT a.id AS v FROM "LicenseApplication" a JOIN "OfficeMember" m ON m."officeId" = a."officeId" JOIN "User" u ON u.id = m."userId" WHERE u.username = $1 ORDER BY (a.status::text = 'FIELD_INSPECTION') DESC, a."createdAt" DESC`,
  "/office/permits/after-issue/[number]": `SELECT number AS v FROM "Permit" WHERE status::text IN ('ISSUED','COMPLETED') ORDER BY (status::text = 'ISSUED') DESC, "createdAt" DESC`,
  "/office/permits/after-issue/[number]/inspect": `SELECT number AS v FROM "Permit" WHERE status::text IN ('ISSUED','COMPLETED') ORDER BY (status::text = 'ISSUED') DESC, "createdAt" DESC`,
  "/staff/objections/[id]": `SELECT id AS v FROM "Objection" ORDER BY id`,
  // The queue lists open complaints; the demo seed's one is resolved (it is searched for, as an officer does).
  "/staff/complaints/[id]": `SELECT id AS v FROM "Complaint" ORDER BY "createdAt" DESC`,
  // The engineering office's own permits (the demo seed has its completed one).
  "/office/permits/[id]": `SELECT p.id AS v FROM "Permit" p JOIN "OfficeMember" m ON m."officeId" = p."officeId" JOIN "User" u ON u.id = m."userId" WHERE u.username = $1 ORDER BY p."createdAt" DESC`,
  "/staff/permits/[id]": `SELECT id AS v FROM "Permit" ORDER BY "createdAt" DESC`,
  "/staff/insights/reports/[id]": `SELECT id AS v FROM "InsightReport" ORDER BY "createdAt" DESC`,
  "/verify/license/[code]": `SELECT "verifyCode" AS v FROM "License" WHERE status::text = 'ACTIVE'`,
  "/verify/permit-certificate/[code]": `SELECT "verifyCode" AS v FROM "PermitCertificate" WHERE "cancelledAt" IS NULL`,
  "/verify/health-certificate/[code]": `SELECT "verifyCode" AS v FROM "HealthCertificate"`,
  "/my/health-certificates/[id]": `SELECT h.id AS v FROM "HealthCertificate" h JOIN "Establishment" e ON e.id = h."establishmentId" WHERE e."ownerNationalId" = $1`,
  "/medical/certificates/[id]": `SELECT id AS v FROM "HealthCertificate"`,
};

/**
 * Links that reach a person by SMS, not on a page: the demo seed's fixed ones (prisma/seed/citizen-demo.ts). The
 * scan checks the page shows the record (REAL_RECORD), since these pages answer 200 for an unknown link too.
 */
const SMS_LINKS: Record<string, string> = {
  "/my/invitations/[token]": `/my/invitations/${CITIZEN_DEMO.invitationToken}`,
};

/** Pages that answer 200 with a notice for an unknown record: what the page shows only for a real one. */
export const REAL_RECORD: Record<string, string> = {
  "/my/invitations/[token]": "my-invitation",
  "/complaints/track/[reference]": "view-reference",
};

/** Fills the still unresolved `patterns` of `urls` from the database (see CANDIDATES); `login` is the visitor's. */
export async function resolveFromDatabase(request: APIRequestContext, patterns: string[], urls: Map<string, string>, login: string | null): Promise<void> {
  const wanted = patterns.filter((p) => !urls.has(p) && CANDIDATES[p]);
  if (!wanted.length) return;
  const client = new pg.Client({ connectionString: e2eDatabaseUrl() });
  await client.connect();
  try {
    for (const pattern of wanted) {
      const sql = CANDIDATES[pattern]!;
      const { rows } = await client.query<{ v: string }>(`${sql} LIMIT 25`, sql.includes("$1") ? [login] : []);
      for (const { v } of rows) {
        const path = pattern.replace(/\[[^\]]+\]/, encodeURIComponent(v));
        const res = await request.get(`/ar${path}`, { maxRedirects: 0 });
        if (res.status() === 200) {
          urls.set(pattern, path);
          break;
        }
      }
    }
  } finally {
    await client.end();
  }
}

/**
 * The database first for the pages no link leads to (CANDIDATES), then the visitor's links for the rest (the crawl
 * stops as soon as every page has a record). Memoized per visitor within a worker (the chunks of one visitor share it).
 */
const resolvedOnce = new Map<string, { urls: Map<string, string>; unresolved: string[]; fromDb: Map<string, string> }>();
export async function resolveAll(request: APIRequestContext, pages: RouteEntry[], known: Map<string, string> | undefined, login: string | null): Promise<{ urls: Map<string, string>; unresolved: string[]; fromDb: Map<string, string> }> {
  const key = `${login ?? "guest"}|${pages.map((p) => p.pattern).join(",")}|${[...(known ?? new Map()).entries()].join(",")}`;
  const done = resolvedOnce.get(key);
  if (done) return { urls: new Map(done.urls), unresolved: [...done.unresolved], fromDb: done.fromDb };
  const fromDb = new Map<string, string>();
  for (const p of pages) if (SMS_LINKS[p.pattern] && !known?.has(p.pattern)) fromDb.set(p.pattern, SMS_LINKS[p.pattern]!);
  await resolveFromDatabase(request, pages.filter((p) => p.dynamic && !known?.has(p.pattern)).map((p) => p.pattern), fromDb, login);
  const home = login ? DEMO_ACCOUNTS.find((a) => a.login === login)?.home : undefined;
  const resolved = await resolvePages(request, pages, new Map([...(known ?? new Map()), ...fromDb]), home);
  const result = { urls: resolved.urls, unresolved: resolved.unresolved, fromDb };
  resolvedOnce.set(key, result);
  return { urls: new Map(result.urls), unresolved: [...result.unresolved], fromDb };
}

/**
 * A guest tracking a complaint: the tracked page opens only in the browser that matched the reference and the mobile
 * it was filed with (a signed cookie), so it is opened as the complaint journey does — the tracking form filled and
 * sent — here with the demo citizen's complaint (prisma/seed/citizen-demo.ts) and his mobile.
 */
export const TRACKED = { path: `/complaints/track/${CITIZEN_DEMO.complaintReference}`, reference: CITIZEN_DEMO.complaintReference, mobile: `0${DEMO_CITIZEN.mobile.slice(3)}` };

export async function trackAsGuest(page: Page): Promise<void> {
  await page.goto(`/ar/complaints/track?reference=${TRACKED.reference}`);
  await page.getByLabel("رقم الجوال", { exact: true }).fill(TRACKED.mobile);
  await page.getByRole("button", { name: "عرض البلاغ" }).click();
  await expect(page.getByTestId("view-reference")).toHaveText(TRACKED.reference);
}
