/**
 * The worker process (started by scripts/run.ts and scripts/e2e-server.ts; run as many as you like, on as many
 * machines): `node --import tsx scripts/worker.ts`. It sends the SMS outbox (lib/domain/notifications/worker.ts)
 * and works the periodic jobs on pg-boss (lib/jobs/run-jobs.ts: cron schedules run once across all workers).
 * SIGINT/SIGTERM abort both: the message and the job in hand finish, then the process exits 0.
 */
import "./lib/server-only-hook";

// After the hook (server-only on lib/db.ts and the commands): hence dynamic imports.
const { runWorker } = await import("@/lib/domain/notifications/worker");
const { runJobs } = await import("@/lib/jobs/run-jobs");

const { isDatabaseUnavailable, isLostConnection } = await import("@/lib/db-availability");
const { isLoggedFailure } = await import("@/lib/jobs/outage-backoff");

// pg-boss records a job's result without awaiting it; when the database has just gone away that write fails
// as an unhandled rejection. The job runs again (it expires and is retried): log it, do not die. Anything else
// is a bug: crash as Node would.
let lostWrites = 0;
process.on("unhandledRejection", (reason) => {
  if (!isDatabaseUnavailable(reason)) {
    console.error("[worker] crashed (unhandled rejection):", reason);
    process.exit(1);
  }
  if (isLoggedFailure(++lostWrites)) console.log(`[worker] a job result was not recorded, the database is unreachable (${lostWrites})`);
});

// A pg client that loses its server while it is checked out and between two statements reports it as an 'error'
// event on the client; with nobody listening Node throws it from the socket's handler, and the worker died (a
// clean-clone CI run, 2026-12-07: the supervision drill killed PostgreSQL, FATAL 57P01, "Emitted 'error' event on
// Client instance", then the run command stopped everything). The client is dead and each pool drops it; the code
// that held it gets an error on its next statement and its job is retried, as in any outage. So a lost connection
// is logged, not fatal. Only that: any other uncaught exception still ends the process, as Node would.
let lostConnections = 0;
process.on("uncaughtException", (err) => {
  if (!isLostConnection(err)) {
    console.error("[worker] crashed (uncaught exception):", err);
    process.exit(1);
  }
  if (isLoggedFailure(++lostConnections)) console.log(`[worker] a database connection was lost: ${err.message} (${lostConnections})`);
});

const controller = new AbortController();
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    if (controller.signal.aborted) process.exit(1); // a second signal: do not wait any longer
    controller.abort();
  });
}

try {
  await Promise.all([runWorker({ signal: controller.signal }), runJobs({ signal: controller.signal })]);
  process.exit(0);
} catch (err) {
  console.error("[worker] crashed:", err);
  process.exit(1);
}
