import net from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { probeOnce, probeTarget } from "@/lib/http/db-probe";

/** A fake server that answers a StartupMessage with `reply` (or nothing). */
async function fakeServer(reply: Buffer | null): Promise<{ port: number; close: () => void; startups: Buffer[] }> {
  const startups: Buffer[] = [];
  const server = net.createServer((socket) => {
    socket.once("data", (d) => {
      startups.push(d);
      if (reply) socket.write(reply);
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
  it("reads host, port, user and database from DATABASE_URL", () => {
    expect(probeTarget("postgresql://postgres:pw@127.0.0.1:54329/amanah")).toEqual({ host: "127.0.0.1", port: 54329, user: "postgres", database: "amanah" });
    expect(probeTarget("postgres://u@db.example/x")).toMatchObject({ host: "db.example", port: 5432 });
    expect(probeTarget(undefined)).toBeUndefined();
    expect(probeTarget("not a url")).toBeUndefined();
  });
});
