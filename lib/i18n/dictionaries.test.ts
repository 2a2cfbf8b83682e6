import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { resources } from "@/lib/i18n/resources";

/**
 * Fails when a key exists in one language and not the other, when a value is empty, or when code
 * uses a literal key that no dictionary has. Plural forms differ by language (Arabic has six), so
 * they are compared by their base key, and each language must have all of its own forms.
 */
const PLURAL = /_(zero|one|two|few|many|other)$/;
const REQUIRED_FORMS: Record<string, string[]> = {
  ar: ["zero", "one", "two", "few", "many", "other"],
  en: ["one", "other"],
};

function flatten(obj: unknown, prefix = ""): Map<string, unknown> {
  const out = new Map<string, unknown>();
  for (const [k, v] of Object.entries(obj as Record<string, unknown>)) {
    const key = prefix ? `${prefix}.${k}` : k;
    if (v && typeof v === "object") for (const [kk, vv] of flatten(v, key)) out.set(kk, vv);
    else out.set(key, v);
  }
  return out;
}

function keysOf(lang: "ar" | "en") {
  const all = new Map<string, unknown>();
  for (const [ns, dict] of Object.entries(resources[lang])) for (const [k, v] of flatten(dict)) all.set(`${ns}:${k}`, v);
  return all;
}

const ar = keysOf("ar");
const en = keysOf("en");
const base = (keys: Map<string, unknown>) => new Set([...keys.keys()].map((k) => k.replace(PLURAL, "")));

describe("dictionaries", () => {
  it("have the same keys in Arabic and English", () => {
    const arBase = base(ar);
    const enBase = base(en);
    expect([...arBase].filter((k) => !enBase.has(k)), "missing in English").toEqual([]);
    expect([...enBase].filter((k) => !arBase.has(k)), "missing in Arabic").toEqual([]);
  });

  it("have no empty values", () => {
    const empty = [...ar, ...en].filter(([, v]) => typeof v !== "string" || v.trim() === "").map(([k]) => k);
    expect(empty).toEqual([]);
  });

  it("have every plural form each language needs", () => {
    for (const [lang, keys] of [["ar", ar], ["en", en]] as const) {
      const plurals = new Set([...keys.keys()].filter((k) => PLURAL.test(k)).map((k) => k.replace(PLURAL, "")));
      for (const p of plurals) {
        for (const form of REQUIRED_FORMS[lang]!) expect(keys.has(`${p}_${form}`), `${lang} ${p}_${form}`).toBe(true);
      }
    }
  });

  it("contain every literal key the code uses", () => {
    const used = new Set<string>();
    const walk = (dir: string) => {
      for (const name of readdirSync(dir)) {
        const path = join(dir, name);
        if (statSync(path).isDirectory()) {
          if (!["node_modules", "generated", ".next"].includes(name)) walk(path);
        } else if (/\.(tsx?|ts)$/.test(name) && !name.endsWith(".test.ts")) {
          const src = readFileSync(path, "utf8");
          // "ns:key.path" string literals — the form every translation key takes in this code base.
          for (const m of src.matchAll(/["'`]((?:common|nav|auth|errors|validation|home|dashboard|sms|audit|notifications|payments|violations|licensing|complaints|licensingOffice|healthCerts|complaintsStaff|supervision|penalties|permits|permitsAfterIssue):[A-Za-z0-9_.]+)(?:\?[^"'`]*)?["'`]/g)) used.add(m[1]!);
        }
      }
    };
    for (const dir of ["app", "components", "lib"]) walk(dir);
    expect(used.size).toBeGreaterThan(20);
    const arBase = base(ar);
    const isPrefix = (k: string) => [...arBase].some((a) => a.startsWith(`${k}.`));
    const missing = [...used].filter((k) => !arBase.has(k) && !isPrefix(k));
    expect(missing).toEqual([]);
  });
});
