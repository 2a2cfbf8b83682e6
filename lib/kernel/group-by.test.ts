import { describe, expect, it } from "vitest";
import { groupBy } from "@/lib/kernel/group-by";

describe("groupBy", () => {
  it("groups in first-seen order and keeps each group's order", () => {
    const ds = [{ n: "العدامة", m: "وسط الدمام" }, { n: "الثقبة", m: "الخبر" }, { n: "الفيصلية", m: "وسط الدمام" }];
    expect(groupBy(ds, (d) => d.m).map(([k, v]) => [k, v.map((d) => d.n)])).toEqual([["وسط الدمام", ["العدامة", "الفيصلية"]], ["الخبر", ["الثقبة"]]]);
    expect(groupBy([], () => "x")).toEqual([]);
  });
});
