import { describe, expect, it } from "vitest";
import { parseMessageKey, withParams } from "@/lib/i18n/message-key";

describe("message keys", () => {
  it("a key without parameters stays bare both ways", () => {
    expect(withParams("errors:INTERNAL")).toBe("errors:INTERNAL");
    expect(withParams("errors:INTERNAL", {})).toBe("errors:INTERNAL");
    expect(parseMessageKey("errors:INTERNAL")).toEqual(["errors:INTERNAL", {}]);
  });

  it("parameters survive the round trip, Arabic text, '&', '=' and '?' included", () => {
    const params = { name: "مكتب الريادة & شركاه", expr: "a=b?c", count: 3 };
    const key = withParams("supervision:team.removeConfirm", params);
    expect(key.split("?")).toHaveLength(2); // the parameters' own '?' is encoded
    expect(parseMessageKey(key)).toEqual(["supervision:team.removeConfirm", { name: "مكتب الريادة & شركاه", expr: "a=b?c", count: "3" }]);
  });
});
