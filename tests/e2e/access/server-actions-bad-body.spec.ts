import fs from "node:fs";
import path from "node:path";
import { samplePath } from "../../../lib/auth/route-list";
import { expect, test } from "../fixtures";

/**
 * A server action posted with a body Next cannot decode (decision 013). Next decodes the arguments before
 * any code of ours runs and used to answer 500; proxy.ts now refuses such bodies with 400. Every server
 * action of the build (its server-reference manifest) is posted each malformed body on a page that uses it.
 */
type Manifest = { node: Record<string, { workers: Record<string, unknown> }> };
const manifestFile = path.join(process.cwd(), ".next", "server", "server-reference-manifest.json");

function actions(): { id: string; url: string }[] {
  const manifest = JSON.parse(fs.readFileSync(manifestFile, "utf8")) as Manifest;
  return Object.entries(manifest.node).map(([id, entry]) => {
    const worker = Object.keys(entry.workers).find((w) => w.startsWith("app/[lang]/")) ?? Object.keys(entry.workers)[0]!;
    const pattern = "/" + worker.replace(/^app\//, "").replace(/\/page$/, "").split("/").filter((s) => s !== "[lang]" && !/^\(.*\)$/.test(s)).join("/");
    return { id, url: `/ar${samplePath(pattern === "/" ? "/" : pattern).replace(/^\/$/, "")}` };
  });
}

const BODIES: { name: string; body: string | Buffer; type: string }[] = [
  { name: "x", body: "x", type: "text/plain;charset=UTF-8" },
  { name: "empty", body: "", type: "text/plain;charset=UTF-8" },
  { name: "null", body: "null", type: "text/plain;charset=UTF-8" },
  { name: "20,000-deep array", body: "[".repeat(20_000) + "]".repeat(20_000), type: "text/plain;charset=UTF-8" },
  { name: "broken multipart", body: "--zzz\r\nnot a part", type: "multipart/form-data; boundary=zzz" },
];

test("every server action answers a malformed body with 400, never 500", async ({ request }) => {
  test.setTimeout(240_000);
  const list = actions();
  expect(list.length).toBeGreaterThan(10);
  const wrong: string[] = [];
  for (const a of list) {
    for (const b of BODIES) {
      const res = await request.post(a.url, { headers: { "Next-Action": a.id, "Content-Type": b.type, Accept: "text/x-component" }, data: b.body, maxRedirects: 0 });
      if (res.status() !== 400) wrong.push(`${a.url} ${a.id.slice(0, 8)} ${b.name} → ${res.status()}`);
    }
  }
  expect(wrong).toEqual([]);
});

test("a well-formed call still reaches the action (and its own validation)", async ({ request }) => {
  const [a] = actions().filter((x) => x.url === "/ar/complaints/new");
  expect(a, "the complaint form's server action").toBeDefined();
  const res = await request.post(a!.url, { headers: { "Next-Action": a!.id, "Content-Type": "text/plain;charset=UTF-8", Accept: "text/x-component" }, data: "[{}]" });
  expect(res.status()).toBe(200);
});
