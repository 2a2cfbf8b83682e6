import { describe, expect, it } from "vitest";
import { idHolderKind, isValidNationalId, withCheckDigit } from "@/lib/domain/identity/national-id";
import { formatSaudiMobile, normalizeSaudiMobile } from "@/lib/domain/identity/mobile";

describe("national ID", () => {
  it("accepts IDs with a correct check digit", () => {
    expect(isValidNationalId("1087654321")).toBe(true);
    expect(isValidNationalId(withCheckDigit("212345678"))).toBe(true);
  });

  it("catches every single mistyped digit", () => {
    const id = withCheckDigit("108765432");
    for (let pos = 1; pos < 10; pos++) {
      for (let d = 0; d <= 9; d++) {
        const typo = id.slice(0, pos) + d + id.slice(pos + 1);
        if (typo !== id) expect(isValidNationalId(typo), typo).toBe(false);
      }
    }
  });

  it("refuses the wrong length, letters, and a first digit other than 1 or 2", () => {
    for (const bad of ["", "108765432", "10876543210", "3087654321", "10876543a1", " 1087654321"]) expect(isValidNationalId(bad), bad).toBe(false);
  });

  it("tells citizens from residents", () => {
    expect(idHolderKind("1087654321")).toBe("citizen");
    expect(idHolderKind("2123456788")).toBe("resident");
  });
});

describe("Saudi mobile", () => {
  it("normalizes the ways people type it", () => {
    for (const v of ["0501234567", "501234567", "+966501234567", "00966501234567", "050 123 4567", "٠٥٠١٢٣٤٥٦٧"]) expect(normalizeSaudiMobile(v), v).toBe("966501234567");
  });
  it("refuses landlines and short numbers", () => {
    for (const v of ["0138123456", "05012345", "0601234567", "abc"]) expect(normalizeSaudiMobile(v), v).toBeNull();
  });
  it("formats for display", () => {
    expect(formatSaudiMobile("966501234567")).toBe("050 123 4567");
  });
});
