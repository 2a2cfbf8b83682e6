/**
 * A vitest reporter that writes the run's unhandled errors, one line each, to the file named by
 * AMANAH_VITEST_UNHANDLED_REPORT (`npm test` prints them in its summary). Vitest's JSON report has no place for them:
 * an unhandled rejection or a test worker that died makes the run exit 1 with every test passed, and the only trace
 * was in the middle of the log, which a CI log's tail does not show.
 */
import fs from "node:fs";
import path from "node:path";
import type { Reporter } from "vitest/reporters";
import { unhandledErrorLine, type UnhandledTestError } from "./test-reports";

export default class UnhandledErrorsReporter implements Reporter {
  onTestRunEnd(_modules: unknown, unhandledErrors: ReadonlyArray<UnhandledTestError>): void {
    const out = process.env.AMANAH_VITEST_UNHANDLED_REPORT;
    if (!out) return;
    fs.mkdirSync(path.dirname(out), { recursive: true });
    fs.writeFileSync(out, JSON.stringify(unhandledErrors.map((e) => unhandledErrorLine(e, process.cwd())), null, 2));
  }
}
