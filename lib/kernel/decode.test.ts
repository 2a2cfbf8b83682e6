import { describe, expect, it } from "vitest";
import { safeDecodeURIComponent } from "./decode";

describe("safeDecodeURIComponent", () => {
  it("decodes valid percent-encoding, Arabic included", () => {
    expect(safeDecodeURIComponent("TRX%2DE2E")).toBe("TRX-E2E");
    expect(safeDecodeURIComponent("%D8%B1%D8%AE%D8%B5%D8%A9")).toBe("رخصة");
  });
  it("returns bad percent-encoding as it came instead of throwing", () => {
    expect(safeDecodeURIComponent("%E0%A4%A")).toBe("%E0%A4%A");
    expect(safeDecodeURIComponent("100%")).toBe("100%");
  });
});
