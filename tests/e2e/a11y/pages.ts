import type { APIRequestContext } from "@playwright/test";
import { PROTECTED_PAGES, pageAllows } from "../../../lib/auth/access-table";
import { routeList, type RouteEntry } from "../../../lib/auth/route-list";
import { DEMO_ACCOUNTS, type DemoAccount } from "../fixtures";

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
  "/office/permits/after-issue/[number]": "office-engineering",
  "/office/permits/after-issue/[number]/inspect": "office-engineering",
};

/** Pages that answer 404 by design when opened as the scan opens them (their 404 page is what is scanned). */
export const NOT_FOUND_BY_DESIGN: Record<string, string> = {
  "/[...rest]": "the localized 404 page itself",
  "/kiosk/print": "a kiosk print view: 404 without a registered device's cookies (the kiosk journey scans the kiosk)",
};

/**
 * Dynamic pages the demo seed has NO record for (no invitation, no health certificate is seeded): no visitor can
 * reach a real one, so they are scanned as opened with the route list's sample (their not-found answer). Adding
 * such records to the demo seed removes them from here; the scan fails for any other page left unresolved.
 */
export const NO_DEMO_RECORD: Record<string, string> = {
  "/my/invitations/[token]": "no office invitation in the demo seed",
  "/my/health-certificates/[id]": "no health certificate in the demo seed",
  "/medical/certificates/[id]": "no health certificate in the demo seed",
  "/verify/health-certificate/[code]": "no health certificate in the demo seed",
};

/**
 * Pages that are not for a phone: the kiosk runs on the terminal's own portrait screen (tests/e2e/kiosk KIOSK_DEVICE)
 * with an on-screen keyboard of fixed, large keys. axe still scans it at both widths; only the 390 px reflow is waived.
 */
export const REFLOW_EXEMPT: Record<string, string> = {
  "/kiosk": "the kiosk terminal's own screen, not a phone page",
};

export const PAGES: RouteEntry[] = routeList().filter((r) => r.kind === "page");

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
export async function resolvePages(request: APIRequestContext, pages: RouteEntry[], known = new Map<string, string>()): Promise<{ urls: Map<string, string>; unresolved: string[] }> {
  const urls = new Map<string, string>(known);
  const matchers = pages.filter((p) => p.dynamic).map((p) => ({ p, re: matcherOf(p.pattern) }));
  const queue: string[] = [];
  for (const p of pages) {
    if (!p.dynamic) {
      urls.set(p.pattern, p.sample === "/" ? "" : p.sample);
      queue.push(`/ar${p.sample === "/" ? "" : p.sample}`);
    } else if (NOT_FOUND_BY_DESIGN[p.pattern] || NO_DEMO_RECORD[p.pattern]) {
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
      const hit = links.find((l) => re.test(l));
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
