import { describe, expect, it } from "vitest";
import { isDatabaseUnavailable } from "@/lib/db-availability";

describe("isDatabaseUnavailable", () => {
  it("recognises Prisma's unreachable-server errors and the adapter's causes", () => {
    expect(isDatabaseUnavailable(Object.assign(new Error("Can't reach database server at 127.0.0.1:5432"), { code: "P1001" }))).toBe(true);
    expect(isDatabaseUnavailable(Object.assign(new Error("x"), { code: "P2010", meta: { driverAdapterError: { cause: { kind: "ConnectionClosed" } } } }))).toBe(true);
    expect(isDatabaseUnavailable(Object.assign(new Error("x"), { cause: Object.assign(new Error("connect"), { code: "ECONNREFUSED" }) }))).toBe(true);
  });
  it("recognises server-side shutdown / start-up SQLSTATEs", () => {
    expect(isDatabaseUnavailable({ code: "57P01", message: "terminating connection due to administrator command" })).toBe(true);
    expect(isDatabaseUnavailable({ code: "57P03", message: "the database system is starting up" })).toBe(true);
    expect(isDatabaseUnavailable({ code: "53300" })).toBe(true);
  });
  it("does not mistake bugs and data errors for an outage", () => {
    expect(isDatabaseUnavailable(new Error("Cannot read properties of undefined"))).toBe(false);
    expect(isDatabaseUnavailable(Object.assign(new Error("Unique constraint failed"), { code: "P2002" }))).toBe(false);
    expect(isDatabaseUnavailable({ code: "23505", message: "duplicate key" })).toBe(false);
    expect(isDatabaseUnavailable(undefined)).toBe(false);
  });
});
