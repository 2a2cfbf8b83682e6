import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

/**
 * Every sentence a person reads comes from locales/. This scans the UI for JSX text between tags and
 * for text-bearing attributes written as literals; either fails the test with file and line.
 */
const TEXT_BETWEEN_TAGS = />([^<>{}`]*\p{L}{2,}[^<>{}`]*)<\//u;
const TEXT_ATTRIBUTE = /\b(placeholder|aria-label|title|alt)="[^"]*\p{L}{2,}/u;

function tsxFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) return tsxFiles(p);
    return p.endsWith(".tsx") ? [p] : [];
  });
}

describe("user-facing text", () => {
  const files = [...tsxFiles("app"), ...tsxFiles("components")];

  it("finds the UI files", () => {
    expect(files.length).toBeGreaterThan(10);
  });

  it("is never hard-coded in JSX", () => {
    const offenders: string[] = [];
    for (const file of files) {
      readFileSync(file, "utf8")
        .split("\n")
        .forEach((line, i) => {
          if (TEXT_BETWEEN_TAGS.test(line) || TEXT_ATTRIBUTE.test(line)) offenders.push(`${file}:${i + 1}: ${line.trim()}`);
        });
    }
    expect(offenders).toEqual([]);
  });

  it("would catch a literal (the patterns are not vacuous)", () => {
    expect(TEXT_BETWEEN_TAGS.test("<p>تسجيل الدخول</p>")).toBe(true);
    expect(TEXT_BETWEEN_TAGS.test("<h1>Sign in</h1>")).toBe(true);
    expect(TEXT_ATTRIBUTE.test('<input placeholder="Search" />')).toBe(true);
    expect(TEXT_BETWEEN_TAGS.test("<p>{t(\"auth:signIn\")}</p>")).toBe(false);
  });
});
