import { describe, expect, it } from "vitest";
import { INDICATORS } from "@/lib/domain/insights/indicators";

/**
 * The aggregates job deletes an indicator's rows by its key ("<key>.%") before inserting what its queries give
 * (aggregate.ts, recompute): a query naming another indicator's metric would leave duplicates there, so every
 * metric named in an indicator's queries starts with its own key.
 */
describe("indicators' daily queries", () => {
  const period = { from: "2026-01-01", to: "2026-02-01" };
  it.each(INDICATORS.map((i) => [i.key, i] as const))("%s names only its own metrics", (key, indicator) => {
    const queries = indicator.daily(period);
    expect(queries.length).toBeGreaterThan(0);
    const metrics = queries.flatMap((q) => q.values.filter((v): v is string => typeof v === "string" && /^[a-z]+\.[a-zA-Z]+$/.test(v)));
    expect(metrics.length).toBeGreaterThanOrEqual(queries.length);
    for (const m of metrics) expect(m.startsWith(`${key}.`), m).toBe(true);
  });
});
