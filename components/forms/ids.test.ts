import { describe, expect, it } from "vitest";
import { fieldId } from "@/components/forms/ids";

describe("fieldId", () => {
  it("is derived from the field's name (stable across renders and server/browser), scoped by a prefix", () => {
    expect(fieldId("note")).toBe("field-note");
    expect(fieldId("note", "action-reject")).toBe("field-action-reject-note");
    expect(fieldId("answers.fireExtinguishers")).toBe("field-answers-fireExtinguishers");
    expect(fieldId("note", "a")).not.toBe(fieldId("note", "b"));
  });
});
