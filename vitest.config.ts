/**
 * Two projects, one run (`npx vitest run`, or `--project unit` / `--project integration`):
 *
 * - unit:        pure code, beside the code it tests: lib/**\/*.test.ts, components/**\/*.test.ts(x), tests/unit/**.
 * - integration: against a REAL PostgreSQL: **\/*.int.test.ts under lib/, and tests/integration/**\/*.test.ts.
 *   The global setup starts the test server (embedded at .data/pg-test:24339, or the DATABASE_URL server),
 *   builds the template database `amanah_test_template` (prisma migrate deploy + seed). Before every test file,
 *   tests/setup/worker-db.ts copies the template into `amanah_test_w<VITEST_POOL_ID>` and points
 *   DATABASE_URL at it, so each test file starts from the freshly seeded state and two workers never share data.
 *
 * See tests/README.md.
 */
import path from "node:path";
import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const root = path.dirname(fileURLToPath(import.meta.url));

export default defineConfig({
  resolve: {
    alias: [
      { find: /^@\//, replacement: `${root}/` },
      // 'server-only' throws outside React Server Components; in tests the server code runs in plain Node.
      { find: /^server-only$/, replacement: path.join(root, "tests", "setup", "server-only.ts") },
    ],
  },
  test: {
    pool: "forks",
    maxWorkers: 2, // 2 cores
    // Setup/teardown messages and slow starts are normal for the integration project.
    hookTimeout: 60_000,
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          environment: "node",
          setupFiles: ["tests/setup/console-error.ts"],
          // AMANAH_VITEST_FIXTURES: tests/unit/console-error.test.ts runs a fixture that must fail.
          include: process.env.AMANAH_VITEST_FIXTURES ? ["tests/unit/fixtures/*.fixture.ts"] : ["lib/**/*.test.ts", "components/**/*.test.{ts,tsx}", "tests/unit/**/*.test.{ts,tsx}"],
          exclude: ["**/*.int.test.ts", "**/node_modules/**", "lib/generated/**"],
        },
      },
      {
        extends: true,
        test: {
          name: "integration",
          environment: "node",
          include: ["lib/**/*.int.test.ts", "tests/integration/**/*.test.ts"],
          exclude: ["**/node_modules/**", "lib/generated/**"],
          globalSetup: ["tests/setup/global-db.ts"],
          setupFiles: ["tests/setup/worker-db.ts", "tests/setup/console-error.ts"],
          testTimeout: 30_000,
        },
      },
    ],
  },
});
