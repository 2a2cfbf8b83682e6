/**
 * The data cache shared by several web instances (decision 039), against a real PostgreSQL: two stores — two
 * listening connections, as two `next start` processes have — hold the same cached public data. A command's
 * transaction that NOTIFYs an expiry (broadcastExpiry, what expireAfterCommit and the worker's jobs call) empties
 * that data in BOTH once it commits; a rolled-back one in neither; a store that lost its connection serves nothing
 * and comes back empty. The same with real processes: tests/drills/multi-instance.drill.ts.
 */
import net from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { broadcastExpiry, PUBLIC_CACHE_CHANNEL, PUBLIC_TAGS } from "@/lib/kernel/public-cache";
import { createSharedCacheStore, PUBLIC_CACHE_CHANNEL as HANDLER_CHANNEL } from "./shared-cache-handler.mjs";

type Store = ReturnType<typeof createSharedCacheStore>;
const logs: string[] = [];
const url = process.env.DATABASE_URL!;
let a: Store;
let b: Store;

const fetchEntry = (data: string) => ({ kind: "FETCH", data: { headers: {}, body: JSON.stringify(data), status: 200, url: "" }, revalidate: 300 });

async function waitFor(what: string, ok: () => Promise<boolean>, ms = 3_000): Promise<void> {
  const until = Date.now() + ms;
  while (!(await ok())) {
    if (Date.now() > until) throw new Error(`timed out: ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

/** The public data both instances cached: the offices' ranking and the catalogue. */
async function fill(...stores: Store[]) {
  for (const s of stores) {
    expect(await s.ready()).toBe(true);
    await s.set("ranking", fetchEntry("ranking v1"), [PUBLIC_TAGS.offices]);
    await s.set("catalogue", fetchEntry("catalogue v1"), [PUBLIC_TAGS.catalogue]);
    expect((await s.get("ranking"))?.value.data.body).toBe(JSON.stringify("ranking v1"));
  }
}

beforeAll(async () => {
  a = createSharedCacheStore({ connectionString: url, log: (m) => logs.push(m) });
  b = createSharedCacheStore({ connectionString: url, log: (m) => logs.push(m) });
});
afterAll(async () => {
  await a?.close();
  await b?.close();
});

describe("the shared data cache (two instances, one PostgreSQL)", () => {
  it("the commands notify the channel the handler listens on", () => {
    expect(PUBLIC_CACHE_CHANNEL).toBe(HANDLER_CHANNEL);
  });

  it("a committed expiry empties the tagged data in BOTH instances, and nothing else", async () => {
    await fill(a, b);
    await db.$transaction(async (tx) => {
      await broadcastExpiry(tx, ["offices"]);
      // Not before the commit: PostgreSQL holds a transaction's notifications until it commits.
      await new Promise((r) => setTimeout(r, 200));
      expect(await a.get("ranking")).not.toBeNull();
      expect(await b.get("ranking")).not.toBeNull();
    });
    await waitFor("both instances dropped the ranking", async () => (await a.get("ranking")) === null && (await b.get("ranking")) === null);
    expect((await a.get("catalogue"))?.value.data.body).toBe(JSON.stringify("catalogue v1"));
    expect((await b.get("catalogue"))?.value.data.body).toBe(JSON.stringify("catalogue v1"));
    // Data cached AFTER the expiry is served again.
    await b.set("ranking", fetchEntry("ranking v2"), [PUBLIC_TAGS.offices]);
    expect((await b.get("ranking"))?.value.data.body).toBe(JSON.stringify("ranking v2"));
  });

  it("a rolled-back transaction expires nothing anywhere", async () => {
    await fill(a, b);
    await expect(
      db.$transaction(async (tx) => {
        await broadcastExpiry(tx, ["offices", "catalogue"]);
        throw new Error("refused");
      }),
    ).rejects.toThrow("refused");
    // A committed expiry of another tag, sent after it, marks the point where every earlier notification arrived.
    for (const s of [a, b]) await s.set("marker", fetchEntry("m"), [PUBLIC_TAGS.open311Services]);
    await db.$transaction((tx) => broadcastExpiry(tx, ["open311Services"]));
    await waitFor("both instances heard the marker's expiry", async () => (await a.get("marker")) === null && (await b.get("marker")) === null);
    for (const s of [a, b]) {
      expect(await s.get("ranking")).not.toBeNull();
      expect(await s.get("catalogue")).not.toBeNull();
    }
  });

  it("the page's own tags count too (Next passes them to get)", async () => {
    await fill(a);
    await a.set("untagged", fetchEntry("u"), []);
    await db.$transaction((tx) => broadcastExpiry(tx, ["catalogue"]));
    await waitFor("A dropped the catalogue", async () => (await a.get("catalogue")) === null);
    expect(await a.get("untagged", [PUBLIC_TAGS.catalogue])).toBeNull();
  });

  it("an instance that lost its listening connection serves nothing, and comes back EMPTY (it may have missed an expiry)", async () => {
    await fill(a, b);
    const pid = b.backendPid();
    expect(pid).toBeGreaterThan(0);
    await db.$queryRaw`SELECT pg_terminate_backend(${pid}::int)`;
    await waitFor("B noticed the lost connection", async () => !b.isListening());
    // Meanwhile an expiry B cannot hear.
    await db.$transaction((tx) => broadcastExpiry(tx, ["offices"]));
    expect(await b.get("catalogue")).toBeNull(); // not listening: no answer from the cache at all
    await b.set("catalogue", fetchEntry("catalogue v1"), [PUBLIC_TAGS.catalogue]); // and nothing stored
    await waitFor("B listens again", () => b.ready(), 5_000);
    expect(b.size()).toBe(0);
    expect(await b.get("ranking")).toBeNull();
    expect(await b.get("catalogue")).toBeNull();
    expect(logs.some((l) => /lost its connection/.test(l))).toBe(true);
    // Back to caching.
    await fill(b);
    expect(b.size()).toBe(2);
  });

  it("a connection that dies without a word (a frozen network) is found by the heartbeat: the cache empties and stops answering", { timeout: 25_000 }, async () => {
    // A TCP relay to PostgreSQL that can be frozen: bytes stop flowing both ways, the socket stays open.
    const target = new URL(url);
    let frozen = false;
    const sockets: net.Socket[] = [];
    const relay = net.createServer((inbound) => {
      const outbound = net.connect(Number(target.port || 5432), target.hostname);
      sockets.push(inbound, outbound);
      inbound.on("data", (d) => void (frozen || outbound.write(d)));
      outbound.on("data", (d) => void (frozen || inbound.write(d)));
      inbound.on("error", () => {});
      outbound.on("error", () => {});
    });
    await new Promise<void>((r) => relay.listen(0, "127.0.0.1", r));
    const relayed = new URL(url);
    relayed.hostname = "127.0.0.1";
    relayed.port = String((relay.address() as net.AddressInfo).port);
    const c = createSharedCacheStore({ connectionString: relayed.toString(), log: (m) => logs.push(m) });
    try {
      await fill(c);
      frozen = true;
      const since = Date.now();
      await waitFor("the heartbeat noticed", async () => !c.isListening(), 15_000);
      // One heartbeat + its timeout, plus slack for a busy machine's late timers; without the heartbeat a frozen
      // connection is found only by TCP's own timeouts, minutes later (and waitFor gives up at 15 s).
      expect(Date.now() - since).toBeLessThan(5_000 + 5_000 + 3_000);
      expect(c.size()).toBe(0);
      expect(await c.get("ranking")).toBeNull(); // and get() did not wait for the frozen connection
    } finally {
      await c.close();
      for (const so of sockets) so.destroy();
      relay.close();
    }
  });

  it("without a database to listen on (the build, a wrong address) it caches nothing rather than risk stale data", async () => {
    const off = createSharedCacheStore({ connectionString: "postgresql://nobody:x@127.0.0.1:1/none", log: (m) => logs.push(m) });
    expect(await off.ready()).toBe(false);
    await off.set("ranking", fetchEntry("r"), [PUBLIC_TAGS.offices]);
    expect(await off.get("ranking")).toBeNull();
    expect(off.size()).toBe(0);
    await off.close();
  });
});
