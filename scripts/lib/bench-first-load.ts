/**
 * `npm run bench`, first-load JavaScript (issue 16): what a phone downloads before a citizen or public page works.
 * Each page is opened in a new, cache-less Chromium context against `next start` (which compresses as a real
 * deployment does); the bytes on the wire of every script response are summed — the compressed size, as the
 * browser received it (Chromium's own `responseBodySize`), not a size read from the build's manifests. Fonts are
 * printed beside it for the record, without a target.
 *
 * Target: ≤ 150 kB (150,000 bytes) of compressed JavaScript on every page in the list. See
 * docs/decisions/033-first-load-javascript.md for where the bytes go and what was cut.
 */
import { chromium } from "playwright-core";

export const FIRST_LOAD_TARGET_BYTES = 150_000;

export type FirstLoadPage = { name: string; path: string; cookie?: string };
/** `finalPath`: where the page ended after redirects (a signed-in page without its session lands on the sign-in). */
export type FirstLoadRow = FirstLoadPage & { scripts: number; scriptBytes: number; fontBytes: number; status: number; finalPath: string; files: { url: string; bytes: number }[] };

/** Opens each page cold and sums the compressed bytes of its scripts (and fonts). */
export async function measureFirstLoad(base: string, pages: FirstLoadPage[]): Promise<FirstLoadRow[]> {
  const browser = await chromium.launch({
    executablePath: "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
  const rows: FirstLoadRow[] = [];
  try {
    for (const p of pages) {
      const context = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: "ar-SA" });
      if (p.cookie) {
        const [name, ...value] = p.cookie.split("=");
        await context.addCookies([{ name: name!, value: value.join("="), url: base }]);
      }
      const page = await context.newPage();
      const responses: Promise<{ kind: "script" | "font" | "other"; bytes: number; url: string }>[] = [];
      page.on("requestfinished", (req) => {
        const type = req.resourceType();
        const kind = type === "script" ? "script" : type === "font" ? "font" : "other";
        if (kind === "other") return;
        responses.push(req.sizes().then((s) => ({ kind, bytes: s.responseBodySize, url: req.url() })));
      });
      const res = await page.goto(`${base}${p.path}`, { waitUntil: "networkidle" });
      const sizes = await Promise.all(responses);
      const scripts = sizes.filter((s) => s.kind === "script");
      rows.push({
        ...p,
        status: res?.status() ?? 0,
        finalPath: new URL(page.url()).pathname,
        scripts: scripts.length,
        scriptBytes: scripts.reduce((n, s) => n + s.bytes, 0),
        fontBytes: sizes.filter((s) => s.kind === "font").reduce((n, s) => n + s.bytes, 0),
        files: sizes.map((s) => ({ url: new URL(s.url).pathname, bytes: s.bytes })).sort((a, b) => b.bytes - a.bytes),
      });
      await context.close();
    }
  } finally {
    await browser.close();
  }
  return rows;
}

/**
 * The printed table; `ok` is false when a page misses the target or did not open (non-2xx). With `files`
 * (BENCH_FIRST_LOAD_FILES=1) each page's scripts and fonts follow it, largest first: where the bytes go.
 */
export function firstLoadReport(rows: FirstLoadRow[], files = false): { ok: boolean; lines: string[] } {
  const kB = (b: number) => `${(b / 1000).toFixed(1)} kB`;
  const lines = [`\nFirst-load JavaScript (issue 16): compressed bytes a cold phone downloads, target ≤ ${kB(FIRST_LOAD_TARGET_BYTES)} per page`];
  lines.push(`  ${"page".padEnd(44)} ${"scripts".padStart(8)} ${"JS".padStart(10)} ${"fonts".padStart(10)}  result`);
  let ok = true;
  for (const r of rows) {
    const pass = r.status >= 200 && r.status < 300 && r.scriptBytes <= FIRST_LOAD_TARGET_BYTES;
    if (!pass) ok = false;
    const why = r.status < 200 || r.status >= 300 ? `MISS (HTTP ${r.status})` : pass ? "ok" : "MISS";
    lines.push(`  ${r.name.padEnd(44)} ${String(r.scripts).padStart(8)} ${kB(r.scriptBytes).padStart(10)} ${kB(r.fontBytes).padStart(10)}  ${why}`);
    if (files) for (const f of r.files) lines.push(`      ${kB(f.bytes).padStart(10)}  ${f.url}`);
  }
  return { ok, lines };
}
