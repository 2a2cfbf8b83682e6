import { describe, expect, it } from "vitest";
import { normalizeArabic, searchTerms, searchTextOf } from "@/lib/domain/catalogue/normalize";

describe("normalizeArabic", () => {
  it("folds the hamza forms of alef to a bare alef", () => {
    expect(normalizeArabic("إصدار")).toBe("اصدار");
    expect(normalizeArabic("أمانة")).toBe("امانه");
    expect(normalizeArabic("آلية")).toBe("اليه");
    expect(normalizeArabic("ٱلخدمة")).toBe("الخدمه");
  });

  it("folds taa marbuta to haa and alef maqsura to yaa", () => {
    expect(normalizeArabic("شهادة صحية")).toBe("شهاده صحيه");
    expect(normalizeArabic("مبنى")).toBe("مبني");
    expect(normalizeArabic("مستشفى")).toBe(normalizeArabic("مستشفي"));
  });

  it("drops diacritics and tatweel", () => {
    expect(normalizeArabic("رُخْصَةٌ")).toBe("رخصه");
    expect(normalizeArabic("بـــلاغ")).toBe("بلاغ");
    expect(normalizeArabic("قدّم")).toBe("قدم");
  });

  it("folds hamza on waw and yaa, and drops a lone hamza", () => {
    expect(normalizeArabic("مسؤول")).toBe("مسوول");
    expect(normalizeArabic("رئيس")).toBe("رييس");
    expect(normalizeArabic("إنشاء")).toBe("انشا");
    expect(normalizeArabic("انشاء")).toBe(normalizeArabic("إنشاء"));
  });

  it("reads Arabic-Indic digits as ASCII, lower-cases Latin text and collapses punctuation", () => {
    expect(normalizeArabic("رخصة ١٢٣")).toBe("رخصه 123");
    expect(normalizeArabic("Open311 — API")).toBe("open311 api");
    expect(normalizeArabic("  ،البلاغات؛  ")).toBe("البلاغات");
  });

  it("is idempotent", () => {
    for (const s of ["إصدار رخصة بناء", "الاستعلام عن المخالفات", "Shop license"]) {
      expect(normalizeArabic(normalizeArabic(s))).toBe(normalizeArabic(s));
    }
  });
});

describe("searchTerms", () => {
  it("splits a query into distinct normalized words", () => {
    expect(searchTerms("اصدار  رخصه  اصدار")).toEqual(["اصدار", "رخصه"]);
    expect(searchTerms("   ")).toEqual([]);
  });

  it("drops the definite article from a query word, so a name without it is found", () => {
    expect(searchTerms("الألواح الشمسية")).toEqual(["الواح", "شمسيه"]);
    expect(searchTerms("الحي")).toEqual(["الحي"]); // too short to be a word plus its article
    const text = searchTextOf({ code: "X", nameAr: "تصريح ألواح شمسية", nameEn: "", descriptionAr: "", descriptionEn: "", departmentAr: "", departmentEn: "" });
    expect(searchTerms("الألواح الشمسية").every((w) => text.includes(w))).toBe(true);
  });

  it("finds a service whose name has a hamza when the query has none (and the other way round)", () => {
    const text = searchTextOf({ code: "TRX-X", nameAr: "إصدار رخصة بناء", nameEn: "Issue a building permit", descriptionAr: "", descriptionEn: "", departmentAr: "", departmentEn: "" });
    for (const q of ["اصدار رخصة", "إصدار رخصه", "أصدار", "رُخصة بنـاء"]) {
      expect(searchTerms(q).every((w) => text.includes(w)), q).toBe(true);
    }
    expect(searchTerms("هدم").every((w) => text.includes(w))).toBe(false);
  });
});
