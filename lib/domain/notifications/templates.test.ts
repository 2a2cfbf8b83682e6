import { describe, expect, it } from "vitest";
import { SMS_TEMPLATES, renderSms, templateParams } from "@/lib/domain/notifications/templates";

describe("SMS templates", () => {
  it("render in Arabic and English with their parameters", () => {
    const params = { billNumber: "B-1042", amount: "350.00", dueDate: "2025-07-01" };
    const ar = renderSms("billIssued", params, "ar");
    // Identifiers are isolated left-to-right runs inside the Arabic sentence (U+2066 … U+2069, lib/i18n/bidi.ts).
    expect(ar).toContain("صدرت فاتورة رقم \u2066B-1042\u2069");
    expect(ar).toContain("350.00 ريال");
    expect(renderSms("billIssued", params, "en")).toContain("Bill no. B-1042 for SAR 350.00");
  });

  it("leave no placeholder unfilled and do not HTML-escape (SMS is plain text)", () => {
    const body = renderSms("applicationStatus", { number: "A-7", status: "مقبول <نهائي> & معتمد" }, "ar");
    expect(body).not.toMatch(/\{\{|\}\}/);
    expect(body).toContain("مقبول <نهائي> & معتمد");
  });

  it("refuse to render with a missing parameter", () => {
    expect(() => renderSms("otp", {}, "ar")).toThrow(/missing params: code/);
    expect(() => renderSms("billIssued", { billNumber: "B-1", amount: "", dueDate: "x" }, "en")).toThrow(/amount/);
  });

  it("refuse an unknown template", () => {
    expect(() => renderSms("nope" as never, {}, "ar")).toThrow(/Unknown SMS template/);
  });

  it("need the same parameters in both languages", () => {
    for (const t of SMS_TEMPLATES) {
      expect(templateParams(t, "en").sort(), t).toEqual(templateParams(t, "ar").sort());
    }
  });

  it("stay short enough for a few SMS segments", () => {
    // Arabic SMS are UCS-2: 70 characters per segment (67 when concatenated). Keep every body ≤ 3 segments.
    for (const t of SMS_TEMPLATES) {
      const params = Object.fromEntries(templateParams(t, "ar").map((p) => [p, "XXXXXXXXXX"]));
      expect(renderSms(t, params, "ar").length, t).toBeLessThanOrEqual(201);
    }
  });
});
