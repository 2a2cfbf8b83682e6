import { describe, expect, it } from "vitest";
import { REDACTED, redact } from "@/lib/domain/audit/redact";

describe("redact", () => {
  it("replaces secrets at any depth and keeps everything else", () => {
    const input = {
      id: "u1",
      username: "admin",
      passwordHash: "$argon2id$v=19$...",
      profile: { resetToken: "abc", accessToken: "def", mobile: "966512345678" },
      keys: [{ apiKey: "k-1", name: "Zakat" }],
      clientSecret: "s",
    };
    expect(redact(input)).toEqual({
      id: "u1",
      username: "admin",
      passwordHash: REDACTED,
      profile: { resetToken: REDACTED, accessToken: REDACTED, mobile: "966512345678" },
      keys: [{ apiKey: REDACTED, name: "Zakat" }],
      clientSecret: REDACTED,
    });
  });

  it("matches secret keys case-insensitively but not look-alikes", () => {
    expect(redact({ PASSWORD: "x", Token: "y", tokenizer: "keep", passwordChangedAt: "keep" })).toEqual({
      PASSWORD: REDACTED,
      Token: REDACTED,
      tokenizer: "keep",
      passwordChangedAt: "keep",
    });
  });

  it("does not mutate its input", () => {
    const input = { passwordHash: "h", nested: { token: "t" } };
    redact(input);
    expect(input).toEqual({ passwordHash: "h", nested: { token: "t" } });
  });

  it("converts values JSON cannot hold", () => {
    const at = new Date("2025-01-02T03:04:05.000Z");
    expect(redact({ id: 12n, at, fn: () => 1, none: undefined, empty: null })).toEqual({
      id: "12",
      at: "2025-01-02T03:04:05.000Z",
      empty: null,
    });
    expect(redact(undefined)).toBeNull();
    expect(redact("plain")).toBe("plain");
    expect(redact([1, undefined, "a"])).toEqual([1, null, "a"]);
  });

  it("survives cycles but writes shared (non-cyclic) references in full", () => {
    const shared = { name: "x" };
    const cyclic: Record<string, unknown> = { a: shared, b: shared };
    cyclic.self = cyclic;
    expect(redact(cyclic)).toEqual({ a: { name: "x" }, b: { name: "x" }, self: "[Circular]" });
  });
});
