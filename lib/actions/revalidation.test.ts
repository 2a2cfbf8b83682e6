import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

/**
 * docs/decisions/027-after-action-feedback.md, part 1: after an action the page shows the new state without a reload.
 * So every server-action file under app/ revalidates what it changes (revalidatePath / revalidateTag / refresh),
 * or says in a `// no-revalidate: <why>` (or `// No revalidatePath: <why>`) comment that its result is the whole answer (a look-up, a report).
 */
function serverActionFiles(dir: string): string[] {
  const out: string[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...serverActionFiles(full));
    else if (/\.(ts|tsx)$/.test(entry.name) && /^\s*["']use server["'];?/.test(fs.readFileSync(full, "utf8"))) out.push(full);
  }
  return out;
}

describe("server actions refresh what they change", () => {
  const files = serverActionFiles(path.join(process.cwd(), "app"));

  it("finds the app's server-action files", () => {
    expect(files.length).toBeGreaterThan(20);
  });

  it.each(files.map((f) => [path.relative(process.cwd(), f)]))("%s revalidates, or says why not", (file) => {
    const text = fs.readFileSync(file, "utf8");
    const revalidates = /\b(revalidatePath|revalidateTag|updateTag|refresh)\s*\(/.test(text);
    const reason = /\/\/ (no-revalidate|No revalidatePath): \S.{10,}/.exec(text);
    expect(revalidates || reason !== null, `${file}: call revalidatePath(...) after a successful change, or add "// no-revalidate: <why>"`).toBe(true);
  });
});
