import http from "node:http";
import { expect, test } from "../fixtures";
import { TEST_PORTS } from "../../../scripts/lib/test-ports";

/**
 * The public verification pages are limited per client IP (decision 012): real HTTP against the built server,
 * from a loopback address of this test's own (127.x.y.z), so no other journey shares the bucket. Past the limit
 * the answer is a localized page with status 429 and Retry-After — not the page, and not a 500.
 */
const base = new URL(process.env.E2E_BASE_URL ?? `http://localhost:${TEST_PORTS.e2eWeb}`); // as playwright.config.ts
const LIMIT = 30; // VERIFY_PAGE_POINTS in lib/http/verify-limit.ts

function get(path: string, localAddress: string): Promise<{ status: number; body: string; retryAfter: string | undefined; type: string | undefined }> {
  return new Promise((resolve, reject) => {
    const req = http.request({ host: "127.0.0.1", port: Number(base.port || 80), path, localAddress, agent: false }, (res) => {
      let body = "";
      res.setEncoding("utf8");
      res.on("data", (chunk: string) => (body += chunk));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, body, retryAfter: res.headers["retry-after"] as string | undefined, type: res.headers["content-type"] }));
    });
    req.on("error", reject);
    req.end();
  });
}

test("verification pages answer a localized 429 page past the per-IP limit", async () => {
  test.setTimeout(120_000);
  const octet = () => 2 + Math.floor(Math.random() * 250);
  const me = `127.${octet()}.${octet()}.${octet()}`;
  let other = `127.${octet()}.${octet()}.${octet()}`;
  while (other === me) other = `127.${octet()}.${octet()}.${octet()}`;
  const kinds = ["license", "health-certificate", "receipt"];
  const statuses: number[] = [];
  for (let i = 0; i < LIMIT; i++) statuses.push((await get(`/ar/verify/${kinds[i % 3]}/unknownCode${i}abcdefgh`, me)).status);
  expect(statuses.every((s) => s === 404), statuses.join(",")).toBe(true); // unknown codes: the pages' own 404

  const limited = await get("/ar/verify/receipt/unknownCodeXabcdefgh", me);
  expect(limited.status).toBe(429);
  expect(Number(limited.retryAfter)).toBeGreaterThan(0);
  expect(limited.type).toMatch(/^text\/html/);
  expect(limited.body).toContain('<html lang="ar" dir="rtl">');
  expect(limited.body).toContain("طلبات كثيرة");
  const en = await get("/en/verify/license/unknownCodeXabcdefgh", me);
  expect(en.status).toBe(429);
  expect(en.body).toContain("Too many requests");

  // Another connecting address has its own bucket.
  expect((await get("/ar/verify/license/unknownCodeYabcdefgh", other)).status).toBe(404);
});
