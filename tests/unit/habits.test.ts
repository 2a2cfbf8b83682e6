/**
 * Habits the code keeps (docs/code-style.md), checked on the source text:
 * - `import "server-only"` on lib/db.ts and every command and query file, so a client component that
 *   imports one by mistake fails the build instead of shipping database code to the browser;
 * - settings are read from the environment only in lib/env.ts.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const root = process.cwd();
function files(dir: string, re: RegExp): string[] {
  return readdirSync(path.join(root, dir), { recursive: true, encoding: "utf8" })
    .map((f) => path.join(dir, f).split(path.sep).join("/"))
    .filter((f) => re.test(f) && !/\.test\.tsx?$/.test(f) && !f.startsWith("lib/generated/"));
}
const read = (f: string) => readFileSync(path.join(root, f), "utf8");

describe('import "server-only"', () => {
  it("is on lib/db.ts and on every lib/domain/**/commands/*.ts and queries/*.ts", () => {
    const targets = ["lib/db.ts", ...files("lib/domain", /\/(commands|queries)\/[^/]+\.ts$/)];
    expect(targets.length).toBeGreaterThan(60);
    const missing = targets.filter((f) => !/^import "server-only";$/m.test(read(f)));
    expect(missing, 'add `import "server-only";` as the first line').toEqual([]);
  });
});

describe("settings", () => {
  /**
   * Reads that remain outside lib/env.ts, each named. NODE_ENV is not a setting (Next inlines it) and may
   * be read anywhere. The others are in files other work owned while this check was introduced: move
   * them into lib/env.ts and delete the line here.
   */
  const KNOWN: Record<string, string[]> = {};

  it("are read from process.env only in lib/env.ts, and lib/env-public.ts for the browser's (app/, lib/, components/)", () => {
    const found: Record<string, string[]> = {};
    for (const dir of ["app", "lib", "components"]) {
      for (const f of files(dir, /\.tsx?$/)) {
        if (f === "lib/env.ts" || f === "lib/env-public.ts") continue;
        for (const m of read(f).matchAll(/process\.env(?:\.(\w+)|\[|\b)/g)) {
          const name = m[1] ?? "(whole environment)";
          if (name === "NODE_ENV") continue;
          (found[f] ??= []).includes(name) || found[f]!.push(name);
        }
      }
    }
    for (const [f, names] of Object.entries(found)) {
      expect(names.filter((n) => !(KNOWN[f] ?? []).includes(n)), `${f} reads process.env: add the setting to lib/env.ts`).toEqual([]);
    }
  });
});

describe("components", () => {
  it("never import from app/ (forms receive their server actions as props)", () => {
    const upward = files("components", /\.tsx?$/).filter((f) => /from "@\/app\//.test(read(f)));
    expect(upward).toEqual([]);
  });
});

describe("zod", () => {
  it('is imported as values only through lib/zod.ts (named re-exports the bundler can drop; decision 033)', () => {
    const offenders = ["app", "lib", "components"]
      .flatMap((dir) => files(dir, /\.tsx?$/))
      .filter((f) => f !== "lib/zod.ts")
      .filter((f) => /^import\s+(?!type\b)[^;]*from\s+["']zod(\/[^"']*)?["']/m.test(read(f)));
    expect(offenders, 'import * as z from "@/lib/zod" (or { z } from "@/lib/validation")').toEqual([]);
  });
});

describe("client components", () => {
  /**
   * Staff and office forms that still import a value from a schemas module (a list of choices, a limit, a schema
   * builder): zod comes along into their pages. Move the value into a module without zod (as
   * lib/domain/offices/options.ts) and delete the line here.
   */
  const KNOWN = [
    "app/[lang]/(office)/office/compliance/appeal-form.tsx",
    "app/[lang]/(office)/office/applications/[id]/inspect/inspection-form.tsx",
    "app/[lang]/(staff)/staff/supervision/penalties/decide-forms.tsx",
    "app/[lang]/(staff)/staff/spot-checks/[id]/record-form.tsx",
    "components/tenders/tender-form.tsx",
    "components/permits/forms.tsx",
    "components/permits/inspection-form.tsx",
    "components/signatures/chain-form.tsx",
    "components/catalogue/service-form.tsx",
  ];

  it("import only types from a schemas module: a form takes its schema by import() (zod leaves the first load; decision 042)", () => {
    const offenders = ["app", "components"]
      .flatMap((dir) => files(dir, /\.tsx?$/))
      .filter((f) => /^["']use client["']/.test(read(f)))
      .filter((f) => [...read(f).matchAll(/^import\s+(?!type\b)\{([^}]*)\}\s+from\s+"@\/lib\/[^"]*schemas"/gm)].some((m) => m[1]!.split(",").some((x) => x.trim() && !x.trim().startsWith("type "))));
    expect(offenders.filter((f) => !KNOWN.includes(f)), 'schema: () => import("@/lib/domain/<area>/schemas").then((m) => m.ZSchema); constants from a module without zod').toEqual([]);
    expect(KNOWN.filter((f) => !offenders.includes(f)), "fixed: delete it from KNOWN").toEqual([]);
  });
});

describe("Riyadh days", () => {
  it("are computed by lib/kernel/riyadh-days.ts only: no hand-written UTC+3 offset elsewhere", () => {
    const offenders = ["app", "lib", "components", "scripts", "prisma"]
      .flatMap((dir) => files(dir, /\.tsx?$/))
      .filter((f) => f !== "lib/kernel/riyadh-days.ts" && !/\.test\.tsx?$/.test(f))
      .filter((f) => /\b3 \* (3_?600_?000|3600 \* 1000|60 \* 60 \* 1000)\b/.test(read(f)));
    expect(offenders, "riyadhDay / startOfRiyadhDay / riyadhInstant / RIYADH_OFFSET_MS from @/lib/kernel/riyadh-days").toEqual([]);
  });
});

describe("font weights", () => {
  /**
   * app/fonts.css (imported by app/globals.css) declares the faces of two weights (decision 036); a class asking for another weight would make
   * the browser fall back to the nearest face (or synthesize one) while the code reads as if it had its own.
   */
  it("are only the weights whose face app/fonts.css declares", () => {
    expect(read("app/globals.css")).toContain('@import "./fonts.css";');
    const css = read("app/fonts.css");
    const faces = new Set([...css.matchAll(/font-weight: (\d{3});/g)].map((m) => m[1]));
    expect([...faces].sort()).toEqual(["400", "700"]);
    const WEIGHT: Record<string, string> = { thin: "100", extralight: "200", light: "300", normal: "400", medium: "500", semibold: "600", bold: "700", extrabold: "800", black: "900" };
    const offenders: string[] = [];
    for (const dir of ["app", "components", "lib"]) {
      for (const f of files(dir, /\.tsx?$/)) {
        for (const m of read(f).matchAll(/\bfont-(thin|extralight|light|normal|medium|semibold|bold|extrabold|black)\b/g)) {
          if (!faces.has(WEIGHT[m[1]!]!)) offenders.push(`${f}: font-${m[1]}`);
        }
      }
    }
    expect(offenders).toEqual([]);
  });
});

describe("citizen and public pages", () => {
  /** Pages whose form still hydrates with the page (not citizen-facing: a staff member's own password and TOTP). */
  const KNOWN = ["app/[lang]/(public)/account/security/page.tsx"];

  /** The module an import of `from` in `file` resolves to (an alias or a relative path), if it is a file here. */
  const resolve = (file: string, from: string): string | null => {
    const base = from.startsWith("@/") ? from.slice(2) : from.startsWith(".") ? path.join(path.dirname(file), from) : null;
    if (!base) return null;
    const candidates = [".tsx", ".ts", "/index.tsx", "/index.ts"].map((ext) => `${base}${ext}`.split(path.sep).join("/"));
    return candidates.find((c) => existsSync(path.join(root, c))) ?? null;
  };

  it("take their forms through deferred(): a react-hook-form form's code is not in the first load (decision 045)", () => {
    const pages = ["app/[lang]/(public)", "app/[lang]/(citizen)"].flatMap((dir) => files(dir, /\/page\.tsx$/));
    expect(pages.length).toBeGreaterThan(20);
    const offenders = pages.filter((page) =>
      [...read(page).matchAll(/^import\s+(?!type\b)[^;]*?\s+from\s+"([^"]+)"/gm)]
        .map((m) => resolve(page, m[1]!))
        .some((mod) => mod !== null && /^["']use client["']/.test(read(mod)) && /from "react-hook-form"/.test(read(mod))),
    );
    expect(offenders.filter((f) => !KNOWN.includes(f)), 'import the form from its area in "@/components/forms/deferred-forms/" (or a deferred module beside the page)').toEqual([]);
    expect(KNOWN.filter((f) => !offenders.includes(f)), "fixed: delete it from KNOWN").toEqual([]);
  });
});

describe("a form-kit form's submit button", () => {
  it("is the kit's SubmitButton: disabled until the page is hydrated, so an early press never posts the form natively", () => {
    const forms = ["app", "components"]
      .flatMap((dir) => files(dir, /\.tsx$/))
      .filter((f) => f !== "components/forms/submit-button.tsx" && /useActionForm|from "react-hook-form"/.test(read(f)));
    expect(forms.length).toBeGreaterThan(40);
    const offenders = forms.filter((f) => /type=["{]+submit|type:\s*"submit"/.test(read(f)));
    expect(offenders, 'use <SubmitButton busyLabel={…}> from "@/components/forms/submit-button"').toEqual([]);
  });

  it("is drawn inside its form's FormProvider (it reads the form's state from it)", () => {
    const users = ["app", "components"].flatMap((dir) => files(dir, /\.tsx$/)).filter((f) => read(f).includes("<SubmitButton"));
    expect(users.length).toBeGreaterThan(40);
    // Each top-level component of the file on its own: the one drawing the button must also draw the provider.
    const outside = users.flatMap((f) =>
      read(f)
        .split(/\n(?=(?:export )?(?:const \w+ = withT\(function|function |const \w+ = \())/)
        .filter((part) => part.includes("<SubmitButton") && !part.includes("<FormProvider"))
        .map((part) => `${f}: ${/(?:function|const) (\w+)/.exec(part)?.[1] ?? "?"}`),
    );
    expect(outside, "wrap the form in <FormProvider {...form}>").toEqual([]);
  });
});
