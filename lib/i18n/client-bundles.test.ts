import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { Bundle } from "@/lib/i18n/bundle";
import { CLIENT_CORE, NAMESPACES } from "@/lib/i18n/namespaces";
import { resources } from "@/lib/i18n/resources";

/**
 * Decision 037: the browser starts with the core namespaces; every other namespace a client component writes a
 * key of must come with the component (`useT(bundle)`), or the key would render empty until its chunk loads.
 */
const BUNDLED = NAMESPACES.filter((ns) => !(CLIENT_CORE as readonly string[]).includes(ns));

const sourceFiles = ["app", "components", "lib"].flatMap((dir) =>
  readdirSync(dir, { recursive: true, encoding: "utf8" })
    .filter((f) => /\.tsx?$/.test(f) && !/\.test\.tsx?$/.test(f))
    .map((f) => path.join(dir, f)),
);
const text = (f: string) => readFileSync(f, "utf8");
// components/i18n is the mechanism itself (its comments quote keys as examples).
const clientFiles = sourceFiles.filter((f) => /^["']use client["']/m.test(text(f)) && !f.startsWith(path.join("components", "i18n") + path.sep));

/** The bundled namespaces of the "ns:key" literals in a file (plain, template or in a union type alike). */
export function namespacesWritten(source: string): string[] {
  const found = new Set<string>();
  for (const m of source.matchAll(/["'`](\w+):[\w.$]/g)) if ((BUNDLED as readonly string[]).includes(m[1]!)) found.add(m[1]!);
  return [...found].sort();
}

const bundlesImported = (source: string) => [...source.matchAll(/from ["']@\/lib\/i18n\/bundles\/(\w+)["']/g)].map((m) => m[1]!).sort();

describe("client bundles (decision 037)", () => {
  it("finds the namespaces a source writes keys of", () => {
    expect(namespacesWritten(`t("complaints:new.title"); t(\`licensing:status.\${s}\`); const k: "permits:x.y" = "permits:x.y"; t("common:ok")`)).toEqual(["complaints", "licensing", "permits"]);
    expect(namespacesWritten(`const url = "https://example.org"; const time = "10:30"`)).toEqual([]);
  });

  it("every client component brings the bundles of the namespaces it writes keys of, and passes them to useT", () => {
    expect(clientFiles.length).toBeGreaterThan(50);
    const missing: string[] = [];
    for (const f of clientFiles) {
      const src = text(f);
      const imported = bundlesImported(src);
      for (const ns of namespacesWritten(src)) if (!imported.includes(ns)) missing.push(`${f}: ${ns}`);
      for (const ns of imported) if (!new RegExp(`useT\\([^)]*\\b${ns}Messages\\b`).test(src)) missing.push(`${f}: imports ${ns} without passing it to useT`);
    }
    expect(missing).toEqual([]);
  });

  it("each bundle holds its namespace in both languages, exactly the dictionaries' text", async () => {
    expect(readdirSync("lib/i18n/bundles").map((f) => f.replace(/\.ts$/, "")).sort()).toEqual([...BUNDLED].sort());
    for (const ns of BUNDLED) {
      const b = ((await import(`./bundles/${ns}.ts`)) as { default: Bundle }).default;
      expect(b.ns).toBe(ns);
      expect(b.ar).toEqual(resources.ar[ns]);
      expect(b.en).toEqual(resources.en[ns]);
    }
  });

  it("a message nests keys of core namespaces only (a nested key cannot wait for its namespace to load)", () => {
    const nested = new Set<string>();
    for (const lang of ["ar", "en"] as const) {
      for (const ns of NAMESPACES) for (const m of JSON.stringify(resources[lang][ns]).matchAll(/\$t\((\w+):/g)) nested.add(m[1]!);
    }
    expect(nested.size).toBeGreaterThan(0);
    expect([...nested].filter((ns) => !(CLIENT_CORE as readonly string[]).includes(ns))).toEqual([]);
  });

  it("no client component imports the server's dictionaries or a bundle it does not use", () => {
    const unused = clientFiles.filter((f) => bundlesImported(text(f)).some((ns) => !namespacesWritten(text(f)).includes(ns) && !/transactions' status keys/.test(text(f))));
    expect(unused).toEqual([]);
  });
});
