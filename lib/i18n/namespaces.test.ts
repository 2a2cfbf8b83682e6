import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { CLIENT_CORE, NAMESPACES } from "@/lib/i18n/namespaces";
import { resources } from "@/lib/i18n/resources";

describe("namespaces and the per-language dictionaries (decision 033)", () => {
  it("the client's list of namespaces is exactly the dictionaries' namespaces, in both languages", () => {
    expect([...NAMESPACES].sort()).toEqual(Object.keys(resources.ar).sort());
    expect([...NAMESPACES].sort()).toEqual(Object.keys(resources.en).sort());
    expect(readdirSync("locales/ar").map((f) => f.replace(/\.json$/, "")).sort()).toEqual([...NAMESPACES].sort());
  });

  it("no client module imports a whole language, and each language's core reaches only its own pages", () => {
    const files = ["app", "components", "lib"].flatMap((dir) =>
      readdirSync(dir, { recursive: true, encoding: "utf8" })
        .filter((f) => /\.tsx?$/.test(f) && !/\.test\.tsx?$/.test(f))
        .map((f) => path.join(dir, f)),
    );
    const text = (f: string) => readFileSync(f, "utf8");
    const clientFiles = files.filter((f) => /^["']use client["']/m.test(text(f)));
    expect(clientFiles.length).toBeGreaterThan(50);
    // The whole dictionaries (resources*, the server's instance) never reach the browser.
    expect(clientFiles.filter((f) => /from ["']@\/lib\/i18n\/(resources|resources-ar|resources-en|instance|server)["']/.test(text(f)))).toEqual([]);
    // A dictionary file is imported by a client module only in its language's provider (the core namespaces,
    // statically; the others as a chunk each) — every other client module brings a bundle (decision 037).
    const providers = { ar: path.join("components", "i18n", "provider-ar.tsx"), en: path.join("components", "i18n", "provider-en.tsx") };
    expect(clientFiles.filter((f) => /@\/locales\//.test(text(f))).sort()).toEqual(Object.values(providers).sort());
    for (const [lang, file] of Object.entries(providers)) {
      const other = lang === "ar" ? "en" : "ar";
      expect(text(file)).not.toMatch(new RegExp(`@/locales/${other}/`));
      const statics = [...text(file).matchAll(/^import \w+ from ["']@\/locales\/\w+\/(\w+)\.json["']/gm)].map((m) => m[1]);
      expect(statics.sort()).toEqual([...CLIENT_CORE].sort());
      const lazy = [...text(file).matchAll(/import\(["']@\/locales\/\w+\/(\w+)\.json["']\)/g)].map((m) => m[1]);
      expect(lazy.sort()).toEqual(NAMESPACES.filter((ns) => !(CLIENT_CORE as readonly string[]).includes(ns)).sort());
    }
    // The two providers only through the chooser, with next/dynamic (a chunk each, preloaded: decision 034).
    expect(files.filter((f) => /from ["']@\/components\/i18n\/provider-(ar|en)["']/.test(text(f)))).toEqual([]);
    const chooser = path.join("components", "i18n-provider.tsx");
    expect(files.filter((f) => /import\(["']@\/components\/i18n\/provider-(ar|en)["']\)/.test(text(f)))).toEqual([chooser]);
    expect(text(chooser)).toMatch(/dynamic\(\(\) => import\(["']@\/components\/i18n\/provider-ar["']\)/);
  });
});
