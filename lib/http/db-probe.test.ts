import net from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { databaseHealth, probeOnce, probeTarget, UP_TTL_MS } from "@/lib/http/db-probe";

/** A fake server that answers a StartupMessage with `reply` (or nothing). */
async function fakeServer(reply: Buffer | null, delayMs = 0): Promise<{ port: number; close: () => void; startups: Buffer[] }> {
  const startups: Buffer[] = [];
  const server = net.createServer((socket) => {
    socket.once("data", (d) => {
      startups.push(d);
      if (reply) setTimeout(() => socket.writable && socket.write(reply), delayMs);
    });
    socket.on("error", () => {});
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  return { port: (server.address() as net.AddressInfo).port, close: () => server.close(), startups };
}

function errorMessage(code: string): Buffer {
  const fields = Buffer.from(`SFATAL\0C${code}\0Mthe database system is starting up\0\0`);
  const head = Buffer.alloc(5);
  head.write("E", 0);
  head.writeInt32BE(4 + fields.length, 1);
  return Buffer.concat([head, fields]);
}

const closers: (() => void)[] = [];
afterEach(() => closers.splice(0).forEach((c) => c()));
const target = (port: number) => ({ host: "127.0.0.1", port, user: "amanah", database: "amanah" });

describe("database probe", () => {
  it("is up when the server asks for authentication, and sends a protocol-3 startup with the user and database", async () => {
    const s = await fakeServer(Buffer.from([0x52, 0, 0, 0, 8, 0, 0, 0, 10]));
    closers.push(s.close);
    expect(await probeOnce(target(s.port))).toEqual({ up: true });
    expect(s.startups[0]!.readInt32BE(4)).toBe(196608);
    expect(s.startups[0]!.toString()).toContain("user\0amanah\0database\0amanah\0");
  });
  it("is down while the server starts up, shuts down or is full", async () => {
    for (const code of ["57P03", "57P01", "53300"]) {
      const s = await fakeServer(errorMessage(code));
      closers.push(s.close);
      expect(await probeOnce(target(s.port))).toEqual({ up: false, reason: `SQLSTATE ${code}` });
    }
  });
  it("is up when the server refuses the login itself (a configuration answer, not an outage)", async () => {
    const s = await fakeServer(errorMessage("28P01"));
    closers.push(s.close);
    expect((await probeOnce(target(s.port))).up).toBe(true);
  });
  it("is down when nothing listens or nothing answers", async () => {
    const s = await fakeServer(null);
    closers.push(s.close);
    expect(await probeOnce(target(s.port), 300)).toMatchObject({ up: false, reason: "no answer within 300 ms" });
    const closed = await fakeServer(null);
    closed.close();
    await new Promise((r) => setTimeout(r, 50));
    expect(await probeOnce(target(closed.port))).toMatchObject({ up: false, reason: "ECONNREFUSED" });
  });
  it("trusts an \"up\" answer for UP_TTL_MS from when the probe was sent, however late it was read", async () => {
    // The drill saw a page rendered while the database was down: an "up" read late on a busy event loop was
    // trusted for a further UP_TTL_MS from the moment it was read.
    const s = await fakeServer(Buffer.from([0x52, 0, 0, 0, 8, 0, 0, 0, 10]), 300);
    const url = `postgresql://amanah@127.0.0.1:${s.port}/amanah`;
    const sent = Date.now() + 3_600_000; // later than any answer cached by another test
    expect(await databaseHealth(url, sent)).toEqual({ up: true });
    s.close(); // the server stops; the answer above was read 300 ms after it was asked
    await new Promise((r) => setTimeout(r, 50));
    expect(await databaseHealth(url, sent + UP_TTL_MS - 1)).toEqual({ up: true }); // still trusted: no new probe
    expect(await databaseHealth(url, sent + UP_TTL_MS)).toMatchObject({ up: false, reason: "ECONNREFUSED" });
  });
  it("reads host, port, user and database from DATABASE_URL", () => {
    expect(probeTarget("postgresql://postgres:pw@127.0.0.1:54329/amanah")).toEqual({ host: "127.0.0.1", port: 54329, user: "postgres", database: "amanah" });
    expect(probeTarget("postgres://u@db.example/x")).toMatchObject({ host: "db.example", port: 5432 });
    expect(probeTarget(undefined)).toBeUndefined();
    expect(probeTarget("not a url")).toBeUndefined();
  });
});
