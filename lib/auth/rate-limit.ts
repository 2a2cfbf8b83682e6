import "server-only";
import { Pool } from "pg";
import { RateLimiterPostgres } from "rate-limiter-flexible";
import { env } from "@/lib/env";

/**
 * Rate limiters shared by every server process, stored in PostgreSQL.
 * Why the library's Postgres store and not its Prisma store: the Prisma store increments with a
 * read-then-upsert that lost updates under concurrent failures (measured: 10 of 12 counted); the
 * Postgres store does one atomic INSERT … ON CONFLICT DO UPDATE. It needs a plain `pg` pool, kept tiny.
 */
const globalForLimits = globalThis as unknown as { __amanahLimitPool?: Pool };
const pool = (globalForLimits.__amanahLimitPool ??= makePool());

function makePool(): Pool {
  const p = new Pool({ connectionString: env().DATABASE_URL, max: 3, application_name: "amanah-rate-limits" });
  // An idle connection lost with its server (a restart, a failover) is dropped by the pool and reported as an 'error'
  // event on it, which Node throws when nobody listens. The next limiter call opens a new connection, or fails as a
  // query and is answered like any other database outage (lib/db-availability.ts).
  p.on("error", () => {});
  return p;
}

/**
 * `refuseFromMemory`: once an address is over its limit, this process refuses it from memory for the rest of its
 * window, without asking PostgreSQL again — a flood from one address then costs the database nothing. Only for the
 * public read limits, which only ever `consume`: a key's in-memory block cannot be lifted by another process (a
 * `delete` or `reward` there, as sign-in does on success), so limiters that lift keys must not use it.
 */
export function createLimiter(keyPrefix: string, points: number, durationSeconds: number, options: { refuseFromMemory?: boolean } = {}): RateLimiterPostgres {
  return new RateLimiterPostgres({
    ...(options.refuseFromMemory ? { inMemoryBlockOnConsumed: points + 1 } : {}),
    storeClient: pool,
    storeType: "pool",
    tableName: "rate_limits",
    tableCreated: true, // created by the Prisma migration (model RateLimit)
    clearExpiredByTimeout: false,
    keyPrefix,
    points,
    duration: durationSeconds,
  });
}
