import { describe, expect, it } from "vitest";
import { effectiveCertStatus, maskWorkerId, parseExamQuery } from "@/lib/domain/health-certs/status";

describe("effectiveCertStatus", () => {
  const now = new Date("2026-06-01T00:00:00Z");
  it("reads an issued certificate past its expiry as EXPIRED", () => {
    expect(effectiveCertStatus("ISSUED", new Date("2026-05-31T23:59:59Z"), now)).toBe("EXPIRED");
    expect(effectiveCertStatus("ISSUED", now, now)).toBe("EXPIRED");
  });
  it("keeps a valid one ISSUED and never changes the other statuses", () => {
    expect(effectiveCertStatus("ISSUED", new Date("2026-06-01T00:00:01Z"), now)).toBe("ISSUED");
    expect(effectiveCertStatus("REVOKED", new Date("2020-01-01"), now)).toBe("REVOKED");
    expect(effectiveCertStatus("REQUESTED", null, now)).toBe("REQUESTED");
    expect(effectiveCertStatus("UNFIT", null, now)).toBe("UNFIT");
  });
});

describe("maskWorkerId", () => {
  it("shows only the last four digits", () => {
    expect(maskWorkerId("2123456789")).toBe("••••••6789");
    expect(maskWorkerId("123")).toBe("123");
  });
});

describe("parseExamQuery", () => {
  it("recognizes a certificate number in any case, and Arabic-Indic digits", () => {
    expect(parseExamQuery(" h1000014 ")).toEqual({ number: "H1000014" });
    expect(parseExamQuery("H١٠٠٠٠١٤")).toEqual({ number: "H1000014" });
  });
  it("recognizes a national ID or iqama", () => {
    expect(parseExamQuery("2123456789")).toEqual({ workerNationalId: "2123456789" });
    expect(parseExamQuery("1087654321")).toEqual({ workerNationalId: "1087654321" });
  });
  it("refuses anything else", () => {
    expect(parseExamQuery("")).toBeNull();
    expect(parseExamQuery("3123456789")).toBeNull();
    expect(parseExamQuery("L10000011")).toBeNull();
    expect(parseExamQuery("' OR 1=1")).toBeNull();
  });
});
