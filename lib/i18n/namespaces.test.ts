import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { NAMESPACES } from "@/lib/i18n/namespaces";
import { resources } from "@/lib/i18n/resources";

describe("namespaces and the per-language dictionaries (decision 033)", () => {
  it("the client's list of namespaces is exactly the dictionaries' namespaces, in both languages", () => {
    expect([...NAMESPACES].sort()).toEqual(Object.keys(resources.ar).sort());
    expect([...NAMESPACES].sort()).toEqual(Object.keys(resources.en).sort());
    expect(readdirSync("locales/ar").map((f) => f.replace(/\.json$/, "")).sort()).toEqual([...NAMESPACES].sort());
  });

  it("no client module imports both languages' dictionaries (the browser would download both)", () => {
    const files = ["app", "components", "lib"].flatMap((dir) =>
      readdirSync(dir, { recursive: true, encoding: "utf8" })
        .filter((f) => /\.tsx?$/.test(f) && !/\.test\.tsx?$/.test(f))
        .map((f) => path.join(dir, f)),
    );
    const clientFiles = files.filter((f) => /^["']use client["']/m.test(readFileSync(f, "utf8")));
    expect(clientFiles.length).toBeGreaterThan(50);
    const offenders = clientFiles.filter((f) => /from ["']@\/lib\/i18n\/(resources|instance|server)["']|@\/locales\//.test(readFileSync(f, "utf8")));
    expect(offenders).toEqual([]);
    // Each language's dictionaries are imported by its own client provider only, and the two providers only by
    // the chooser, through next/dynamic (a chunk each, preloaded by the page that renders it: decision 034). A
    // static import of both would ship both languages with every page.
    const text = (f: string) => readFileSync(f, "utf8");
    expect(clientFiles.filter((f) => /import\(["']@\/lib\/i18n\/resources-(ar|en)["']\)/.test(text(f)))).toEqual([]);
    expect(clientFiles.filter((f) => /from ["']@\/lib\/i18n\/resources-ar["']/.test(text(f)))).toEqual([path.join("components", "i18n", "provider-ar.tsx")]);
    expect(clientFiles.filter((f) => /from ["']@\/lib\/i18n\/resources-en["']/.test(text(f)))).toEqual([path.join("components", "i18n", "provider-en.tsx")]);
    expect(files.filter((f) => /from ["']@\/components\/i18n\/provider-(ar|en)["']/.test(text(f)))).toEqual([]);
    const chooser = path.join("components", "i18n-provider.tsx");
    expect(files.filter((f) => /import\(["']@\/components\/i18n\/provider-(ar|en)["']\)/.test(text(f)))).toEqual([chooser]);
    expect(text(chooser)).toMatch(/dynamic\(\(\) => import\(["']@\/components\/i18n\/provider-ar["']\)/);
  });
});
