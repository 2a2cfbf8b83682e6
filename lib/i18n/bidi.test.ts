import { describe, expect, it } from "vitest";
import { isolateLtr, isolateLtrRuns, isolateParams, LRI, looksLtr, marker, PDI, splitLtrRuns, splitMarked, stripBidiControls } from "@/lib/i18n/bidi";
import { createI18n } from "@/lib/i18n/instance";
import { renderSms } from "@/lib/domain/notifications/templates";

describe("bidi isolation of identifiers", () => {
  it("tells identifiers from words", () => {
    expect(looksLtr("0009 9900 13")).toBe(true);
    expect(looksLtr("C10000012")).toBe(true);
    expect(looksLtr("050 123 4567")).toBe(true);
    expect(looksLtr("مطعم ركن الشرق")).toBe(false);
    expect(looksLtr("٣ أيام")).toBe(false);
    expect(looksLtr("—")).toBe(false);
  });

  it("wraps a value in LRI … PDI once", () => {
    expect(isolateLtr("0009 9900 13")).toBe(`${LRI}0009 9900 13${PDI}`);
    expect(isolateLtr(isolateLtr("A1"))).toBe(`${LRI}A1${PDI}`);
    expect(stripBidiControls(isolateLtr("A1"))).toBe("A1");
  });

  it("isolates the SMS params that could be reordered, not single runs, Arabic text nor counts", () => {
    expect(isolateParams({ billNumber: "0009 9900 13", mobile: "050 123 4567", code: "B-1042", reference: "C10000012", otp: "123456", amount: "1,050.50", tradeName: "مطعم ركن الشرق", days: 7 })).toEqual({
      billNumber: `${LRI}0009 9900 13${PDI}`,
      mobile: `${LRI}050 123 4567${PDI}`,
      code: `${LRI}B-1042${PDI}`,
      reference: "C10000012",
      otp: "123456",
      amount: "1,050.50",
      tradeName: "مطعم ركن الشرق",
      days: 7,
    });
  });

  it("cuts a translated sentence at its value markers, in order", () => {
    const sentence = `أدخل رقم الفاتورة ${marker(0)} ثم رمز ${marker(1)}.`;
    expect(splitMarked(sentence)).toEqual([{ text: "أدخل رقم الفاتورة " }, { slot: 0 }, { text: " ثم رمز " }, { slot: 1 }, { text: "." }]);
    expect(splitMarked(marker(0))).toEqual([{ slot: 0 }]);
    expect(splitMarked("بلا قيم")).toEqual([{ text: "بلا قيم" }]);
  });

  it("finds the left-to-right runs of an Arabic sentence (a grouped number is one run)", () => {
    expect(splitLtrRuns("عشرة أرقام، مثل 1000 0012 37.")).toEqual([
      { text: "عشرة أرقام، مثل ", ltr: false },
      { text: "1000 0012 37", ltr: true },
      { text: ".", ltr: false },
    ]);
    expect(splitLtrRuns("رقم الهيئة، مثل SCFHS-19-R-0048213.").map((p) => p.text)).toEqual(["رقم الهيئة، مثل ", "SCFHS-19-R-0048213", "."]);
    // English sentences are left as they are.
    expect(splitLtrRuns("Ten digits, e.g. 1000 0012 37.")).toEqual([{ text: "Ten digits, e.g. 1000 0012 37.", ltr: false }]);
    expect(isolateLtrRuns("مثل 050 123 4567")).toBe(`مثل ${LRI}050 123 4567${PDI}`);
  });

  it("an Arabic SMS keeps a grouped bill number as one isolated run; the English SMS is unchanged", () => {
    const ar = renderSms("billIssued", { billNumber: "0009 9900 13", amount: "300.00", dueDate: "2026/12/20" }, "ar");
    expect(ar).toContain(`${LRI}0009 9900 13${PDI}`);
    expect(ar).toContain("صدرت فاتورة رقم");
    const en = renderSms("billIssued", { billNumber: "0009 9900 13", amount: "300.00", dueDate: "2026/12/20" }, "en");
    expect(en).not.toMatch(/[\u2066-\u2069]/);
    expect(en).toContain("0009 9900 13");
  });
});

describe("Arabic number agreement (i18next plurals, Intl rules for ar)", () => {
  const ar = createI18n("ar");
  const en = createI18n("en");
  const t = (i: ReturnType<typeof createI18n>, k: string, o: object) => (i.t as unknown as (k: string, o: object) => string)(k, o);

  it("counts characters with the noun each number takes", () => {
    expect(t(ar, "validation:tooShort", { minimum: "20" })).toBe("يجب ألا يقل عن 20 حرفًا.");
    expect(t(ar, "validation:tooShort", { minimum: "5" })).toBe("يجب ألا يقل عن 5 أحرف.");
    expect(t(ar, "validation:tooShort", { minimum: "2" })).toBe("يجب ألا يقل عن حرفين.");
    expect(t(ar, "validation:tooLong", { maximum: "2000" })).toBe("يجب ألا يزيد عن 2000 حرف.");
    expect(t(ar, "validation:tooLong", { maximum: "100" })).toBe("يجب ألا يزيد عن 100 حرف.");
    expect(t(en, "validation:tooShort", { minimum: "20" })).toBe("Must be at least 20 characters.");
  });

  it("counts minutes and days", () => {
    expect(t(ar, "auth:errors.rateLimited", { minutes: "1" })).toContain("بعد دقيقة واحدة.");
    expect(t(ar, "auth:errors.rateLimited", { minutes: "15" })).toContain("بعد 15 دقيقة.");
    expect(t(ar, "auth:errors.rateLimited", { minutes: "3" })).toContain("بعد 3 دقائق.");
    expect(t(ar, "licensing:errors.renewalNotOpen", { days: "60" })).toContain("بـ 60 يومًا.");
  });
});
