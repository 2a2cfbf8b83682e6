import { describe, expect, it } from "vitest";
import { iso } from "../../scripts/lib/scale-data";

describe("the scale generator's timestamp formatting", () => {
  it("writes exactly what toISOString writes, across days, hours and milliseconds", () => {
    const start = Date.UTC(2022, 0, 1);
    // A prime step in milliseconds walks every position of the clock over several years, leap day included.
    // One expect over the mismatches, not 200,000 expects: the matchers cost seconds on a busy 2-core machine.
    const mismatches: string[] = [];
    for (let ms = start, k = 0; k < 200_000; k++, ms += 7_919_993) {
      if (iso(ms) !== new Date(ms).toISOString()) mismatches.push(`${ms}: ${iso(ms)} ≠ ${new Date(ms).toISOString()}`);
    }
    expect(mismatches.slice(0, 5)).toEqual([]);
    for (const ms of [0, Date.UTC(2024, 1, 29, 23, 59, 59, 999), Date.UTC(2026, 11, 31, 0, 0, 0, 1), Date.UTC(2026, 11, 31, 23, 59, 59, 999) + 1]) {
      expect(iso(ms)).toBe(new Date(ms).toISOString());
    }
  });
});
