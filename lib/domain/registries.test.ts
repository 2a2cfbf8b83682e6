/**
 * The two hand-kept lists of the domain stay complete:
 * - lib/domain/commands.ts imports every file that defines a command (the authorization test
 *   enumerates the registry it fills);
 * - lib/domain/bill-paid-handlers.ts has exactly one handler per bill kind, every kind of bill the
 *   code issues is a known kind, and payments imports no area that handles its bills.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { billPaidHandlers } from "@/lib/domain/bill-paid-handlers";
import { BILL_KINDS } from "@/lib/domain/payments/handlers";

const root = process.cwd();
function sourceFiles(dir: string): string[] {
  return readdirSync(path.join(root, dir), { recursive: true, encoding: "utf8" })
    .filter((f) => /\.tsx?$/.test(f) && !/\.test\.tsx?$/.test(f))
    .map((f) => path.join(dir, f).split(path.sep).join("/"));
}
const read = (f: string) => readFileSync(path.join(root, f), "utf8");
const domainFiles = sourceFiles("lib/domain");

describe("lib/domain/commands.ts", () => {
  it("imports every file that defines a command", () => {
    const list = read("lib/domain/commands.ts");
    const defining = domainFiles.filter((f) => f !== "lib/domain/command.ts" && /\bdefine(Public)?Command\(/.test(read(f)));
    expect(defining.length).toBeGreaterThan(30);
    const missing = defining.filter((f) => !list.includes(`"@/${f.replace(/\.ts$/, "")}"`));
    expect(missing, "add these to lib/domain/commands.ts").toEqual([]);
  });
});

describe("bill-paid handlers", () => {
  it("has exactly one handler for every bill kind, and none for an unknown kind", () => {
    expect(Object.keys(billPaidHandlers).sort()).toEqual([...BILL_KINDS].sort());
    for (const kind of BILL_KINDS) expect(typeof billPaidHandlers[kind], kind).toBe("function");
    expect(new Set(Object.values(billPaidHandlers)).size).toBe(BILL_KINDS.length);
  });

  it("knows every kind of bill the code issues (each subjectType literal)", () => {
    const issued = new Set<string>();
    for (const f of domainFiles.filter((x) => !x.endsWith("/test-support.ts"))) for (const m of read(f).matchAll(/subjectType:\s*"(\w+)"/g)) issued.add(m[1]!);
    expect(issued.size).toBeGreaterThanOrEqual(4);
    expect([...issued].filter((k) => !(BILL_KINDS as readonly string[]).includes(k))).toEqual([]);
  });

  it("payments imports no area that handles its bills (the map is composed outside it)", () => {
    const upward = sourceFiles("lib/domain/payments").filter((f) => /from "@\/lib\/domain\/(licensing|violations|offices|bill-paid-handlers)/.test(read(f)));
    expect(upward).toEqual([]);
  });
});
