import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { PlainField } from "@/components/forms/plain-field";
import { PlainSelect } from "@/components/forms/plain-select";

describe("PlainSelect / PlainField (forms that work without JavaScript)", () => {
  it("posts under its name, is labelled by the kit's stable id, and keeps the chosen value", () => {
    const options = [{ value: "COMMERCIAL", label: "Commercial" }, { value: "HEALTH", label: "Health" }];
    const html = renderToStaticMarkup(createElement(PlainSelect, { name: "kind", idPrefix: "queue", label: "Kind", placeholder: "All", defaultValue: "HEALTH", options }));
    expect(html).toContain('<label for="field-queue-kind"');
    expect(html).toMatch(/<select id="field-queue-kind"[^>]* name="kind"/);
    expect(html).toMatch(/<option value="">All<\/option>/);
    expect(html).toMatch(/<option value="HEALTH" selected="">Health<\/option>/);
    expect(html).not.toContain("aria-invalid");
  });

  it("wires an error and a hint to the control", () => {
    const html = renderToStaticMarkup(createElement(PlainSelect, { name: "m", label: "Municipality", hint: "Pick one", error: "Required", options: [] }));
    expect(html).toContain('aria-invalid="true"');
    expect(html).toContain('aria-describedby="field-m-hint field-m-error"');
    expect(html).toContain('<p id="field-m-error"');
  });

  it("PlainField takes the same prefix (two filter forms may share field names)", () => {
    const html = renderToStaticMarkup(createElement(PlainField, { name: "q", idPrefix: "filter", label: "Search", defaultValue: "abc" }));
    expect(html).toContain('<label for="field-filter-q"');
    expect(html).toMatch(/<input id="field-filter-q"[^>]* name="q"/);
    expect(html).toContain('value="abc"');
  });
});
