import { execFile } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { expect, it } from "vitest";
import { unhandledErrorLine, vitestFailures, type VitestFileResult } from "@/scripts/lib/test-reports";

type FileResult = Omit<VitestFileResult, "assertionResults"> & { assertionResults: { title: string; status: string; fullName?: string; failureMessages: string[] }[] };
type Report = { testResults: FileResult[] };
type FixtureRun = { code: number; report: Report; unhandled: string[] };
let fixtureRun: Promise<FixtureRun> | undefined;

/**
 * Runs the fixtures once in a child vitest with the unit project's setup (tests/setup/console-error.ts) and the
 * reporters `npm test` uses: the JSON report on stdout, the unhandled errors in a file of their own.
 */
async function runFixtures(): Promise<FixtureRun> {
  const unhandledFile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "amanah-fixtures-")), "unhandled.json");
  const result = await promisify(execFile)(
    process.execPath,
    [
      path.join(process.cwd(), "node_modules", "vitest", "vitest.mjs"),
      "run",
      "--project",
      "unit",
      "--reporter",
      "json",
      "--reporter=./scripts/lib/vitest-unhandled-reporter.ts",
    ],
    {
      cwd: process.cwd(),
      env: { ...process.env, AMANAH_VITEST_FIXTURES: "1", AMANAH_VITEST_UNHANDLED_REPORT: unhandledFile, VITEST: undefined, VITEST_POOL_ID: undefined, VITEST_WORKER_ID: undefined },
      timeout: 120_000,
    },
  ).then(
    (r) => ({ ...r, code: 0 }),
    (e: { stdout: string; code: number }) => e,
  );
  const unhandled = JSON.parse(fs.readFileSync(unhandledFile, "utf8")) as string[];
  fs.rmSync(path.dirname(unhandledFile), { recursive: true, force: true });
  return { code: result.code, report: JSON.parse(result.stdout.slice(result.stdout.indexOf("{"))) as Report, unhandled };
}

const fixtureFile = (report: Report, name: string) => report.testResults.find((f) => f.name.endsWith(name))!;

it("a test that calls console.error fails; one that expects it with a spy, or logs nothing, passes", async () => {
  const { report } = await (fixtureRun ??= runFixtures());
  const tests = fixtureFile(report, "console-error.fixture.ts").assertionResults;
  expect(tests.map((t) => [t.title, t.status])).toEqual([
    ["logs an error it does not expect", "failed"],
    ["expects an error with a spy", "passed"],
    ["logs nothing", "passed"],
  ]);
  expect(tests[0]!.failureMessages.join("\n")).toContain("console.error was called 1 time(s)");
}, 150_000);

it("npm test's list of failed tests names the failing one, with its file and the first line of its error", async () => {
  const { report } = await (fixtureRun ??= runFixtures());
  expect(vitestFailures(report.testResults, process.cwd())).toEqual([
    expect.stringMatching(/^tests\/unit\/fixtures\/console-error\.fixture\.ts › logs an error it does not expect — .*console\.error was called 1 time\(s\)/),
  ]);
}, 150_000);

it("a promise left rejected fails the run with its test passed, and npm test's list names its file, test and error", async () => {
  const { code, report, unhandled } = await (fixtureRun ??= runFixtures());
  expect(fixtureFile(report, "unhandled-rejection.fixture.ts").assertionResults.map((t) => t.status)).toEqual(["passed"]);
  expect(code).not.toBe(0);
  expect(unhandled).toEqual([
    "Unhandled Rejection — tests/unit/fixtures/unhandled-rejection.fixture.ts › passes but leaves a promise rejected behind it — Error: left behind by the fixture",
  ]);
}, 150_000);

it("an unhandled error outside any test file (a test worker that died) is named with its cause", () => {
  expect(
    unhandledErrorLine(
      { type: "Unhandled Error", name: "Error", message: "[vitest-pool]: Worker forks emitted error.", cause: { name: "Error", message: "Worker exited unexpectedly\n    at …" } },
      "/repo",
    ),
  ).toBe("Unhandled Error — outside any test file — Error: [vitest-pool]: Worker forks emitted error. (caused by: Error: Worker exited unexpectedly)");
});
