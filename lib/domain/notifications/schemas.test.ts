import { describe, expect, it } from "vitest";
import { parseOutboxFilters, parseSmsLogFilters, ZRetryDead } from "@/lib/domain/notifications/schemas";

describe("notification page filters", () => {
  it("read good params", () => {
    expect(parseSmsLogFilters({ to: " 0512345678 ", page: "2" })).toEqual({ to: "0512345678", page: 2 });
    expect(parseOutboxFilters({ status: "DEAD", page: "3" })).toEqual({ status: "DEAD", page: 3 });
  });

  it("fall back to defaults on bad params", () => {
    expect(parseSmsLogFilters({ to: "", page: "zero" })).toEqual({ to: undefined, page: 1 });
    expect(parseSmsLogFilters({ to: "9".repeat(50), page: "-1" })).toEqual({ to: undefined, page: 1 });
    expect(parseOutboxFilters({ status: "dead; drop table", page: ["4", "5"] })).toEqual({ status: undefined, page: 4 });
    expect(parseOutboxFilters({})).toEqual({ status: undefined, page: 1 });
  });

  it("require a message id to retry", () => {
    expect(ZRetryDead.safeParse({ id: "  " }).success).toBe(false);
    expect(ZRetryDead.safeParse({}).success).toBe(false);
    expect(ZRetryDead.parse({ id: " abc " })).toEqual({ id: "abc" });
  });
});
