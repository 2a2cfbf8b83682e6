import { describe, expect, it } from "vitest";
import { DEFAULT_AUDIT_PAGE_SIZE, parseAuditFilters } from "@/lib/domain/audit/schemas";

describe("parseAuditFilters", () => {
  it("reads good params", () => {
    const f = parseAuditFilters({
      entityType: " License ",
      action: "license.approve",
      actor: "admin",
      from: "2025-03-01",
      to: "2025-03-31",
      page: "3",
      pageSize: "20",
    });
    expect(f).toEqual({
      entityType: "License",
      action: "license.approve",
      actorQuery: "admin",
      from: new Date("2025-02-28T21:00:00.000Z"),
      to: new Date("2025-03-31T21:00:00.000Z"), // exclusive: the whole of 31 March in Riyadh
      page: 3,
      pageSize: 20,
    });
  });

  it("falls back to defaults for bad params instead of throwing", () => {
    const f = parseAuditFilters({
      entityType: "",
      action: ["a", "b"],
      actor: "x".repeat(500),
      from: "yesterday",
      to: "2025-02-30",
      page: "-4",
      pageSize: "1000000",
    });
    expect(f).toEqual({
      entityType: undefined,
      action: "a",
      actorQuery: undefined,
      from: undefined,
      to: undefined,
      page: 1,
      pageSize: DEFAULT_AUDIT_PAGE_SIZE,
    });
  });

  it("handles an empty query and garbage page numbers", () => {
    expect(parseAuditFilters({})).toMatchObject({ page: 1, pageSize: DEFAULT_AUDIT_PAGE_SIZE });
    expect(parseAuditFilters({ page: "2.5" }).page).toBe(1);
    expect(parseAuditFilters({ page: "abc" }).page).toBe(1);
    expect(parseAuditFilters({ page: "1e9" }).page).toBe(1);
  });
});
