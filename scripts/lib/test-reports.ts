/**
 * Names the failed tests of a vitest or Playwright JSON report, one line each ("where › test — first line of the
 * error"). `npm test` prints them just above its summary, so that the tail of a CI log says what failed, not only how
 * many.
 */
import path from "node:path";

export type VitestFileResult = {
  name: string;
  status: string;
  message?: string;
  assertionResults: { status: string; fullName?: string; failureMessages?: string[] }[];
};

/** The part of Playwright's `JSONReportSuite` (@playwright/test/reporter) read here; the real type is assignable. */
export type PlaywrightSuite = {
  specs: { title: string; file: string; line: number; tests: { projectName: string; status: string; results: { error?: { message?: string } }[] }[] }[];
  suites?: PlaywrightSuite[];
};

/** The first non-empty line of an error message, without terminal colours, at most 200 characters. */
export function firstLine(message: string | undefined): string {
  const line = (message ?? "").replace(/\u001b\[[0-9;]*m/g, "").split("\n").find((l) => l.trim() !== "") ?? "";
  return line.trim().slice(0, 200);
}

/** Every failed test of a vitest report, and every file that failed outside its tests (an import, a hook). */
export function vitestFailures(files: VitestFileResult[], root: string): string[] {
  return files.flatMap((file) => {
    const where = path.relative(root, file.name);
    const failed = file.assertionResults.filter((a) => a.status === "failed");
    if (failed.length === 0) return file.status === "failed" ? [`${where} — ${firstLine(file.message)}`] : [];
    return failed.map((a) => `${where} › ${a.fullName ?? "?"} — ${firstLine(a.failureMessages?.[0])}`);
  });
}

/**
 * "[project] file:line › title — error" of every test Playwright counts as unexpected (it failed on its last retry;
 * a test that passed on a retry is "flaky" and counts as passed).
 */
export function playwrightFailures(suites: PlaywrightSuite[] = []): string[] {
  return suites.flatMap((suite) => [
    ...suite.specs.flatMap((spec) =>
      spec.tests
        .filter((t) => t.status === "unexpected")
        .map((t) => `[${t.projectName}] ${spec.file}:${spec.line} › ${spec.title} — ${firstLine(t.results.at(-1)?.error?.message)}`),
    ),
    ...playwrightFailures(suite.suites),
  ]);
}

/**
 * What vitest hands its reporters' `onTestRunEnd` for an error raised outside any assertion (an unhandled rejection
 * left by a test, a test worker that died): its own type ("Unhandled Rejection", "Unhandled Error") and, when a test
 * file was running, that file and test.
 */
export type UnhandledTestError = {
  type?: unknown;
  name?: string;
  message?: string;
  cause?: { name?: string; message?: string };
  VITEST_TEST_PATH?: unknown;
  VITEST_TEST_NAME?: unknown;
};

/** "Unhandled Rejection — file › test — Error: first line (caused by: …)", for the summary of `npm test`. */
export function unhandledErrorLine(error: UnhandledTestError, root: string): string {
  const file = typeof error.VITEST_TEST_PATH === "string" ? path.relative(root, error.VITEST_TEST_PATH) : undefined;
  const test = typeof error.VITEST_TEST_NAME === "string" ? ` › ${error.VITEST_TEST_NAME}` : "";
  const where = file ? `${file}${test}` : "outside any test file";
  const cause = error.cause?.message ? ` (caused by: ${error.cause.name ?? "Error"}: ${firstLine(error.cause.message)})` : "";
  return `${typeof error.type === "string" ? error.type : "Unhandled error"} — ${where} — ${error.name ?? "Error"}: ${firstLine(error.message)}${cause}`;
}
