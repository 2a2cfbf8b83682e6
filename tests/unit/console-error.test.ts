import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";
import { expect, it } from "vitest";
import { vitestFailures, type VitestFileResult } from "@/scripts/lib/test-reports";

type Report = { testResults: (VitestFileResult & { assertionResults: { title: string; status: string; failureMessages: string[] }[] })[] };
let fixtureRun: Promise<Report> | undefined;

/** Runs the fixture once in a child vitest with the unit project's setup (tests/setup/console-error.ts). */
async function runFixture(): Promise<Report> {
  const result = await promisify(execFile)(
    process.execPath,
    [path.join(process.cwd(), "node_modules", "vitest", "vitest.mjs"), "run", "--project", "unit", "--reporter", "json"],
    { cwd: process.cwd(), env: { ...process.env, AMANAH_VITEST_FIXTURES: "1", VITEST: undefined, VITEST_POOL_ID: undefined, VITEST_WORKER_ID: undefined }, timeout: 120_000 },
  ).catch((e: { stdout: string }) => e);
  return JSON.parse(result.stdout.slice(result.stdout.indexOf("{"))) as Report;
}

it("a test that calls console.error fails; one that expects it with a spy, or logs nothing, passes", async () => {
  const report = await (fixtureRun ??= runFixture());
  const tests = report.testResults.flatMap((f) => f.assertionResults);
  expect(tests.map((t) => [t.title, t.status])).toEqual([
    ["logs an error it does not expect", "failed"],
    ["expects an error with a spy", "passed"],
    ["logs nothing", "passed"],
  ]);
  expect(tests[0]!.failureMessages.join("\n")).toContain("console.error was called 1 time(s)");
}, 150_000);

it("npm test's list of failed tests names the failing one, with its file and the first line of its error", async () => {
  const report = await (fixtureRun ??= runFixture());
  expect(vitestFailures(report.testResults, process.cwd())).toEqual([
    expect.stringMatching(/^tests\/unit\/fixtures\/console-error\.fixture\.ts › logs an error it does not expect — .*console\.error was called 1 time\(s\)/),
  ]);
}, 150_000);
