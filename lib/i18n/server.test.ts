import { describe, expect, it } from "vitest";
import { createI18n } from "@/lib/i18n/instance";
import { NAMESPACES } from "@/lib/i18n/namespaces";
import type { T } from "@/lib/i18n/core";
import { getT, rememberingBareKeys } from "@/lib/i18n/server";

describe("getT remembers a bare key's text", () => {
  const fixed = (lang: "ar" | "en") => createI18n(lang).getFixedT(lang, NAMESPACES) as T;

  it("gives exactly what i18next gives, for bare keys, options, plurals and a missing key, in both languages", () => {
    for (const lang of ["ar", "en"] as const) {
      const plain = fixed(lang) as unknown as (...a: unknown[]) => unknown;
      const t = getT(lang) as unknown as (...a: unknown[]) => unknown;
      const calls: unknown[][] = [
        ["common:portalName"],
        ["home:hero.title"],
        ["home:catalogue.count", { count: 1 }],
        ["home:catalogue.count", { count: 7 }],
        ["catalogue:home.allInCategory", { category: "X", count: 3 }],
        ["common:no-such-key-anywhere"],
        [["common:no-such-key-anywhere", "common:portalName"]],
      ];
      for (const args of calls) {
        expect(t(...args), JSON.stringify(args)).toBe(plain(...args));
        expect(t(...args), `second call ${JSON.stringify(args)}`).toBe(plain(...args));
      }
      expect(t("common:portalName")).not.toBe(t("common:no-such-key-anywhere"));
    }
    expect(getT("ar")("common:portalName")).not.toBe(getT("en")("common:portalName"));
  });

  it("asks i18next once per bare key, and every time when there are options", () => {
    const asked: unknown[][] = [];
    const inner = ((...a: unknown[]) => {
      asked.push(a);
      return `text ${String(a[0])} ${a.length}`;
    }) as unknown as T;
    const t = rememberingBareKeys(inner) as unknown as (...a: unknown[]) => unknown;
    expect(t("a:b")).toBe("text a:b 1");
    expect(t("a:b")).toBe("text a:b 1");
    expect(t("a:b", { count: 2 })).toBe("text a:b 2");
    expect(t("a:b", { count: 2 })).toBe("text a:b 2");
    expect(asked).toEqual([["a:b"], ["a:b", { count: 2 }], ["a:b", { count: 2 }]]);
  });

  it("stops remembering at its limit, and still answers", () => {
    let asked = 0;
    const inner = ((k: string) => {
      asked++;
      return k.toUpperCase();
    }) as unknown as T;
    const t = rememberingBareKeys(inner, 2) as unknown as (k: string) => string;
    for (const k of ["a", "b", "c", "a", "b", "c"]) expect(t(k)).toBe(k.toUpperCase());
    expect(asked).toBe(4); // a, b remembered; c asked both times
  });
});
