import { describe, expect, it, vi } from "vitest";
import { fromError } from "@/lib/action-result";

describe("server actions during a database outage", () => {
  it("answer the localized 'temporarily unavailable' form error, not the internal one", () => {
    vi.spyOn(console, "error").mockImplementation(() => {});
    const outage = Object.assign(new Error("Invalid `db.bill.findFirst()` invocation:\n\nCan't reach database server at 127.0.0.1:54329"), { code: "P1001" });
    expect(fromError(outage)).toEqual({ ok: false, formError: "errors:UNAVAILABLE" });
    expect(fromError(new Error("a bug"))).toEqual({ ok: false, formError: "errors:INTERNAL" });
  });
});
