import { describe, expect, it } from "vitest";
import { isLoggedFailure, outageBackoffMs, OUTAGE_MAX_WAIT_MS, shortMessage } from "@/lib/jobs/outage-backoff";

describe("outage backoff", () => {
  it("doubles from the base and stops at 30 s", () => {
    expect([1, 2, 3, 4, 5, 6].map((n) => outageBackoffMs(n))).toEqual([1000, 2000, 4000, 8000, 16000, 30000]);
    expect(outageBackoffMs(500)).toBe(OUTAGE_MAX_WAIT_MS);
    expect(outageBackoffMs(0)).toBe(1000);
    expect(outageBackoffMs(3, 200)).toBe(800);
  });
  it("logs the 1st, 2nd, 4th, 8th… failure only", () => {
    const logged = Array.from({ length: 40 }, (_, i) => i + 1).filter(isLoggedFailure);
    expect(logged).toEqual([1, 2, 4, 8, 16, 32]);
    expect(isLoggedFailure(0)).toBe(false);
  });
  it("keeps the last line of a multi-line message", () => {
    expect(shortMessage(new Error("Invalid `db.x()` invocation\n\nCan't reach database server at 127.0.0.1:5"))).toBe("Can't reach database server at 127.0.0.1:5");
  });
});
