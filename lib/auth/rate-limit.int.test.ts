/**
 * The public read limits refuse an address that is over its limit from memory (createLimiter's
 * `refuseFromMemory`): a flood from one address stops costing PostgreSQL a write per request once it is refused.
 * Against the real store: the row's count stops at the first refusal; without the option every request is counted.
 */
import crypto from "node:crypto";
import { RateLimiterRes } from "rate-limiter-flexible";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createLimiter } from "@/lib/auth/rate-limit";

const POINTS = 3;

async function flood(limiter: ReturnType<typeof createLimiter>, key: string, times: number) {
  const outcome: string[] = [];
  for (let i = 0; i < times; i++) {
    try {
      await limiter.consume(key);
      outcome.push("ok");
    } catch (e) {
      if (!(e instanceof RateLimiterRes)) throw e;
      expect(e.msBeforeNext).toBeGreaterThan(0); // a Retry-After can still be given
      outcome.push("refused");
    }
  }
  return outcome;
}

const storedPoints = async (prefix: string, key: string) =>
  (await db.rateLimit.findUniqueOrThrow({ where: { key: `${prefix}:${key}` }, select: { points: true } })).points;

describe("createLimiter", () => {
  it("refuseFromMemory: past the limit the address is refused without touching the store", async () => {
    const prefix = `test_mem_${crypto.randomUUID().slice(0, 8)}`;
    const limiter = createLimiter(prefix, POINTS, 60, { refuseFromMemory: true });
    expect(await flood(limiter, "198.51.100.7", 15)).toEqual([...Array(POINTS).fill("ok"), ...Array(15 - POINTS).fill("refused")]);
    expect(await storedPoints(prefix, "198.51.100.7")).toBe(POINTS + 1); // the first refusal only
    // Another address is untouched by that block.
    expect(await flood(limiter, "198.51.100.8", 1)).toEqual(["ok"]);
  });

  it("without it, every request is counted in the store (the sign-in limits, which lift keys)", async () => {
    const prefix = `test_store_${crypto.randomUUID().slice(0, 8)}`;
    const limiter = createLimiter(prefix, POINTS, 60);
    expect(await flood(limiter, "198.51.100.7", 15)).toEqual([...Array(POINTS).fill("ok"), ...Array(15 - POINTS).fill("refused")]);
    expect(await storedPoints(prefix, "198.51.100.7")).toBe(15);
  });

  it("a store connection lost while idle (a database restart) is dropped and replaced, not thrown", async () => {
    const prefix = `test_lost_${crypto.randomUUID().slice(0, 8)}`;
    const limiter = createLimiter(prefix, POINTS, 60);
    expect(await flood(limiter, "198.51.100.9", 1)).toEqual(["ok"]); // the pool now holds an idle connection
    const ended = await db.$queryRaw<{ ok: boolean }[]>`
      SELECT pg_terminate_backend(pid) AS ok FROM pg_stat_activity
      WHERE application_name = 'amanah-rate-limits' AND datname = current_database() AND state = 'idle'`;
    expect(ended.length).toBeGreaterThanOrEqual(1);
    await new Promise((r) => setTimeout(r, 300)); // the pool hears of it (an 'error' event; vitest fails on an uncaught one)
    expect(await flood(limiter, "198.51.100.9", 1)).toEqual(["ok"]);
    expect(await storedPoints(prefix, "198.51.100.9")).toBe(2);
  });
});
