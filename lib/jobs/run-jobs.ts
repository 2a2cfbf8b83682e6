import os from "node:os";
import { setTimeout as sleep } from "node:timers/promises";
import pg from "pg";
import PgBoss from "pg-boss";
import { env, jobsSettings } from "@/lib/env";
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
import { closeOverdueTenders } from "@/lib/domain/tenders/jobs";
import { sweepExpiredLimits } from "@/lib/auth/rate-limit-sweep";

/**
 * The periodic jobs, on pg-boss (a job queue in PostgreSQL: the schema `pgboss`, which pg-boss creates and
 * migrates itself when a worker starts). Every worker process (scripts/worker.ts) registers the same cron
 * schedules and works the same queues, and however many workers run:
 *
 * - each cron occurrence becomes ONE job: pg-boss lets one instance at a time look at the schedules
 *   (a timestamp in pgboss.version) and sends each occurrence with a singleton key per minute, so two
 *   workers' clocks cannot both send it;
 * - each job is fetched by ONE worker (SELECT … FOR UPDATE SKIP LOCKED) and, in a `stately` queue, at most one
 *   runs and at most one waits per job name: a slow run is never doubled by the next occurrence;
 * - a failed run is retried (RETRY_LIMIT times, growing delay); what still fails goes to the dead-letter
 *   queue DEAD_LETTER_QUEUE, kept for 14 days (`SELECT * FROM pgboss.job WHERE name = 'jobs-dead-letter'`);
 * - when a worker starts, every job is also sent once ("catch-up", singleton per minute across workers), as
 *   the hand-written timer this replaces did, so an hourly job does not wait an hour after a deployment.
 *
 * Cron expressions are read in Asia/Riyadh time. Each job is idempotent (row locks, status in the where).
 * The SMS outbox is not here: it is a queue of its own, polled every 2 s (lib/domain/notifications/worker.ts),
 * because a one-time code cannot wait for the next minute. docs/decisions/031-jobs-and-file-store.md
 */
export type JobResult = Record<string, number>;
export type Job = {
  name: string;
  /** Five-field cron, Asia/Riyadh time (pg-boss's resolution is one minute). */
  cron: string;
  run: (now: Date) => Promise<JobResult>;
  /** A run taking longer than this is failed (and retried); default 15 minutes. */
  expireInSeconds?: number;
  retryLimit?: number;
  retryDelaySeconds?: number;
};

export const JOBS_TIME_ZONE = "Asia/Riyadh";
export const DEAD_LETTER_QUEUE = "jobs-dead-letter";
export const PGBOSS_SCHEMA = "pgboss";
export const RETRY_LIMIT = 3;
const RETRY_DELAY_SECONDS = 30; // then 60, 120 (retryBackoff)

export const JOBS: Job[] = [
  { name: "expire-bills", cron: "* * * * *", run: (now) => expireBills(now) },
  { name: "complaints-sla", cron: "*/5 * * * *", run: (now) => runComplaintJobs(now) },
  { name: "office-suspensions-end", cron: "* * * * *", run: (now) => endSuspensionsJob(now) },
  { name: "office-sla-penalties", cron: "*/15 * * * *", run: (now) => proposeSlaPenaltiesJob(now) },
  { name: "licensing-sla", cron: "*/5 * * * *", run: (now) => flagSlaBreaches(now) },
  // Hourly jobs at different minutes, so they do not all start together.
  { name: "license-expiry", cron: "3 * * * *", run: (now) => expireLicenses(now) },
  { name: "license-renewal-reminders", cron: "7 * * * *", run: (now) => sendRenewalReminders(now) },
  { name: "backup", cron: "*/10 * * * *", run: (now) => scheduledBackup(now), expireInSeconds: 3 * 3600 },
  { name: "insights-aggregates", cron: "*/5 * * * *", run: (now) => insightsAggregatesJob(now) },
  { name: "insights-reports", cron: "11 * * * *", run: (now) => insightsReportsJob(now) },
  { name: "appointment-reminders", cron: "*/5 * * * *", run: (now) => sendAppointmentReminders(now) },
  { name: "tenders-close", cron: "*/5 * * * *", run: (now) => closeOverdueTenders(now) },
  { name: "rate-limits-sweep", cron: "17 * * * *", run: (now) => sweepExpiredLimits(now) },
];

/** What a job's data says about why it runs. */
export type JobTrigger = "cron" | "start";

const log = (line: string) => console.log(`[jobs] ${line}`);
const WORKER_ID = `${os.hostname()}:${process.pid}`;

export type JobsOptions = {
  jobs?: Job[];
  /** Default: DATABASE_URL. */
  connectionString?: string;
  /** How often each queue is polled for a due job (pg-boss's minimum: 0.5 s). */
  pollingIntervalSeconds?: number;
  /** One cron for every job (JOBS_CRON; tests and demos). */
  cronOverride?: string;
  /** Send every job once at start (JOBS_RUN_AT_START, default on). */
  runAtStart?: boolean;
  /** The first wait after a failed start (it doubles up to 30 s). */
  outageBaseMs?: number;
};

export type RunningJobs = { boss: PgBoss; stop(): Promise<void> };

/** Queue options of a job: retries with a growing delay, then the dead-letter queue. */
function queueOptions(job: Job): PgBoss.Queue {
  return {
    name: job.name,
    policy: "stately",
    retryLimit: job.retryLimit ?? RETRY_LIMIT,
    retryDelay: job.retryDelaySeconds ?? RETRY_DELAY_SECONDS,
    retryBackoff: (job.retryDelaySeconds ?? RETRY_DELAY_SECONDS) > 0,
    expireInSeconds: job.expireInSeconds ?? 15 * 60,
    deadLetter: DEAD_LETTER_QUEUE,
  };
}

/**
 * Starts pg-boss (creating or migrating its schema), registers the queues and cron schedules of `jobs`
 * (removing schedules of jobs that no longer exist) and works them. Retries the start while the database
 * is unreachable, until `signal` aborts (then returns null).
 */
export async function startJobs(opts: JobsOptions & { signal?: AbortSignal } = {}): Promise<RunningJobs | null> {
  const jobs = opts.jobs ?? JOBS;
  const settings = jobsSettings();
  const cronOverride = opts.cronOverride ?? settings.cronOverride;
  const runAtStart = opts.runAtStart ?? settings.runAtStart;
  const connectionString = opts.connectionString ?? env().DATABASE_URL;
  const boss = new PgBoss({
    connectionString,
    schema: PGBOSS_SCHEMA,
    max: 3,
    application_name: "amanah-jobs",
    // One instance looks at the schedules every 10 s (pg-boss's default 30 s), and the occurrences it sends
    // become jobs within 2 s: a run starts within ~12 s of its minute.
    cronMonitorIntervalSeconds: 10,
    cronWorkerIntervalSeconds: 2,
  });

  // pg-boss reports what goes wrong in the background (a poll, its maintenance) as events: log the 1st, 2nd,
  // 4th, 8th… of a run of them (a database outage), not one line per queue per poll.
  let errors = 0;
  boss.on("error", (e) => {
    errors++;
    if (isLoggedFailure(errors)) log(`queue ${isDatabaseUnavailable(e) ? "cannot reach the database" : "error"} (${errors}): ${shortMessage(e)}`);
  });

  for (let attempt = 1; ; attempt++) {
    if (opts.signal?.aborted) {
      await boss.stop({ graceful: false }).catch(() => undefined);
      return null;
    }
    try {
      await boss.start(); // creates or migrates the schema `pgboss` (a no-op once started)
      await withSetupLock(connectionString, () => setUp(boss, jobs, { cronOverride, runAtStart }));
      break;
    } catch (e) {
      const wait = outageBackoffMs(attempt, opts.outageBaseMs);
      if (isLoggedFailure(attempt)) log(`cannot start the job queue (attempt ${attempt}): ${shortMessage(e)}; next try in ${Math.round(wait / 1000)} s`);
      await sleep(wait, undefined, { signal: opts.signal }).catch(() => undefined);
    }
  }

  for (const job of jobs) {
    await boss.work<{ trigger?: JobTrigger }>(
      job.name,
      { pollingIntervalSeconds: opts.pollingIntervalSeconds ?? 5, batchSize: 1, includeMetadata: true },
      async ([item]) => {
        const trigger = item?.data?.trigger ?? "cron";
        try {
          await ensureHolidays(); // SLA jobs count working time (lib/domain/calendar/holidays.ts)
          const result = await job.run(new Date());
          if (errors > 0) log(`running again after ${errors} queue error(s)`);
          errors = 0;
          if (Object.values(result).some((v) => v > 0)) log(`${job.name}: ${JSON.stringify(result)}`);
          return { ...result, ranBy: WORKER_ID }; // kept as the job's output in pgboss.job
        } catch (e) {
          const retrying = (item?.retryCount ?? 0) < (item?.retryLimit ?? 0);
          log(`${job.name} (${trigger}) failed${retrying ? ", will retry" : `, to ${DEAD_LETTER_QUEUE}`}: ${shortMessage(e)}`);
          throw e;
        }
      },
    );
  }
  log(`started on ${WORKER_ID} (${jobs.map((j) => `${j.name} ${cronOverride ?? j.cron}`).join(", ")}; ${JOBS_TIME_ZONE})`);

  return {
    boss,
    async stop() {
      // Waits for the runs in hand (up to 20 s), then closes pg-boss's connections.
      await boss.stop({ graceful: true, timeout: 20_000 });
    },
  };
}

/**
 * Queues (with today's settings), cron schedules (those of jobs that are gone removed) and the start
 * catch-up. One worker at a time (withSetupLock): pg-boss's createQueue makes a table per queue and
 * deadlocks when two workers starting together create the same queues.
 */
async function setUp(boss: PgBoss, jobs: Job[], opts: { cronOverride?: string; runAtStart: boolean }): Promise<void> {
  await boss.createQueue(DEAD_LETTER_QUEUE, { name: DEAD_LETTER_QUEUE, policy: "standard", retentionMinutes: 14 * 24 * 60 });
  const names = new Set(jobs.map((j) => j.name));
  for (const schedule of await boss.getSchedules()) {
    if (!names.has(schedule.name)) await boss.unschedule(schedule.name);
  }
  for (const job of jobs) {
    const options = queueOptions(job);
    await boss.createQueue(job.name, options);
    await boss.updateQueue(job.name, options); // a queue made by an older release gets today's settings
    await boss.schedule(job.name, opts.cronOverride ?? job.cron, { trigger: "cron" }, { tz: JOBS_TIME_ZONE });
    // Once per minute across all workers: two workers started together send it once.
    if (opts.runAtStart) await boss.send(job.name, { trigger: "start" }, { singletonKey: "start", singletonSeconds: 60 });
  }
}

/**
 * Runs `fn` holding a PostgreSQL advisory lock (session level, on a connection of its own). The connection sits idle
 * while `fn` works on pg-boss's pool: if the server goes away then, `pg` reports it as an 'error' event on the client,
 * which without a listener kills the worker (a clean-clone CI run lost its worker so, when the supervision drill
 * killed PostgreSQL during the start). The error is kept and thrown instead: the start is retried like any other.
 */
export async function withSetupLock(connectionString: string, fn: () => Promise<void>): Promise<void> {
  const client = new pg.Client({ connectionString, application_name: "amanah-jobs-setup" });
  let lost: Error | undefined;
  client.on("error", (e) => {
    lost ??= e;
  });
  await client.connect();
  try {
    await client.query("SELECT pg_advisory_lock(hashtext('amanah-jobs-setup'))");
    await fn();
    if (lost) throw lost; // the lock went with the connection: this setup may have overlapped another worker's
  } finally {
    await client.query("SELECT pg_advisory_unlock(hashtext('amanah-jobs-setup'))").catch(() => undefined);
    await client.end().catch(() => undefined);
  }
}

/** The worker's jobs: started, worked until the signal aborts, then stopped (runs in hand finish first). */
export async function runJobs(opts: JobsOptions & { signal?: AbortSignal } = {}): Promise<void> {
  const running = await startJobs(opts);
  if (!running) return;
  if (!opts.signal?.aborted) {
    await new Promise<void>((resolve) => opts.signal?.addEventListener("abort", () => resolve(), { once: true }));
  }
  await running.stop();
  log("stopped");
}
