import { describe, expect, it } from "vitest";
import { riyadhDay } from "@/lib/kernel/riyadh-days";
import { addYears, bucketStart, chunk, comparisonPeriod, eachDay, lastCompletePeriod, monthsOverlapping, nextMonth, parsePeriod, splitPeriod, toRanges } from "@/lib/domain/insights/days";
import { histogramMedian, mergeHistograms } from "@/lib/domain/insights/median";

describe("insights days", () => {
  it("uses the Riyadh calendar day (UTC+3)", () => {
    expect(riyadhDay(new Date("2026-12-02T20:59:59Z"))).toBe("2026-12-02");
    expect(riyadhDay(new Date("2026-12-02T21:00:00Z"))).toBe("2026-12-03");
  });
  it("parses a period with an inclusive last day, falling back on bad input", () => {
    expect(parsePeriod({ from: "2026-11-01", to: "2026-11-30" }, "2026-12-03")).toEqual({ from: "2026-11-01", to: "2026-12-01" });
    expect(parsePeriod({ from: "2026-11-31", to: "2026-11-30" }, "2026-12-03")).toEqual({ from: "2026-11-04", to: "2026-12-04" });
    expect(parsePeriod({ from: "2026-12-01", to: "2026-11-01" }, "2026-12-03")).toEqual({ from: "2026-11-04", to: "2026-12-04" });
    expect(parsePeriod({ from: "2020-01-01", to: "2026-11-30" }, "2026-12-03").from).toBe("2024-11-30");
  });
  it("compares with the previous period or the same days last year", () => {
    expect(comparisonPeriod({ from: "2026-11-01", to: "2026-12-01" }, "previous")).toEqual({ from: "2026-10-02", to: "2026-11-01" });
    expect(comparisonPeriod({ from: "2026-11-01", to: "2026-12-01" }, "year")).toEqual({ from: "2025-11-01", to: "2025-12-01" });
    expect(addYears("2028-02-29", -1)).toBe("2027-02-28");
  });
  it("finds the last complete week (Sunday to Saturday) and month", () => {
    expect(lastCompletePeriod("WEEKLY", "2026-12-03")).toEqual({ from: "2026-11-22", to: "2026-11-29" });
    expect(lastCompletePeriod("MONTHLY", "2026-12-03")).toEqual({ from: "2026-11-01", to: "2026-12-01" });
    expect(lastCompletePeriod("MONTHLY", "2026-01-01")).toEqual({ from: "2025-12-01", to: "2026-01-01" });
    expect(bucketStart("2026-12-03", "week")).toBe("2026-11-29");
  });
  it("joins scattered days into ranges and cuts long periods into chunks", () => {
    expect(toRanges(["2026-12-03", "2026-11-01", "2026-12-02", "2026-12-03"])).toEqual([
      { from: "2026-11-01", to: "2026-11-02" },
      { from: "2026-12-02", to: "2026-12-04" },
    ]);
    expect(chunk({ from: "2026-01-01", to: "2026-01-10" }, 4)).toEqual([
      { from: "2026-01-01", to: "2026-01-05" },
      { from: "2026-01-05", to: "2026-01-09" },
      { from: "2026-01-09", to: "2026-01-10" },
    ]);
    expect(eachDay({ from: "2026-02-27", to: "2026-03-02" })).toEqual(["2026-02-27", "2026-02-28", "2026-03-01"]);
  });
});

describe("medians from histograms", () => {
  it("merges histograms exactly and takes the lower median", () => {
    const h = mergeHistograms([{ "1": 2, "5": 1 }, { "5": 1, "9": 2 }, null]);
    expect(h).toEqual({ "1": 2, "5": 2, "9": 2 });
    expect(histogramMedian(h)).toBe(5);
    expect(histogramMedian({ "10": 1, "2": 1 })).toBe(2);
    expect(histogramMedian({})).toBeNull();
  });
  it("splits a period into whole months (roll-up) and edge days (daily rows)", () => {
    expect(nextMonth("2026-12-15")).toBe("2027-01-01");
    expect(nextMonth("2026-01-31")).toBe("2026-02-01");
    expect(splitPeriod({ from: "2025-12-04", to: "2026-12-04" })).toEqual({
      months: { from: "2026-01-01", to: "2026-12-01" },
      days: [{ from: "2025-12-04", to: "2026-01-01" }, { from: "2026-12-01", to: "2026-12-04" }],
    });
    expect(splitPeriod({ from: "2026-11-01", to: "2026-12-01" })).toEqual({ months: { from: "2026-11-01", to: "2026-12-01" }, days: [] });
    expect(splitPeriod({ from: "2026-11-04", to: "2026-12-04" })).toEqual({ months: null, days: [{ from: "2026-11-04", to: "2026-12-04" }] });
    expect(splitPeriod({ from: "2026-11-02", to: "2026-11-30" })).toEqual({ months: null, days: [{ from: "2026-11-02", to: "2026-11-30" }] });
    // Every day of the period is in exactly one piece.
    const p = { from: "2024-02-17", to: "2026-03-09" };
    const { months, days } = splitPeriod(p);
    const covered = [...days.flatMap(eachDay), ...(months ? eachDay(months) : [])].sort();
    expect(covered).toEqual(eachDay(p));
    expect(monthsOverlapping({ from: "2026-11-30", to: "2027-01-02" })).toEqual(["2026-11-01", "2026-12-01", "2027-01-01"]);
    expect(monthsOverlapping({ from: "2026-11-01", to: "2026-12-01" })).toEqual(["2026-11-01"]);
  });
});
