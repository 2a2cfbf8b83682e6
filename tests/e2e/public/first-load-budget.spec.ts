/**
 * The first-load JavaScript budget of issue 16 (≤ 150 kB compressed on citizen and public pages), held on every
 * CI run, not only when someone runs `npm run bench`: a byte count of the production build, the same for every
 * run of the same code, so it is a budget, not a timed test. It exists because the budget was lost once without a
 * test seeing it: the signed-in shell's notice slot (next/dynamic's loader) and one list of every deferred form put
 * the license application and the appointment booking at 151.0 kB.
 *
 * Measured as the bench measures it (scripts/lib/bench-first-load.ts: each page cold in its own context, the bytes
 * on the wire of every script, as `next start` compresses them), on one page of each kind: a public page, a public
 * form, the sign-in, the signed-in shell alone, and the two signed-in pages with the most (a form on each).
 */
import { test, expect } from "../fixtures";
import { FIRST_LOAD_TARGET_BYTES, measureFirstLoad } from "../../../scripts/lib/bench-first-load";

test("the first load of each kind of citizen and public page stays within 150 kB of compressed JavaScript", async ({ page, loginAs, baseURL }) => {
  test.setTimeout(120_000);
  await loginAs("CITIZEN");
  const session = (await page.context().cookies()).find((c) => c.name.endsWith("next-auth.session-token"));
  expect(session, "signed in: the session cookie").toBeTruthy();
  const cookie = `${session!.name}=${session!.value}`;

  const rows = await measureFirstLoad(baseURL!, [
    { name: "home", path: "/ar" },
    { name: "file a complaint", path: "/ar/complaints/new" },
    { name: "sign-in", path: "/ar/sign-in" },
    { name: "citizen dashboard", path: "/ar/my", cookie },
    { name: "apply for a license", path: "/ar/my/licenses/apply", cookie },
    { name: "book an appointment", path: "/ar/my/appointments/book", cookie },
  ]);

  const summary = rows.map((r) => `${r.name}: HTTP ${r.status} at ${r.finalPath}, ${r.scripts} scripts, ${(r.scriptBytes / 1000).toFixed(1)} kB`).join("\n");
  for (const r of rows) {
    expect(r.status, `${r.name} opened\n${summary}`).toBe(200);
    // Measured where it was asked for: a signed-in page without its session would be the sign-in page's bytes.
    expect(r.finalPath, summary).toBe(r.path);
    expect(r.scripts, `${r.name}: scripts were counted\n${summary}`).toBeGreaterThan(3);
    expect(r.scriptBytes, `${r.name} within the budget (BENCH_FIRST_LOAD_FILES=1 BENCH_ONLY=js npm run bench lists its chunks)\n${summary}`).toBeLessThanOrEqual(FIRST_LOAD_TARGET_BYTES);
  }
});
