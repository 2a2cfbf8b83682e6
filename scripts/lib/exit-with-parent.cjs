// Preloaded (NODE_OPTIONS=--require) into the children of scripts/run.ts and scripts/e2e-server.ts:
// if their parent dies without stopping them (e.g. it was killed with SIGKILL), they get SIGTERM
// instead of living on as orphans that keep the port busy.
"use strict";
const parent = process.ppid;
const timer = setInterval(() => {
  if (process.ppid === parent) return;
  clearInterval(timer);
  process.kill(process.pid, "SIGTERM");
  setTimeout(() => process.exit(1), 10_000).unref();
}, 1000);
timer.unref();
