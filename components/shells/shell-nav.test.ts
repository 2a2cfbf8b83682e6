import { describe, expect, it } from "vitest";
import { currentHref } from "@/components/shells/shell-nav";

const STAFF = ["/ar/staff", "/ar/staff/complaints", "/ar/staff/complaints/map", "/ar/staff/violations/new", "/ar/staff/violations"];

describe("the current navigation item", () => {
  it("is the longest item the path starts with", () => {
    expect(currentHref("/ar/staff/complaints/map", STAFF)).toBe("/ar/staff/complaints/map");
    expect(currentHref("/ar/staff/complaints/C12345678", STAFF)).toBe("/ar/staff/complaints");
    expect(currentHref("/ar/staff/violations/new", STAFF)).toBe("/ar/staff/violations/new");
    expect(currentHref("/ar/staff/violations/V123", STAFF)).toBe("/ar/staff/violations");
  });
  it("marks the audience's home only on itself, and nothing for a page no item names", () => {
    expect(currentHref("/ar/staff", STAFF)).toBe("/ar/staff");
    expect(currentHref("/ar/staff/sms-log", STAFF)).toBeNull();
    expect(currentHref("/ar/staff/complaintsX", STAFF)).toBeNull(); // a path segment, not a string prefix
  });
});
