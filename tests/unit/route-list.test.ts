import { describe, expect, it } from "vitest";
import { PROTECTED_PAGES, PUBLIC_PAGES } from "@/lib/auth/access-table";
import { pagePermissionsInSource, routeList, samplePath } from "@/lib/auth/route-list";

/**
 * The route list comes from the filesystem; the access table is written by hand. This test keeps them
 * together: a new page file that nobody classified fails here (decision 013).
 */
const pages = routeList().filter((r) => r.kind === "page");
const protectedPaths = new Set(PROTECTED_PAGES.map((p) => p.path));
const publicPaths = new Set(PUBLIC_PAGES.map((p) => p.path));

// The permission each area's layout checks (app/[lang]/(area)/<area>/layout.tsx).
const AREA_PERMISSION: Record<string, string> = { my: "citizen.dashboard", office: "office.dashboard", medical: "medical.dashboard", staff: "staff.dashboard" };

describe("route list", () => {
  it("finds the pages and API routes on disk", () => {
    expect(pages.length).toBeGreaterThan(50);
    expect(pages.map((p) => p.pattern)).toEqual(expect.arrayContaining(["/", "/my/bills/[number]", "/staff/complaints/map", "/[...rest]"]));
    const api = routeList().filter((r) => r.kind === "api").map((r) => r.pattern);
    expect(api).toEqual(expect.arrayContaining(["/api/files/[id]", "/api/open311/v2/[resource]"]));
  });

  it("every page is either protected (with its permissions) or explicitly public", () => {
    const unclassified = pages.filter((p) => !protectedPaths.has(p.pattern) && !publicPaths.has(p.pattern)).map((p) => `${p.pattern} (${p.file})`);
    expect(unclassified, "add these pages to PROTECTED_PAGES or PUBLIC_PAGES in lib/auth/access-table.ts").toEqual([]);
  });

  it("no page is in both lists, and no entry names a page that does not exist", () => {
    expect([...protectedPaths].filter((p) => publicPaths.has(p))).toEqual([]);
    const onDisk = new Set(pages.map((p) => p.pattern));
    expect([...protectedPaths, ...publicPaths].filter((p) => !onDisk.has(p))).toEqual([]);
  });

  it("the table names every permission the page and its area layout check", () => {
    const missing: string[] = [];
    for (const page of pages) {
      const entry = PROTECTED_PAGES.find((p) => p.path === page.pattern);
      const checked = pagePermissionsInSource(page.file);
      const area = AREA_PERMISSION[page.pattern.split("/")[1] ?? ""];
      if (!entry) {
        if (checked.length > 0 || area) missing.push(`${page.pattern} is listed public but checks ${[area, ...checked].filter(Boolean).join(", ")}`);
        continue;
      }
      for (const perm of [area, ...checked]) if (perm && !entry.permissions.includes(perm as never)) missing.push(`${page.pattern}: ${perm}`);
    }
    expect(missing).toEqual([]);
  });

  it("fills dynamic segments with sample values", () => {
    expect(samplePath("/my/bills/[number]/receipt")).toBe("/my/bills/SAMPLE-404/receipt");
    expect(samplePath("/staff/supervision/offices/[code]")).toBe("/staff/supervision/offices/OFF-INJAZ");
    expect(pages.every((p) => !p.sample.includes("["))).toBe(true);
  });
});
