import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

/**
 * Decision 040: the translation provider is not in the root layout; a client component that translates brings it
 * through withT(). A component exported bare would throw at render ("useT() outside a translation provider") on
 * any page where no wrapped ancestor happens to be, so every exported component of a module that calls useT() is
 * wrapped, and nothing else in app/ or components/ puts the provider on every page.
 */
const sourceFiles = ["app", "components"].flatMap((dir) =>
  readdirSync(dir, { recursive: true, encoding: "utf8" })
    .filter((f) => /\.tsx?$/.test(f) && !/\.test\.tsx?$/.test(f))
    .map((f) => path.join(dir, f)),
);
const text = (f: string) => readFileSync(f, "utf8");
const translating = sourceFiles.filter((f) => !f.startsWith(path.join("components", "i18n")) && /\buseT\(/.test(text(f)));

/** The exported components of a module that are not wrapped in withT(). */
export function bareExports(source: string): string[] {
  const bare: string[] = [];
  for (const m of source.matchAll(/^export (?:default )?(?:async )?function ([A-Z][a-z]\w*)/gm)) bare.push(m[1]!);
  for (const m of source.matchAll(/^export const ([A-Z][a-z]\w*)\s*(?::[^=]+)?=(?!\s*withT\()/gm)) bare.push(m[1]!);
  return bare;
}

describe("withT (decision 040)", () => {
  it("finds a bare exported component and accepts a wrapped one", () => {
    expect(bareExports(`export function Form() {}\nexport const Other = memo(Inner);\nexport const Ok = withT(function Ok() {});\nexport default withT(function Page() {});\nexport function helper() {}`)).toEqual(["Form", "Other"]);
  });

  it("every exported component of a module that calls useT() is wrapped in withT()", () => {
    expect(translating.length).toBeGreaterThan(50);
    const bare = translating.flatMap((f) => bareExports(text(f)).map((name) => `${f}: ${name}`));
    expect(bare).toEqual([]);
  });

  it("only withT renders the translation provider: no layout or page puts i18next on every page", () => {
    const providers = sourceFiles.filter((f) => !f.startsWith(path.join("components", "i18n")) && f !== "components/i18n-provider.tsx" && /<I18nProvider\b|<I18nextProvider\b/.test(text(f)));
    expect(providers).toEqual([]);
  });
});
