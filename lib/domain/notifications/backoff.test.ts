import { describe, expect, it } from "vitest";
import { MAX_ATTEMPTS, MAX_DELAY_MS, backoffMs, statusAfterFailure } from "@/lib/domain/notifications/backoff";

const mid = () => 0.5; // no jitter

describe("backoffMs", () => {
  it("doubles from 30 seconds", () => {
    expect([1, 2, 3, 4, 5, 6, 7].map((a) => backoffMs(a, mid))).toEqual([
      30_000, 60_000, 120_000, 240_000, 480_000, 960_000, 1_920_000,
    ]);
  });

  it("is capped at one hour, jitter included", () => {
    expect(backoffMs(8, mid)).toBe(MAX_DELAY_MS);
    expect(backoffMs(40, () => 0.999)).toBe(MAX_DELAY_MS);
    expect(backoffMs(1000, mid)).toBe(MAX_DELAY_MS);
  });

  it("adds ±20 % jitter", () => {
    expect(backoffMs(1, () => 0)).toBe(24_000);
    expect(backoffMs(1, () => 1)).toBe(36_000);
    const seen = new Set(Array.from({ length: 50 }, () => backoffMs(3)));
    expect(seen.size).toBeGreaterThan(1);
    for (const d of seen) {
      expect(d).toBeGreaterThanOrEqual(96_000);
      expect(d).toBeLessThanOrEqual(144_000);
    }
  });

  it("treats nonsense attempt counts as the first attempt", () => {
    expect(backoffMs(0, mid)).toBe(30_000);
    expect(backoffMs(-3, mid)).toBe(30_000);
  });
});

describe("statusAfterFailure", () => {
  it("retries until the attempts are spent, then stops", () => {
    expect(statusAfterFailure(1, false)).toBe("PENDING");
    expect(statusAfterFailure(MAX_ATTEMPTS - 1, false)).toBe("PENDING");
    expect(statusAfterFailure(MAX_ATTEMPTS, false)).toBe("DEAD");
  });

  it("stops at once on a permanent error", () => {
    expect(statusAfterFailure(1, true)).toBe("DEAD");
  });
});
