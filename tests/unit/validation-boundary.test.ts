import { describe, expect, it } from "vitest";
import { MAX_PAGE, controlCharField, pageParam, zRequiredText } from "@/lib/validation";

describe("pageParam: the one parser of ?page=", () => {
  it.each([
    ["99999999999999999999999999", MAX_PAGE],
    ["1e309", 1],
    ["-1", 1],
    ["0", 1],
    ["abc", 1],
    ["0x10", 1],
    ["", 1],
    [undefined, 1],
    [["3", "4"], 3],
    ["٣", 3],
    [" 7 ", 7],
    ["007", 7],
  ])("%j → %d", (raw, page) => {
    expect(pageParam(raw)).toBe(page);
  });
});

describe("control characters never reach PostgreSQL", () => {
  it("finds the first field holding one, deep or in FormData", () => {
    expect(controlCharField({ a: "ok", b: { c: ["x", "y\u0000z"] } })).toBe("b.c.1");
    expect(controlCharField("a\u0000")).toBe("");
    expect(controlCharField({ note: "line 1\nline 2\ttab" })).toBeNull();
    const form = new FormData();
    form.set("description", "bad\u0000");
    expect(controlCharField(form)).toBe("description");
  });
  it("zRequiredText refuses NUL with a localized key", () => {
    const r = zRequiredText().safeParse("a\u0000b");
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.message).toBe("validation:controlChars");
  });
});
