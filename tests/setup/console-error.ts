/**
 * Setup file of both vitest projects: a test during which console.error is called FAILS, with the
 * message. An error printed and ignored is a bug hidden in the log. A test that expects an error says so
 * with a spy, which replaces this guard while it lasts:
 *
 *   const errors = vi.spyOn(console, "error").mockImplementation(() => {});
 *   … expect(errors).toHaveBeenCalledWith(…); errors.mockRestore();
 */
import { format } from "node:util";
import { afterEach, beforeEach } from "vitest";

const original = console.error;
let calls: string[] = [];

beforeEach(() => {
  calls = [];
  console.error = (...args: unknown[]) => {
    calls.push(format(...args));
    original(...args);
  };
});

afterEach(() => {
  console.error = original;
  if (calls.length > 0) {
    const first = calls[0]!.split("\n").slice(0, 3).join("\n");
    throw new Error(`console.error was called ${calls.length} time(s) during this test (spy on it if the test expects it):\n${first}`);
  }
});
