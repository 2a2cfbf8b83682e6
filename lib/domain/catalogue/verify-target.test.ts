import { describe, expect, it } from "vitest";
import { verifyTarget } from "@/lib/domain/catalogue/verify-target";

describe("verifyTarget", () => {
  it("leads a kind and a printed code to the page the QR code opens", () => {
    expect(verifyTarget("license", "AbC123xyz")).toEqual({ ok: true, path: "/verify/license/AbC123xyz" });
    expect(verifyTarget("health-certificate", " hc-42 77 ")).toEqual({ ok: true, path: "/verify/health-certificate/hc-4277" });
    expect(verifyTarget("receipt", "R_9999")).toEqual({ ok: true, path: "/verify/receipt/R_9999" });
  });

  it("shows the empty form first, and refuses a missing or malformed code", () => {
    expect(verifyTarget(undefined, undefined)).toEqual({ ok: false, error: null });
    expect(verifyTarget("license", "")).toEqual({ ok: false, error: "code" });
    expect(verifyTarget("license", "../../etc")).toEqual({ ok: false, error: "code" });
    expect(verifyTarget("nonsense", "ABCD1234")).toEqual({ ok: true, path: "/verify/license/ABCD1234" });
  });
});
