/**
 * `npm run bench`, Lighthouse (issue 16): the mobile performance score a phone user would get, as Google's own
 * tool computes it. Each page is audited BENCH_LIGHTHOUSE_RUNS times (default 3) with Lighthouse's default mobile
 * settings (a mid-range phone, simulated slow 4G and a 4× slower CPU) in Chromium against `next start`, and the
 * median run is reported: its score, total blocking time (TBT), largest contentful paint (LCP) and layout shift
 * (CLS). One run alone moves by a few points; the median of three is what the issue's figures were.
 *
 * Target: performance score ≥ 95 on every page in the list.
 */
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";

export const LIGHTHOUSE_TARGET_SCORE = 95;

export type LighthousePage = { name: string; path: string; cookie?: string };
type Run = { score: number; tbt: number; lcp: number; cls: number; error?: string; shifts: string[] };
export type LighthouseRow = LighthousePage & { runs: Run[]; median: Run };

/** Audits each page `runs` times in one Chromium (a fresh tab and an empty cache each run); the median by score. */
export async function measureLighthouse(base: string, pages: LighthousePage[], runs = Number(process.env.BENCH_LIGHTHOUSE_RUNS || 3)): Promise<LighthouseRow[]> {
  const chrome = await chromeLauncher.launch({
    chromePath: process.env.CHROME_PATH || "/usr/bin/chromium",
    chromeFlags: ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--lang=ar-SA"],
  });
  const rows: LighthouseRow[] = [];
  try {
    for (const p of pages) {
      const results: Run[] = [];
      for (let i = 0; i < runs; i++) {
        const result = await lighthouse(`${base}${p.path}`, {
          port: chrome.port,
          output: "json",
          logLevel: "error",
          onlyCategories: ["performance"],
          ...(p.cookie ? { extraHeaders: { Cookie: p.cookie } } : {}),
        });
        const lhr = result?.lhr;
        const audit = (id: string) => lhr?.audits[id]?.numericValue ?? Number.NaN;
        // What moved and why (Lighthouse's root causes: a web font, an unsized image…), to read when CLS misses.
        type ShiftItem = { node?: { selector?: string; snippet?: string }; score?: number; subItems?: { items?: { cause?: string; extra?: { value?: string } }[] } };
        const shiftItems = ((lhr?.audits["layout-shifts"]?.details as { items?: ShiftItem[] } | undefined)?.items ?? []).slice(0, 3);
        const shifts = shiftItems.map((it) => {
          const causes = (it.subItems?.items ?? []).map((c) => `${c.cause ?? "?"}${c.extra?.value ? ` ${String(c.extra.value).split("/").pop()}` : ""}`);
          return `${(it.score ?? 0).toFixed(3)} ${it.node?.selector ?? it.node?.snippet ?? "?"}${causes.length ? ` — ${causes.join("; ")}` : ""}`;
        });
        results.push({
          score: Math.round((lhr?.categories.performance?.score ?? 0) * 100),
          tbt: audit("total-blocking-time"),
          lcp: audit("largest-contentful-paint"),
          cls: audit("cumulative-layout-shift"),
          error: lhr?.runtimeError?.message,
          shifts,
        });
      }
      const sorted = [...results].sort((a, b) => a.score - b.score);
      rows.push({ ...p, runs: results, median: sorted[Math.floor(sorted.length / 2)]! });
    }
  } finally {
    await chrome.kill();
  }
  return rows;
}

/** The printed table; `ok` is false when a page's median score is under the target or a run failed. */
export function lighthouseReport(rows: LighthouseRow[]): { ok: boolean; lines: string[] } {
  const lines = [`\nLighthouse, mobile (issue 16): median of ${rows[0]?.runs.length ?? 0} runs per page, target performance ≥ ${LIGHTHOUSE_TARGET_SCORE}`];
  lines.push(`  ${"page".padEnd(44)} ${"score".padStart(6)} ${"runs".padStart(12)} ${"TBT".padStart(8)} ${"LCP".padStart(8)} ${"CLS".padStart(6)}  result`);
  let ok = true;
  for (const r of rows) {
    const m = r.median;
    const failed = r.runs.find((x) => x.error);
    const pass = !failed && m.score >= LIGHTHOUSE_TARGET_SCORE;
    if (!pass) ok = false;
    lines.push(
      `  ${r.name.padEnd(44)} ${String(m.score).padStart(6)} ${r.runs.map((x) => x.score).join("/").padStart(12)} ${`${Math.round(m.tbt)} ms`.padStart(8)} ${`${(m.lcp / 1000).toFixed(1)} s`.padStart(8)} ${m.cls.toFixed(2).padStart(6)}  ${pass ? "ok" : failed ? `MISS (${failed.error})` : "MISS"}`,
    );
    // The layout shifts of the worst run, when one moved more than "good" (0.1).
    const worst = [...r.runs].sort((a, b) => b.cls - a.cls)[0];
    if (worst && worst.cls > 0.1) for (const s of worst.shifts) lines.push(`      shift (CLS ${worst.cls.toFixed(2)} run): ${s}`);
  }
  return { ok, lines };
}

/**
 * Next's own floor for Lighthouse on this machine (reference, no target; decision 046): the lightest page Next can
 * serve — a heading, a paragraph and one link, rendered per request like every portal page, with no stylesheet, no
 * web font and no component of ours — built with the project's own Next and React and audited exactly like the
 * portal's pages. It is what the framework alone scores on this machine; a portal page carries more (a stylesheet,
 * fonts, a shell to hydrate), so it should not be expected above it.
 *
 * The app is built in a temporary folder whose node_modules is a hard-linked copy of the project's (`cp -al`, no
 * bytes copied): Turbopack refuses a node_modules that is a symlink out of the project, and a folder inside the
 * project would be built with the project's instrumentation.
 */
export async function measureLighthouseFloor(port: number): Promise<LighthouseRow> {
  const { spawn, spawnSync } = await import("node:child_process");
  const fs = await import("node:fs");
  const os = await import("node:os");
  const path = await import("node:path");
  const { NODE, PROJECT_ROOT } = await import("./tasks");
  const { stopChild, waitForHttp } = await import("./supervisor");
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "amanah-lighthouse-floor-"));
  try {
    const linked = spawnSync("cp", ["-al", path.join(PROJECT_ROOT, "node_modules"), path.join(dir, "node_modules")]);
    if (linked.status !== 0) throw new Error(`cp -al node_modules: ${String(linked.stderr)}`);
    fs.mkdirSync(path.join(dir, "app"));
    fs.writeFileSync(path.join(dir, "package.json"), JSON.stringify({ name: "lighthouse-floor", private: true, type: "module" }));
    fs.writeFileSync(
      path.join(dir, "app", "layout.jsx"),
      `export default function RootLayout({ children }) {\n  return <html lang="ar" dir="rtl"><body>{children}</body></html>;\n}\n`,
    );
    // The same hero sentence as the home page; `force-dynamic`, as the portal renders every page per request.
    fs.writeFileSync(
      path.join(dir, "app", "page.jsx"),
      `import Link from "next/link";\nexport const dynamic = "force-dynamic";\nexport default function Page() {\n  return <main><h1>بوابة الأمانة الإلكترونية</h1><p>قدّم طلبك إلكترونيًا، ويتولى مكتب خدمات معتمد من الأمانة معالجته والكشف الميداني، ثم تصدر الرخصة إلكترونيًا.</p><Link href="/other">التالي</Link></main>;\n}\n`,
    );
    // Next from the copy, not the project's: the project's would render with one React and the app import another.
    const next = path.join(dir, "node_modules", "next", "dist", "bin", "next");
    const env: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1" };
    const built = spawnSync(NODE, [next, "build"], { cwd: dir, env, encoding: "utf8" });
    if (built.status !== 0) throw new Error(`next build of the floor page failed:\n${(built.stdout + built.stderr).slice(-2000)}`);
    const web = spawn(NODE, [next, "start", "-p", String(port)], { cwd: dir, env, stdio: "ignore" });
    try {
      await waitForHttp(`http://localhost:${port}/`, 60_000);
      const [row] = await measureLighthouse(`http://localhost:${port}`, [{ name: "Next's floor: one paragraph, no CSS/fonts", path: "/" }]);
      return row!;
    } finally {
      await stopChild(web);
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** The floor's line, printed under the table with no target. */
export function lighthouseFloorLine(row: LighthouseRow): string {
  const m = row.median;
  return `  ${row.name.padEnd(44)} ${String(m.score).padStart(6)} ${row.runs.map((x) => x.score).join("/").padStart(12)} ${`${Math.round(m.tbt)} ms`.padStart(8)} ${`${(m.lcp / 1000).toFixed(1)} s`.padStart(8)} ${m.cls.toFixed(2).padStart(6)}  reference (decision 046)`;
}
