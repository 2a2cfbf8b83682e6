import { describe, expect, it } from "vitest";
import { firstLine, playwrightFailures, type PlaywrightSuite } from "@/scripts/lib/test-reports";

// The vitest side runs a real failing fixture: tests/unit/console-error.test.ts.

const test = (projectName: string, status: string, message?: string) => ({ projectName, status, results: [{ error: message ? { message } : undefined }] });

describe("playwrightFailures", () => {
  it("names every test that failed on its last try, in nested describes, and not the flaky or skipped ones", () => {
    const suites: PlaywrightSuite[] = [
      {
        specs: [
          { title: "pays a bill", file: "citizen/pay.spec.ts", line: 12, tests: [test("citizen", "unexpected", "\u001b[31mError: expect(locator).toBeVisible() failed\u001b[39m\n\nLocator: …")] },
          { title: "looks up a bill", file: "citizen/pay.spec.ts", line: 40, tests: [test("citizen", "flaky", "Timeout 5000ms exceeded.")] },
        ],
        suites: [
          {
            specs: [
              { title: "signs out", file: "public/sign-in.spec.ts", line: 93, tests: [test("public", "expected"), test("staff", "unexpected", "\n  Test timeout of 60000ms exceeded.")] },
              { title: "is skipped", file: "public/sign-in.spec.ts", line: 120, tests: [test("public", "skipped")] },
            ],
          },
        ],
      },
    ];
    expect(playwrightFailures(suites)).toEqual([
      "[citizen] citizen/pay.spec.ts:12 › pays a bill — Error: expect(locator).toBeVisible() failed",
      "[staff] public/sign-in.spec.ts:93 › signs out — Test timeout of 60000ms exceeded.",
    ]);
    expect(playwrightFailures(undefined)).toEqual([]);
  });
});

describe("firstLine", () => {
  it("keeps the first non-empty line, without colours, at most 200 characters", () => {
    expect(firstLine("\n\n  \u001b[2mAssertionError\u001b[22m: expected 1 to be 2\nstack")).toBe("AssertionError: expected 1 to be 2");
    expect(firstLine("x".repeat(500))).toHaveLength(200);
    expect(firstLine(undefined)).toBe("");
  });
});
