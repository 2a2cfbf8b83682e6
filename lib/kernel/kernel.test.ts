import { describe, expect, it } from "vitest";
import { z } from "@/lib/validation";
import { insideSaudiArabia } from "@/lib/kernel/geo";
import { refineInSaudiArabia, zCoordinate, zOptionalCoordinate } from "@/lib/kernel/geo-schemas";
import { localName, localText } from "@/lib/kernel/locale";
import { toLatinDigits } from "@/lib/kernel/digits";

describe("geo", () => {
  it("accepts points in the Kingdom and refuses others", () => {
    expect(insideSaudiArabia(26.43, 50.1)).toBe(true);
    expect(insideSaudiArabia(51.5, -0.12)).toBe(false);
  });
  it("parses typed coordinates (Arabic-Indic digits, Arabic decimal separator) and tells empty from malformed", () => {
    const c = zCoordinate("x:format");
    expect(c.parse("٢٦٫٤٣٣١")).toBe(26.4331);
    expect(c.safeParse("").error?.issues[0]?.message).toBe("validation:required");
    expect(c.safeParse("north").error?.issues[0]?.message).toBe("x:format");
    expect(zOptionalCoordinate("x:format").parse("")).toBeUndefined();
  });
  it("puts the outside-the-Kingdom error on both fields", () => {
    const s = z.object({ latitude: z.number(), longitude: z.number() }).superRefine(refineInSaudiArabia);
    const r = s.safeParse({ latitude: 48.85, longitude: 2.35 });
    expect(r.error?.issues.map((i) => [i.path.join("."), i.message])).toEqual([["latitude", "validation:coordinates"], ["longitude", "validation:coordinates"]]);
    expect(s.safeParse({ latitude: 24.7, longitude: 46.7 }).success).toBe(true);
  });
});

describe("locale", () => {
  const m = { nameAr: "الدمام", nameEn: "Dammam", titleAr: "عنوان", titleEn: null };
  it("picks the reader's language, English falling back to Arabic", () => {
    expect(localName("ar", m)).toBe("الدمام");
    expect(localName("en", m)).toBe("Dammam");
    expect(localText("en", m, "title")).toBe("عنوان");
    expect(localName("en", null)).toBe("—");
    expect(localName("ar", undefined, "")).toBe("");
  });
  it("converts Arabic-Indic digits", () => {
    expect(toLatinDigits("٠١٢٣٤٥٦٧٨٩ ۰۱۲۳۴۵۶۷۸۹")).toBe("0123456789 0123456789");
  });
});
