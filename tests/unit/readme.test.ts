/** README.md's demo-account table must match what the seed creates (prisma/seed/demo-accounts.ts). */
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "../../prisma/seed/demo-accounts";

const readme = fs.readFileSync(path.resolve(import.meta.dirname, "..", "..", "README.md"), "utf8");

function demoTable(): { role: string; login: string; password: string; home: string }[] {
  const section = readme.split(/^## /m).find((s) => s.startsWith("Demo accounts"));
  if (!section) throw new Error("README.md has no '## Demo accounts' section");
  return section
    .split("\n")
    .filter((line) => /^\| [A-Z_]+ \|/.test(line))
    .map((line) => {
      const cells = line.split("|").slice(1, -1).map((c) => c.trim().replaceAll("`", ""));
      return { role: cells[0]!, login: cells[3]!, password: cells[4]!, home: cells[5]! };
    });
}

describe("README demo accounts", () => {
  it("lists every demo account, in order, with its login, password and home", () => {
    expect(demoTable()).toEqual(DEMO_ACCOUNTS.map((a) => ({ role: a.role, login: a.login, password: DEMO_PASSWORD, home: `/ar${a.home}` })));
  });

  it("gives the two quick-start commands", () => {
    expect(readme).toContain("npm install && npm start");
    expect(readme).toMatch(/^npm test$/m);
  });
});
