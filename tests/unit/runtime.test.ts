/**
 * The portal runs on the Node.js the project pins (decision 049), not on whatever Node the machine has.
 * package.json depends on the `node` package: npm installs that release's binary for this platform and links it as
 * node_modules/.bin/node, which every npm script finds ahead of the machine's own on its PATH — `npm start`,
 * `npm test`, `npm run bench`, the `tsx` scripts (their `#!/usr/bin/env node`) and the commands Playwright starts.
 * The machines here and in CI come with Node 20, which reached its end of life on 2026-04-30.
 */
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, test } from "vitest";

const root = path.resolve(import.meta.dirname, "..", "..");
const pkg = JSON.parse(readFileSync(path.join(root, "package.json"), "utf8")) as { dependencies: Record<string, string>; allowScripts: Record<string, boolean> };
const pinnedMajor = /^[\^~]?(\d+)\./.exec(pkg.dependencies.node ?? "")?.[1];

// End of life of each LTS line, from the Node.js release schedule (github.com/nodejs/Release).
const END_OF_LIFE: Record<string, string> = { "20": "2026-04-30", "22": "2027-04-30", "24": "2028-04-30", "26": "2029-04-30" };

describe("the project's Node.js", () => {
  test("package.json pins a Node.js LTS line that still gets security fixes", () => {
    expect(pinnedMajor, "package.json must depend on the `node` package with a major version").toBeDefined();
    const eol = END_OF_LIFE[pinnedMajor!];
    expect(eol, `Node ${pinnedMajor} is not an LTS line with a known end of life`).toBeDefined();
    expect(new Date().toISOString().slice(0, 10) < eol!, `Node ${pinnedMajor} reached its end of life on ${eol}: move the pin`).toBe(true);
    // Its install script puts the binary in place: it is listed with the other install scripts the project relies on
    // (npm 11.19 still runs an unlisted one, with a warning; allowScripts is how npm is moving to decide).
    expect(pkg.allowScripts.node).toBe(true);
  });

  test("the tests run on the pinned release, not on the machine's Node", () => {
    expect(process.versions.node.split(".")[0]).toBe(pinnedMajor);
  });

  test("a `node` a script starts by name is the pinned one too (tsx's shebang, Playwright's web server command)", () => {
    const child = spawnSync("node", ["-p", "process.versions.node"], { encoding: "utf8" });
    expect(child.status).toBe(0);
    expect(child.stdout.trim().split(".")[0]).toBe(pinnedMajor);
  });
});
