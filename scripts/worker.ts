/**
 * The notifications worker process (and the periodic jobs of lib/jobs/run-jobs.ts) (started by scripts/run.ts and scripts/e2e-server.ts):
 * `node --import tsx scripts/worker.ts`. SIGINT/SIGTERM abort the polling loop, which finishes the
 * message in hand and returns; the process then exits 0.
 */
import "./lib/server-only-hook";

// After the hook (server-only on lib/db.ts and the commands): hence dynamic imports.
const { runWorker } = await import("@/lib/domain/notifications/worker");
const { runJobs } = await import("@/lib/jobs/run-jobs");

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
