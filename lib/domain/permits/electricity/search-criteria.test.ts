import { describe, expect, it } from "vitest";
import { fromZodError } from "@/lib/action-result";
import { withCheckDigit } from "@/lib/domain/identity/national-id";
import { criteriaOf, MAX_PAGE_SIZE, rangeInstants, ZPermitSearch } from "./search-criteria";

const purpose = "إيصال التيار لعداد جديد";
const errors = (input: Record<string, unknown>) => {
  const r = ZPermitSearch.safeParse(input);
  return r.success ? {} : fromZodError(r.error).fieldErrors;
};

describe("ZPermitSearch", () => {
  it("refuses a search with no criteria", () => {
    expect(errors({ purpose })).toEqual({ criteria: "permitsAfterIssue:search.errors.noCriteria" });
    expect(errors({ purpose, issuedFrom: "", issuedTo: "", planNo: " ", nationalId: "", number: "" })).toEqual({ criteria: "permitsAfterIssue:search.errors.noCriteria" });
  });
  it("requires a purpose", () => {
    expect(errors({ number: "P1000017" }).purpose).toBe("permitsAfterIssue:search.errors.purposeRequired");
    expect(errors({ number: "P1000017", purpose: "abc" }).purpose).toMatch(/purposeShort/);
  });
  it("accepts each of the four criteria alone", () => {
    expect(ZPermitSearch.safeParse({ purpose, issuedFrom: "2026-01-01", issuedTo: "2026-01-31" }).success).toBe(true);
    expect(ZPermitSearch.safeParse({ purpose, planNo: "2/145", districtId: "cm123abc" }).success).toBe(true);
    expect(ZPermitSearch.safeParse({ purpose, nationalId: withCheckDigit("108765432") }).success).toBe(true);
    expect(ZPermitSearch.safeParse({ purpose, number: "p1000017" }).data?.number).toBe("P1000017");
  });
  it("refuses a range over one year, a reversed range and half a range", () => {
    expect(errors({ purpose, issuedFrom: "2025-01-01", issuedTo: "2026-01-02" }).issuedTo).toBe("permitsAfterIssue:search.errors.rangeTooLong?max=366");
    expect(errors({ purpose, issuedFrom: "2024-01-01", issuedTo: "2024-12-31" })).toEqual({}); // 366 days of a leap year
    expect(errors({ purpose, issuedFrom: "2026-02-01", issuedTo: "2026-01-01" }).issuedTo).toBe("permitsAfterIssue:search.errors.rangeReversed");
    expect(errors({ purpose, issuedFrom: "2026-02-01" }).issuedTo).toBe("permitsAfterIssue:search.errors.rangeBoth");
    expect(errors({ purpose, issuedFrom: "2026-02-30", issuedTo: "2026-03-01" }).issuedFrom).toBe("permitsAfterIssue:search.errors.dateFormat");
  });
  it("plan number needs its district, and the other way round; plan formats are checked", () => {
    expect(errors({ purpose, planNo: "145" }).districtId).toBe("permitsAfterIssue:search.errors.districtRequired");
    expect(errors({ purpose, districtId: "cm123abc" }).planNo).toBe("permitsAfterIssue:search.errors.planRequired");
    expect(errors({ purpose, planNo: "14 5;drop", districtId: "cm123abc" }).planNo).toBe("permitsAfterIssue:search.errors.planFormat");
  });
  it("refuses an invalid national ID and a badly formed permit number", () => {
    expect(errors({ purpose, nationalId: "1234567890" }).nationalId).toBe("validation:nationalId");
    expect(errors({ purpose, number: "12;34" }).number).toBe("permitsAfterIssue:search.errors.numberFormat");
  });
  it("pages: defaults, Arabic digits, an oversized page size is refused", () => {
    const ok = ZPermitSearch.parse({ purpose, number: "P1000017", page: "٢" });
    expect(ok.page).toBe(2);
    expect(ok.pageSize).toBe(20);
    expect(errors({ purpose, number: "P1000017", pageSize: String(MAX_PAGE_SIZE + 1) }).pageSize).toBe(`permitsAfterIssue:search.errors.pageSizeTooLarge?max=${MAX_PAGE_SIZE}`);
    expect(errors({ purpose, number: "P1000017", pageSize: "0" }).pageSize).toBe("permitsAfterIssue:search.errors.integer");
    expect(errors({ purpose, number: "P1000017", pageSize: "abc" }).pageSize).toBe("permitsAfterIssue:search.errors.integer");
  });
  it("criteriaOf keeps only what was given; rangeInstants covers whole Riyadh days", () => {
    expect(criteriaOf(ZPermitSearch.parse({ purpose, number: "P1000017" }))).toEqual({ number: "P1000017" });
    const r = rangeInstants("2026-01-01", "2026-01-31");
    expect(r.gte.toISOString()).toBe("2025-12-31T21:00:00.000Z");
    expect(r.lt.toISOString()).toBe("2026-01-31T21:00:00.000Z");
  });
});
