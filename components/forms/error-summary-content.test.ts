import { describe, expect, it } from "vitest";
import { errorSummaryContent } from "@/components/forms/error-summary-content";
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
