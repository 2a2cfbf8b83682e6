/**
 * Journeys in Chromium (Debian's /usr/bin/chromium) against the PRODUCTION build, in Arabic, Riyadh time.
 * One project per audience folder of tests/e2e (public, citizen, office, staff, kiosk, …).
 *
 * The server is scripts/e2e-server.ts: `next start -p 3100` + the notifications worker on a fresh, migrated
 * and seeded database `amanah_e2e`. Set E2E_BASE_URL to test a server you started yourself instead.
 * `npm test` builds first; run alone (`npx playwright test`) a stale build is rebuilt inside the webServer start.
 */
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { defineConfig, type Project } from "@playwright/test";
import { buildStaleReason } from "./scripts/lib/tasks";
import { TEST_PORTS } from "./scripts/lib/test-ports";

const root = path.dirname(fileURLToPath(import.meta.url));
const testDir = path.join(root, "tests", "e2e");
const externalServer = process.env.E2E_BASE_URL;
const e2ePort = TEST_PORTS.e2eWeb; // as scripts/e2e-server.ts
const baseURL = externalServer ?? `http://localhost:${e2ePort}`;

const audiences = fs.existsSync(testDir)
  ? fs
      .readdirSync(testDir, { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .map((d) => d.name)
      .sort()
  : [];
const projects: Project[] = audiences.map((name) => ({ name, testDir: path.join(testDir, name) }));
// Spec files directly in tests/e2e (not in an audience folder) still run.
projects.push({ name: "e2e", testDir, testMatch: /[\\/]tests[\\/]e2e[\\/][^\\/]+\.spec\.ts$/ });

export default defineConfig({
  testDir,
  outputDir: "test-results/e2e",
  fullyParallel: false,
  forbidOnly: !!process.env.CI,
  retries: 0, // a retry would hide a failure
  workers: 2,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [["list"], ["html", { open: "never", outputFolder: "playwright-report" }]],
  use: {
    baseURL,
    browserName: "chromium",
    locale: "ar-SA",
    timezoneId: "Asia/Riyadh",
    trace: "retain-on-failure",
    screenshot: "on",
    launchOptions: {
      executablePath: "/usr/bin/chromium",
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    },
  },
  projects,
  webServer: externalServer
    ? undefined
    : {
        command: "node --import tsx scripts/e2e-server.ts",
        cwd: root,
        url: `http://localhost:${e2ePort}/ar`,
        // 180 s for database + start; a stale production build adds up to 10 minutes.
        timeout: (180 + (buildStaleReason() ? 600 : 0)) * 1000,
        reuseExistingServer: !process.env.CI,
        gracefulShutdown: { signal: "SIGTERM", timeout: 20_000 },
        stdout: "pipe",
        stderr: "pipe",
      },
});
