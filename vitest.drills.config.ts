/**
 * The fault drills that need the production build and real processes (tests/drills/*.drill.ts): `next start`,
 * the worker and an embedded PostgreSQL of their own (ports 555xx, .data/pg-drill-*). `npm test` runs them
 * after the production build (scripts/test-all.ts); by hand, hold the build lock:
 *
 *   flock /tmp/amanah-e2e.lock npx vitest run -c vitest.drills.config.ts
 *
 * The drills that need no build (backup/restore, the SMS worker killed mid-send) are ordinary integration
 * tests in tests/integration/drills/.
 */
import path from "node:path";
import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const root = path.dirname(fileURLToPath(import.meta.url));

export default defineConfig({
  resolve: {
    alias: [
      { find: /^@\//, replacement: `${root}/` },
      { find: /^server-only$/, replacement: path.join(root, "tests", "setup", "server-only.ts") },
    ],
  },
  test: {
    name: "drills",
    environment: "node",
    include: ["tests/drills/**/*.drill.ts"],
    pool: "forks",
    fileParallelism: false, // one web server at a time on 2 cores
    hookTimeout: 600_000, // may build for production
    testTimeout: 180_000,
  },
});
