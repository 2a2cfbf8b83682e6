import { describe, expect, it } from "vitest";
import { badRequestTarget, rawTarget } from "@/lib/http/input-boundary";

describe("badRequestTarget", () => {
  it.each([
    ["/ar/verify/license/%zz", "path-encoding"],
    ["/ar/verify/license/%ED%A0%80", "path-encoding"],
    ["/ar/verify/license/%C0%AE", "path-encoding"],
    ["/ar/verify/license/%E0%A4%A", "path-encoding"],
    ["/ar/offices/a%00b", "path-nul"],
    ["/api/files/%00", "path-nul"],
    ["/api/files/%1f", "path-nul"],
  ])("refuses the path %s", (path, reason) => {
    expect(badRequestTarget(path, "")).toBe(reason);
  });

  it.each([["?q=%00"], ["?service_code=%00"], ["?%00=1"], ["?a=1&q=x%00y"]])("refuses the query %s", (search) => {
    expect(badRequestTarget("/ar/staff/violations", search)).toBe("query-nul");
  });

  it("refuses a query that is not valid percent-encoding", () => {
    expect(badRequestTarget("/ar/offices", "?q=%zz")).toBe("query-encoding");
  });

  it.each([
    ["/ar/verify/license/LIC-2026-ABC", ""],
    ["/ar/offices/%D9%85%D9%83%D8%AA%D8%A8", "?q=%D8%A7%D9%84%D8%B1%D9%8A%D8%A7%D8%B6+%D8%B4%D9%85%D8%A7%D9%84"],
    ["/ar/my/bills", "?page=2&q=a%20b%0Ac"],
    ["/", ""],
  ])("lets good input through: %s%s", (path, search) => {
    expect(badRequestTarget(path, search)).toBeNull();
  });
});

describe("rawTarget", () => {
  it("keeps the path exactly as sent", () => {
    expect(rawTarget("http://localhost:3100/ar/x/%zz?q=%00#h")).toEqual({ pathname: "/ar/x/%zz", search: "?q=%00" });
    expect(rawTarget("http://localhost:3100")).toEqual({ pathname: "/", search: "" });
  });
});
