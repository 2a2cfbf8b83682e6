import { describe, expect, it } from "vitest";
import { readGuestToken, signGuestToken } from "@/lib/auth/guest-token";

const SECRET = "a-test-secret-of-enough-length";
const now = new Date("2026-03-01T10:00:00Z");
const exp = Math.floor(now.getTime() / 1000) + 600;

describe("guest tokens", () => {
  it("reads back what was signed", () => {
    const t = signGuestToken({ k: "vm", m: "966501234567", exp }, SECRET);
    expect(readGuestToken(t, "vm", SECRET, now)).toEqual({ k: "vm", m: "966501234567", exp });
  });

  it("refuses a tampered payload, another secret, another kind and an expired token", () => {
    const t = signGuestToken({ k: "vm", m: "966501234567", exp }, SECRET);
    const [, sig] = t.split(".");
    const forged = `${Buffer.from(JSON.stringify({ k: "vm", m: "966559999999", exp })).toString("base64url")}.${sig}`;
    expect(readGuestToken(forged, "vm", SECRET, now)).toBeNull();
    expect(readGuestToken(t, "vm", "another-secret-of-enough-length", now)).toBeNull();
    expect(readGuestToken(t, "ct", SECRET, now)).toBeNull();
    expect(readGuestToken(t, "vm", SECRET, new Date(now.getTime() + 601_000))).toBeNull();
    expect(readGuestToken(undefined, "vm", SECRET, now)).toBeNull();
    expect(readGuestToken("garbage", "vm", SECRET, now)).toBeNull();
  });
});
