import fs from "node:fs";
import path from "node:path";

/**
 * The route list, derived from the filesystem (decision 013): every app/[lang]/**\/page.tsx (and route.ts) and
 * every app/api/**\/route.ts, as a pattern without the language and route groups ("/my/bills/[number]"), with a
 * sample path where every dynamic segment is filled in. The authorization test (every page × every role and
 * a guest) and the bad-input test walk this list, so a new page is covered the moment its file exists, and
 * tests/unit/route-list.test.ts fails until the page is classified in lib/auth/access-table.ts.
 * Node only (reads the disk): used by tests, never by the app.
 */
/** page: app/[lang]/**\/page.tsx; route: a route handler under a language (CSV exports); api: app/api/**\/route.ts. */
export type RouteEntry = { kind: "page" | "route" | "api"; pattern: string; file: string; sample: string; dynamic: boolean };

/**
 * Sample values of dynamic segments. They name nothing that exists (except where a real seeded record is
 * wanted): a role allowed into the area gets past authorization and then a 404; a role that is not gets 403.
 */
const SAMPLES: Record<string, string> = {
  "/staff/supervision/offices/[code]": "OFF-INJAZ",
  "/offices/[code]": "OFF-INJAZ",
};
const BY_PARAM: Record<string, string> = {
  number: "SAMPLE-404",
  reference: "C0000000000",
  id: "sample-404",
  token: "sample-404-token",
  code: "SAMPLE404",
  resource: "services.json",
  "...rest": "no-such-page",
  "...nextauth": "providers",
};

export function appDir(root = process.cwd()): string {
  return path.join(root, "app");
}

function walk(dir: string, out: string[] = []): string[] {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) walk(full, out);
    else out.push(full);
  }
  return out;
}

function patternOf(segments: string[]): string {
  const kept = segments.filter((s) => !(s.startsWith("(") && s.endsWith(")")) && s !== "[lang]");
  return "/" + kept.join("/");
}

export function samplePath(pattern: string): string {
  if (SAMPLES[pattern]) return pattern.replace(/\[[^\]]+\]/, SAMPLES[pattern]!);
  return pattern.replace(/\[\[?([^\]]+)\]?\]/g, (_, name: string) => encodeURIComponent(BY_PARAM[name] ?? `sample-${name}`));
}

export function routeList(root = process.cwd()): RouteEntry[] {
  const app = appDir(root);
  const entries: RouteEntry[] = [];
  for (const file of walk(app)) {
    const rel = path.relative(app, file).split(path.sep);
    const name = rel[rel.length - 1];
    if (name === "page.tsx" && rel[0] === "[lang]") {
      const pattern = patternOf(rel.slice(0, -1)).replace(/^\/$/, "/") || "/";
      entries.push({ kind: "page", pattern: pattern === "" ? "/" : pattern, file: path.relative(root, file), sample: samplePath(pattern), dynamic: pattern.includes("[") });
    } else if (name === "route.ts" && rel[0] === "[lang]") {
      const pattern = patternOf(rel.slice(0, -1));
      entries.push({ kind: "route", pattern, file: path.relative(root, file), sample: samplePath(pattern), dynamic: pattern.includes("[") });
    } else if (name === "route.ts" && rel[0] === "api") {
      const pattern = patternOf(rel.slice(0, -1));
      entries.push({ kind: "api", pattern, file: path.relative(root, file), sample: samplePath(pattern), dynamic: pattern.includes("[") });
    }
  }
  return entries.sort((a, b) => a.pattern.localeCompare(b.pattern));
}

/** The permission(s) a page file checks itself with requirePageActor(lang, "<permission>", …). */
export function pagePermissionsInSource(file: string, root = process.cwd()): string[] {
  const src = fs.readFileSync(path.join(root, file), "utf8");
  return [...src.matchAll(/requirePageActor\(\s*lang\s*,\s*"([^"]+)"/g)].map((m) => m[1]!);
}
