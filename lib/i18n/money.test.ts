import { describe, expect, it } from "vitest";
import { formatAmount, formatHalalas } from "@/lib/i18n/money";

const plain = (s: string) => s.replace(/\u00a0/g, " ");

describe("formatHalalas", () => {
  it("shows riyals with two decimals and the currency of each language", () => {
    expect(plain(formatHalalas(125_000, "ar"))).toBe("1,250.00 ر.س");
    expect(plain(formatHalalas(125_000, "en"))).toBe("SAR 1,250.00");
    expect(plain(formatHalalas(5, "en"))).toBe("SAR 0.05");
    expect(plain(formatHalalas(0, "ar"))).toBe("0.00 ر.س");
  });

  it("never rounds through floating point", () => {
    expect(formatAmount(1_000_000_001, "en")).toBe("10,000,000.01");
    expect(formatAmount(29, "ar")).toBe("0.29");
    expect(formatAmount(1_234_567_891, "ar")).toBe("12,345,678.91");
  });

  it("keeps the sign of a negative difference", () => {
    expect(formatAmount(-150, "en")).toBe("-1.50");
  });

  it("refuses a fractional or unsafe number of halalas", () => {
    expect(() => formatHalalas(1.5, "ar")).toThrow(RangeError);
    expect(() => formatHalalas(Number.NaN, "en")).toThrow(RangeError);
  });
});
