import { setTimeout as sleep } from "node:timers/promises";
import { isDatabaseUnavailable } from "@/lib/db-availability";
import { isLoggedFailure, outageBackoffMs, shortMessage } from "@/lib/jobs/outage-backoff";
import { scheduledBackup } from "@/lib/jobs/backup-job";
import { insightsAggregatesJob, insightsReportsJob } from "@/lib/domain/insights/jobs";
import { expireBills } from "@/lib/domain/payments/expire-bills";
import { runComplaintJobs } from "@/lib/domain/complaints/jobs";
import { endSuspensionsJob, proposeSlaPenaltiesJob } from "@/lib/domain/offices/jobs";
import { expireLicenses, flagSlaBreaches, sendRenewalReminders } from "@/lib/domain/licensing/jobs";
import { ensureHolidays } from "@/lib/domain/calendar/holidays";
import { sendAppointmentReminders } from "@/lib/domain/appointments/jobs";

/**
 * Periodic jobs, run by the worker process (scripts/worker.ts) beside the SMS outbox loop.
 * Each job is idempotent and safe to run in several workers at once (row locks, status in the where).
 */
export type Job = { name: string; everyMs: number; run: (now: Date) => Promise<Record<string, number>> };

export const JOBS: Job[] = [
  { name: "expire-bills", everyMs: 60_000, run: (now) => expireBills(now) },
  { name: "complaints-sla", everyMs: 5 * 60_000, run: (now) => runComplaintJobs(now) },
  { name: "office-suspensions-end", everyMs: 60_000, run: (now) => endSuspensionsJob(now) },
  { name: "office-sla-penalties", everyMs: 15 * 60_000, run: (now) => proposeSlaPenaltiesJob(now) },
  { name: "licensing-sla", everyMs: 5 * 60_000, run: (now) => flagSlaBreaches(now) },
  { name: "license-expiry", everyMs: 60 * 60_000, run: (now) => expireLicenses(now) },
  { name: "license-renewal-reminders", everyMs: 60 * 60_000, run: (now) => sendRenewalReminders(now) },
  { name: "backup", everyMs: 10 * 60_000, run: (now) => scheduledBackup(now) },
  { name: "insights-aggregates", everyMs: 5 * 60_000, run: (now) => insightsAggregatesJob(now) },
  { name: "insights-reports", everyMs: 60 * 60_000, run: (now) => insightsReportsJob(now) },
  { name: "appointment-reminders", everyMs: 5 * 60_000, run: (now) => sendAppointmentReminders(now) },
];

const log = (line: string) => console.log(`[jobs] ${line}`);

/** Runs every job once now, then each on its own period, until the signal aborts. A failing job is logged and retried next period. */
export async function runJobs(opts: { signal?: AbortSignal; jobs?: Job[]; tickMs?: number } = {}): Promise<void> {
  const jobs = opts.jobs ?? JOBS;
  const tickMs = opts.tickMs ?? 1_000;
  const nextAt = new Map(jobs.map((j) => [j.name, 0]));
  log(`started (${jobs.map((j) => `${j.name} every ${Math.round(j.everyMs / 1000)} s`).join(", ")})`);
  let outages = 0; // consecutive ticks that met an unreachable database
  while (!opts.signal?.aborted) {
    let wait = tickMs;
    for (const job of jobs) {
      if (opts.signal?.aborted) break;
      if (Date.now() < nextAt.get(job.name)!) continue;
      nextAt.set(job.name, Date.now() + job.everyMs);
      try {
        await ensureHolidays(); // SLA jobs count working time (lib/domain/calendar/holidays.ts)
        const result = await job.run(new Date());
        if (outages > 0) log(`database reachable again after ${outages} failed attempt(s)`);
        outages = 0;
        if (Object.values(result).some((v) => v > 0)) log(`${job.name}: ${JSON.stringify(result)}`);
      } catch (e) {
        if (!isDatabaseUnavailable(e)) {
          log(`${job.name} failed: ${e instanceof Error ? e.message : String(e)}`);
          continue;
        }
        // Database down: this job runs again as soon as it is back; the others wait too (no spinning).
        outages++;
        wait = outageBackoffMs(outages);
        nextAt.set(job.name, 0);
        if (isLoggedFailure(outages)) log(`database unavailable (attempt ${outages}): ${shortMessage(e)}; next try in ${Math.round(wait / 1000)} s`);
        break;
      }
    }
    await sleep(wait, undefined, { signal: opts.signal }).catch(() => undefined);
  }
  log("stopped");
}
