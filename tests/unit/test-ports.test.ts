import fs from "node:fs";
import net, { type AddressInfo } from "node:net";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { TEST_PORTS } from "@/scripts/lib/test-ports";

/** This machine's ephemeral range (Linux), or Linux's default where it cannot be read. */
function ephemeralRange(): [number, number] {
  try {
    const [lo, hi] = fs.readFileSync("/proc/sys/net/ipv4/ip_local_port_range", "utf8").trim().split(/\s+/).map(Number);
    if (lo && hi) return [lo, hi];
  } catch {
    // not Linux: fall through
  }
  return [32768, 60999];
}

const listen = (server: net.Server, port: number, host?: string) =>
  new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => resolve());
  });

describe("the fixed ports of the test run (decision 048)", () => {
  it("an outgoing connection's local port cannot be listened on while it is open: why the rule exists", async () => {
    const server = net.createServer((s) => s.on("error", () => {}));
    await listen(server, 0, "127.0.0.1");
    const client = net.connect((server.address() as AddressInfo).port, "127.0.0.1");
    await new Promise<void>((r) => client.once("connect", () => r()));
    const [lo, hi] = ephemeralRange();
    expect(client.localPort).toBeGreaterThanOrEqual(lo);
    expect(client.localPort).toBeLessThanOrEqual(hi);
    const second = net.createServer();
    try {
      // As `next start -p <port>` listens: every address, SO_REUSEADDR (Node's default).
      await expect(listen(second, client.localPort!)).rejects.toMatchObject({ code: "EADDRINUSE" });
    } finally {
      second.close();
      client.destroy();
      server.close();
    }
  });

  it("lie outside the ephemeral range and are all different", () => {
    const ports = { ...TEST_PORTS, multiDrillWebA: TEST_PORTS.multiDrillBase + 1, multiDrillWebB: TEST_PORTS.multiDrillBase + 2 };
    const [lo, hi] = ephemeralRange();
    const inRange = Object.entries(ports).filter(([, port]) => port >= lo && port <= hi);
    expect(inRange).toEqual([]);
    expect(new Set(Object.values(ports)).size).toBe(Object.keys(ports).length);
  });

  it("are the only fixed listening ports the tests name: no port number written into a test or the test runners", () => {
    const files = [
      ...(fs.readdirSync("tests", { recursive: true }) as string[])
        .filter((f) => f.endsWith(".ts") && !f.includes("fixtures/") && !f.endsWith("test-ports.test.ts"))
        .map((f) => path.join("tests", f)),
      "scripts/e2e-server.ts",
      "scripts/test-all.ts",
      "playwright.config.ts",
    ];
    // A port literal where a port is set: `PORT = 55552`, `port: 54339`, `_PORT || 3109`, `localhost:3100`.
    const literal = /(?:PORT\s*=\s*|\bport:\s*|_PORT\s*\|\|\s*|(?:localhost|127\.0\.0\.1):)(\d{4,5})\b/g;
    const found = files.flatMap((file) => [...fs.readFileSync(file, "utf8").matchAll(literal)].map((m) => `${file}: ${m[0]}`));
    expect(found).toEqual([]);
  });
});
