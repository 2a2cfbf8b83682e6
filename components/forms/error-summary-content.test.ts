import { describe, expect, it } from "vitest";
import { errorSummaryContent, fieldErrorText } from "@/components/forms/error-summary-content";
import { getT } from "@/lib/i18n/server";
import arCommon from "@/locales/ar/common.json";
import arValidation from "@/locales/ar/validation.json";

const t = getT("ar");

describe("errorSummaryContent (the one text of both error summaries)", () => {
  it("says nothing when there is no error", () => {
    expect(errorSummaryContent(t, [["nationalId", undefined]], undefined, {})).toEqual({ title: null, items: [] });
  });

  it("titles field errors with the request to correct, each with its label and the field's own message", () => {
    const { title, items } = errorSummaryContent(t, [["nationalId", "validation:required"], ["note", undefined]], undefined, { nationalId: "رقم الهوية" });
    expect(title).toBe(arCommon.form.errorSummaryTitle);
    expect(items).toEqual([{ name: "nationalId", label: "رقم الهوية", message: arValidation.requiredField.nationalId }]);
  });

  it("titles with the form's own error when there is one, even without field errors", () => {
    const { title, items } = errorSummaryContent(t, [], "validation:required", {});
    expect(title).toBe(arValidation.required);
    expect(items).toEqual([]);
  });
});

describe("fieldErrorText (the message under a server-rendered field)", () => {
  it("says what the summary says: the field's own request, not the generic «required»", () => {
    expect(fieldErrorText(t, "billNumber", "validation:required")).toBe(arValidation.requiredField.billNumber);
    expect(fieldErrorText(t, "billNumber", "validation:required")).not.toBe(arValidation.required);
    const { items } = errorSummaryContent(t, [["billNumber", "validation:required"]], undefined, {});
    expect(items[0]?.message).toBe(fieldErrorText(t, "billNumber", "validation:required"));
  });

  it("passes other messages through, and has nothing to say without one", () => {
    expect(fieldErrorText(t, "billNumber", "validation:nationalId")).toBe(arValidation.nationalId);
    expect(fieldErrorText(t, "billNumber", undefined)).toBeUndefined();
  });
});
