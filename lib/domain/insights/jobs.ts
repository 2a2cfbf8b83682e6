import { db } from "@/lib/db";
import { refreshAggregates } from "@/lib/domain/insights/aggregate";
import { produceReports } from "@/lib/domain/insights/reports";

/** The aggregates job (lib/jobs/run-jobs.ts): recent days + days touched by late data, per indicator. */
export async function insightsAggregatesJob(now: Date): Promise<Record<string, number>> {
  const days = await refreshAggregates(db, now);
  // Only touched days beyond the usual recent ones are worth a log line.
  return Object.fromEntries(Object.entries(days).map(([k, n]) => [k, Math.max(0, n - 3)]));
}

/** The periodic reports job: fresh aggregates first, then any report of the last complete week or month not yet produced. */
export async function insightsReportsJob(now: Date): Promise<Record<string, number>> {
  await refreshAggregates(db, now);
  return produceReports(db, now);
}
