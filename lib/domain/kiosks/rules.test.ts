import { describe, expect, it } from "vitest";
import { canPrint, kioskBankTxnId, kioskHealth, maskMobile, sessionAlive, sessionExpiry, SESSION_IDLE_LIMIT_SECONDS, SESSION_MAX_MINUTES } from "@/lib/domain/kiosks/rules";
import { deviceCodeOf, deviceKeyFromHeader, generateDeviceKey, hashDeviceKey, keyMatches } from "@/lib/domain/kiosks/device-key";

const now = new Date("2026-12-03T09:00:00Z");
const ago = (s: number) => new Date(now.getTime() - s * 1000);

describe("kiosk sessions", () => {
  const fresh = { endedAt: null, expiresAt: sessionExpiry(ago(10)), lastActiveAt: ago(10) };
  it("live while touched, ended, idle on the server or past the hard limit: not", () => {
    expect(sessionAlive(fresh, now)).toBe(true);
    expect(sessionAlive({ ...fresh, endedAt: ago(1) }, now)).toBe(false);
    expect(sessionAlive({ ...fresh, lastActiveAt: ago(SESSION_IDLE_LIMIT_SECONDS) }, now)).toBe(false);
    expect(sessionAlive({ ...fresh, lastActiveAt: ago(SESSION_IDLE_LIMIT_SECONDS - 1) }, now)).toBe(true);
    expect(sessionAlive({ ...fresh, expiresAt: ago(0) }, now)).toBe(false);
    expect(sessionExpiry(now).getTime() - now.getTime()).toBe(SESSION_MAX_MINUTES * 60_000);
  });
});

describe("kiosk health on the fleet page", () => {
  const base = { status: "ACTIVE" as const, lastSeenAt: ago(30), paperState: "OK" as const, printerState: "OK" as const };
  it.each([
    [base, "ONLINE"],
    [{ ...base, status: "DISABLED" as const }, "DISABLED"],
    [{ ...base, lastSeenAt: null }, "OFFLINE"],
    [{ ...base, lastSeenAt: ago(181) }, "OFFLINE"],
    [{ ...base, paperState: "OUT" as const }, "NEEDS_PAPER"],
    [{ ...base, paperState: "LOW" as const }, "ONLINE"],
    [{ ...base, printerState: "ERROR" as const }, "PRINTER_FAULT"],
  ])("%o → %s", (k, expected) => expect(kioskHealth(k, now)).toBe(expected));

  it("prints only with paper and a working printer", () => {
    expect(canPrint({ paperState: "OK", printerState: "OK" })).toBe(true);
    expect(canPrint({ paperState: null, printerState: null })).toBe(true);
    expect(canPrint({ paperState: "OUT", printerState: "OK" })).toBe(false);
    expect(canPrint({ paperState: "LOW", printerState: "OFFLINE" })).toBe(false);
  });
});

describe("device keys", () => {
  it("names its kiosk, is stored only as a hash, and matches only itself", () => {
    const { key, hash } = generateDeviceKey("AHS-K09");
    expect(deviceCodeOf(key)).toBe("AHS-K09");
    expect(hash).toBe(hashDeviceKey(key));
    expect(hash).not.toContain(key.slice(12));
    expect(keyMatches(key, hash)).toBe(true);
    expect(keyMatches(`${key.slice(0, -1)}${key.endsWith("A") ? "B" : "A"}`, hash)).toBe(false);
    expect(generateDeviceKey("AHS-K09").key).not.toBe(key);
  });
  it("refuses malformed keys before any lookup", () => {
    expect(deviceCodeOf("")).toBeNull();
    expect(deviceCodeOf("kio_AHS-K01_short")).toBeNull();
    expect(deviceCodeOf("amk_labor0_demo-labor-office-key-2026")).toBeNull();
    expect(deviceKeyFromHeader("Kiosk abc")).toBe("abc");
    expect(deviceKeyFromHeader("Bearer abc")).toBeNull();
    expect(deviceKeyFromHeader(null)).toBeNull();
  });
  it("a payment attempt's bank transaction id is fixed by its reference; mobiles are masked", () => {
    expect(kioskBankTxnId("KP00012345")).toBe("KIOSK-KP00012345");
    expect(maskMobile("966507770001")).toBe("•••• ••01");
  });
});
