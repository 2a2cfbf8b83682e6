/**
 * The rate-limit table is swept of ended windows (the store itself never deletes a row), and it is UNLOGGED: its
 * counters are written on every public request within a limit and need no write-ahead log.
 */
import crypto from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createLimiter } from "@/lib/auth/rate-limit";
import { sweepExpiredLimits } from "@/lib/auth/rate-limit-sweep";

describe("sweepExpiredLimits", () => {
  it("deletes the rows whose window ended, keeps the live ones and those without an expiry", async () => {
    const prefix = `test_sweep_${crypto.randomUUID().slice(0, 8)}`;
    const now = Date.now();
    await db.rateLimit.createMany({
      data: [
        { key: `${prefix}:ended`, points: 5, expire: BigInt(now - 1_000) },
        { key: `${prefix}:live`, points: 2, expire: BigInt(now + 60_000) },
        { key: `${prefix}:forever`, points: 1, expire: null },
      ],
    });
    const { deleted } = await sweepExpiredLimits(new Date(now));
    expect(deleted).toBeGreaterThanOrEqual(1);
    const left = await db.rateLimit.findMany({ where: { key: { startsWith: `${prefix}:` } }, select: { key: true }, orderBy: { key: "asc" } });
    expect(left.map((r) => r.key)).toEqual([`${prefix}:forever`, `${prefix}:live`]);
  });

  it("a swept address starts a new window: the limiter counts it from one again", async () => {
    const prefix = `test_sweep_${crypto.randomUUID().slice(0, 8)}`;
    const limiter = createLimiter(prefix, 3, 1);
    await limiter.consume("203.0.113.9");
    await limiter.consume("203.0.113.9");
    await new Promise((r) => setTimeout(r, 1_100)); // the 1 s window ends
    await sweepExpiredLimits(new Date());
    expect(await db.rateLimit.count({ where: { key: `${prefix}:203.0.113.9` } })).toBe(0);
    const res = await limiter.consume("203.0.113.9");
    expect(res.consumedPoints).toBe(1);
    expect(res.remainingPoints).toBe(2);
  });

  it("sweeps in batches: more ended rows than one statement deletes are all gone", async () => {
    const prefix = `test_sweep_${crypto.randomUUID().slice(0, 8)}`;
    await db.$executeRaw`INSERT INTO "rate_limits" (key, points, expire)
      SELECT ${prefix} || ':' || g, 1, ${BigInt(Date.now() - 5_000)} FROM generate_series(1, 10500) g`;
    await sweepExpiredLimits(new Date());
    expect(await db.rateLimit.count({ where: { key: { startsWith: `${prefix}:` } } })).toBe(0);
  });

  it("the table is UNLOGGED (no write-ahead log for the counters)", async () => {
    const [row] = await db.$queryRaw<{ relpersistence: string }[]>`SELECT relpersistence::text AS relpersistence FROM pg_class WHERE relname = 'rate_limits'`;
    expect(row?.relpersistence).toBe("u");
  });
});
