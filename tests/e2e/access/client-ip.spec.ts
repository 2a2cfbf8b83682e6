import http from "node:http";
import { expect, test } from "../fixtures";
import { TEST_PORTS } from "../../../scripts/lib/test-ports";

/**
 * The client IP is the TCP peer (TRUSTED_PROXY_HOPS=0), never a header the client writes (decision 013).
 * Real HTTP against the built server, from loopback addresses of this test's own (127.x.y.z, so no other journey
 * shares the bucket): Open311's keyless reads are limited to 60 a minute per client IP. Forging a different
 * X-Forwarded-For / X-Real-IP on every request must not give a fresh bucket (it did when the leftmost
 * X-Forwarded-For was trusted), and another connecting address must.
 */
const base = new URL(process.env.E2E_BASE_URL ?? `http://localhost:${TEST_PORTS.e2eWeb}`); // as playwright.config.ts

function get(path: string, localAddress: string, headers: Record<string, string> = {}): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = http.request({ host: "127.0.0.1", port: Number(base.port || 80), path, localAddress, headers, agent: false }, (res) => {
      res.resume();
      res.on("end", () => resolve(res.statusCode ?? 0));
    });
    req.on("error", reject);
    req.end();
  });
}

test("a forged X-Forwarded-For does not change the rate-limit bucket; the connecting address does", async () => {
  test.setTimeout(60_000);
  const octet = () => 2 + Math.floor(Math.random() * 250);
  const me = `127.${octet()}.${octet()}.${octet()}`;
  let other = `127.${octet()}.${octet()}.${octet()}`;
  while (other === me) other = `127.${octet()}.${octet()}.${octet()}`;
  const statuses: number[] = [];
  for (let i = 1; i <= 61; i++) {
    statuses.push(await get("/api/open311/v2/services.json", me, { "X-Forwarded-For": `203.0.113.${i}`, "X-Real-IP": `198.51.100.${i}` }));
  }
  expect(statuses.slice(0, 60).every((s) => s === 200), statuses.join(",")).toBe(true);
  expect(statuses[60]).toBe(429);
  // Still limited with yet another forged header; a different connecting address has its own bucket.
  expect(await get("/api/open311/v2/services.json", me, { "X-Forwarded-For": "192.0.2.77, 192.0.2.78" })).toBe(429);
  expect(await get("/api/open311/v2/services.json", other)).toBe(200);
});
