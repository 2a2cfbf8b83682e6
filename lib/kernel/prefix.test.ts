import { describe, expect, it } from "vitest";
import { prefixUpperBound } from "@/lib/kernel/prefix";

describe("prefixUpperBound", () => {
  it("increments the last digit or letter below its maximum and drops what follows", () => {
    expect(prefixUpperBound("C1000")).toBe("C1001");
    expect(prefixUpperBound("C1009")).toBe("C101");
    expect(prefixUpperBound("C99")).toBe("D");
    expect(prefixUpperBound("Z9")).toBeNull();
    expect(prefixUpperBound("")).toBeNull();
  });

  it("bounds exactly the strings with the prefix", () => {
    const refs = ["C1008", "C10090", "C10095", "C1009", "C1010", "C100", "C10099999"];
    const p = "C1009";
    const upper = prefixUpperBound(p)!;
    const inRange = refs.filter((r) => r >= p && r < upper).sort();
    expect(inRange).toEqual(refs.filter((r) => r.startsWith(p)).sort());
  });
});
