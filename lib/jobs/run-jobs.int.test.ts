import { afterEach, describe, expect, it, vi } from "vitest";
import pg from "pg";
import { db } from "@/lib/db";
import { DEAD_LETTER_QUEUE, JOBS, JOBS_TIME_ZONE, PGBOSS_SCHEMA, runJobs, startJobs, withSetupLock, type Job, type RunningJobs } from "@/lib/jobs/run-jobs";
import { makeBill } from "@/lib/domain/payments/test-support";

// Real pg-boss on this test file's own database (its schema `pgboss` is created by the first start).
const NEVER = "0 0 1 1 *"; // 1 January, 00:00: no cron occurrence during a test
const running: RunningJobs[] = [];
afterEach(async () => {
  await Promise.all(running.splice(0).map((r) => r.stop()));
});

async function start(jobs: Job[], extra: Parameters<typeof startJobs>[0] = {}): Promise<RunningJobs> {
  const r = (await startJobs({ jobs, pollingIntervalSeconds: 0.5, ...extra }))!;
  running.push(r);
  return r;
}

async function sql<T extends pg.QueryResultRow>(text: string, values: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    return (await client.query<T>(text, values)).rows;
  } finally {
    await client.end();
  }
}

async function waitFor(what: string, fn: () => Promise<boolean>, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await fn())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

/** Not within the last seconds of a minute: the start catch-up is once per minute slot. */
async function awayFromMinuteBoundary(): Promise<void> {
  const s = new Date().getSeconds();
  if (s >= 50) await new Promise((r) => setTimeout(r, (61 - s) * 1000));
}

describe("periodic jobs on pg-boss", () => {
  it("registers every job's queue (stately, retries, dead letter) and its cron in Asia/Riyadh time; drops schedules of jobs that are gone", { timeout: 60_000 }, async () => {
    const log = vi.spyOn(console, "log").mockImplementation(() => {});
    try {
      const old = await start([{ name: "retired-job", cron: NEVER, run: async () => ({}) }], { runAtStart: false });
      expect((await old.boss.getSchedules()).map((s) => s.name)).toContain("retired-job");
      await old.stop();
      running.splice(0);

      const r = await start(JOBS.map((j) => ({ ...j, run: async () => ({}) })), { runAtStart: false }); // the real schedule, idle runs
      const schedules = await r.boss.getSchedules();
      expect(schedules.map((s) => s.name).sort()).toEqual(JOBS.map((j) => j.name).sort());
      for (const job of JOBS) {
        const s = schedules.find((x) => x.name === job.name)! as typeof schedules[number] & { timezone: string };
        expect(s.cron).toBe(job.cron);
        expect(s.timezone).toBe(JOBS_TIME_ZONE);
      }
      const queues = await sql<{ name: string; policy: string; retry_limit: number; dead_letter: string | null }>(
        `SELECT name, policy, retry_limit, dead_letter FROM ${PGBOSS_SCHEMA}.queue WHERE name = ANY($1)`,
        [JOBS.map((j) => j.name)],
      );
      expect(queues).toHaveLength(JOBS.length);
      for (const q of queues) expect(q).toMatchObject({ policy: "stately", retry_limit: 3, dead_letter: DEAD_LETTER_QUEUE });
    } finally {
      log.mockRestore();
    }
  });

  it("two workers started together run the start catch-up once; a failing job is retried, then dead-lettered", { timeout: 60_000 }, async () => {
    const log = vi.spyOn(console, "log").mockImplementation(() => {});
    try {
      const runs: string[] = [];
      const jobs: Job[] = [
        { name: "test-count", cron: NEVER, run: async () => (runs.push("count"), { n: 1 }) },
        { name: "test-boom", cron: NEVER, retryLimit: 1, retryDelaySeconds: 0, run: async () => (runs.push("boom"), Promise.reject(new Error("no such table"))) },
      ];
      await awayFromMinuteBoundary();
      await Promise.all([start(jobs), start(jobs)]); // two workers on one database

      await waitFor("the failing job in the dead-letter queue", async () => {
        const rows = await sql(`SELECT 1 FROM ${PGBOSS_SCHEMA}.job WHERE name = $1`, [DEAD_LETTER_QUEUE]);
        return rows.length > 0;
      });
      await waitFor("the count job completed", async () => {
        const rows = await sql(`SELECT 1 FROM ${PGBOSS_SCHEMA}.job WHERE name = 'test-count' AND state = 'completed'`);
        return rows.length > 0;
      });
      await new Promise((r) => setTimeout(r, 1_500)); // time for a duplicate, if there were one

      expect(runs.filter((r) => r === "count")).toHaveLength(1);
      expect(runs.filter((r) => r === "boom")).toHaveLength(2); // the run and its one retry
      const [done] = await sql<{ output: { n: number; ranBy: string }; retry_count: number }>(
        `SELECT output, retry_count FROM ${PGBOSS_SCHEMA}.job WHERE name = 'test-count'`,
      );
      expect(done).toMatchObject({ output: { n: 1, ranBy: expect.stringMatching(/:\d+$/) }, retry_count: 0 });
      const failed = await sql<{ state: string; retry_count: number }>(`SELECT state, retry_count FROM ${PGBOSS_SCHEMA}.job WHERE name = 'test-boom'`);
      expect(failed).toEqual([{ state: "failed", retry_count: 1 }]);
      const dead = await sql<{ data: { trigger: string } }>(`SELECT data FROM ${PGBOSS_SCHEMA}.job WHERE name = $1`, [DEAD_LETTER_QUEUE]);
      expect(dead).toEqual([{ data: { trigger: "start" } }]);
      expect(log.mock.calls.flat().join("\n")).toMatch(/test-boom \(start\) failed, to jobs-dead-letter: no such table/);
    } finally {
      log.mockRestore();
    }
  });

  it("runJobs returns once the signal aborts", { timeout: 30_000 }, async () => {
    const log = vi.spyOn(console, "log").mockImplementation(() => {});
    try {
      const controller = new AbortController();
      const done = runJobs({ signal: controller.signal, jobs: [{ name: "test-idle", cron: NEVER, run: async () => ({}) }], runAtStart: false });
      await waitFor("the queue to be started", async () => log.mock.calls.flat().some((l) => String(l).includes("[jobs] started")));
      controller.abort();
      await done;
      expect(log.mock.calls.flat().join("\n")).toContain("[jobs] stopped");
    } finally {
      log.mockRestore();
    }
  });

  it("the setup's lock connection ended while it is idle fails the setup (to be retried) instead of killing the worker", { timeout: 30_000 }, async () => {
    // pg emits a connection's loss as an 'error' event when no query is running on it; with no listener Node throws
    // it and the worker dies (seen in CI: PostgreSQL killed while a worker was starting). vitest fails a run on such
    // an uncaught error, so this test fails without the listener as well as on the assertion.
    let ranToEnd = false;
    const setup = withSetupLock(process.env.DATABASE_URL!, async () => {
      const ended = await sql<{ ok: boolean }>(
        "SELECT pg_terminate_backend(pid) AS ok FROM pg_stat_activity WHERE application_name = 'amanah-jobs-setup' AND datname = current_database()",
      );
      expect(ended).toEqual([{ ok: true }]);
      await new Promise((r) => setTimeout(r, 500)); // the lock connection hears of it while idle
      ranToEnd = true;
    });
    await expect(setup).rejects.toThrow(/terminating connection/);
    expect(ranToEnd).toBe(true);
    // The lock went with the connection: the next setup takes it at once.
    await withSetupLock(process.env.DATABASE_URL!, async () => {});
  });

  it("includes the bill expiry job, which expires due bills", async () => {
    const bill = await makeBill();
    await db.bill.update({ where: { id: bill.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    const job = JOBS.find((j) => j.name === "expire-bills")!;
    expect((await job.run(new Date())).expired).toBeGreaterThanOrEqual(1);
    expect((await db.bill.findUniqueOrThrow({ where: { id: bill.id } })).status).toBe("EXPIRED");
  });
});
